//! Configuring bots (Owner, Admins, Integrators): creating one, editing it (each change makes a
//! new version; requests under way keep theirs), deleting it (it takes no new requests).

use super::defs::{self, BotIn};
use crate::error::{Error, Result, Status};
use crate::ids::{BotId, PersonId};
use crate::model::bots::{Bot, BotDef, BotKind};
use crate::msg;
use crate::policy::bots::Action;
use crate::policy::{self, Actor};
use crate::store::{self, Reader, WriteTx};

/// People and departments a definition names must exist and be visible to the one configuring.
fn check_references(r: &impl Reader, actor: &Actor, d: &BotDef) -> Result<()> {
    let people = d
        .route
        .iter()
        .flat_map(|s| s.people.iter())
        .chain(d.executor.iter().flat_map(|e| e.people.iter()))
        .chain(d.watchers.iter());
    for p in people {
        let ok = policy::people::visible_person(r, actor, *p).is_ok() && !store::bots::is_account(r, *p)?;
        if !ok {
            return Err(Error::t(Status::Unprocessable, "invalid_bot", msg!("bot-unknown-person")));
        }
    }
    for s in &d.route {
        if let Some(dep) = s.department
            && store::departments::get(r, dep)?.is_none()
        {
            return Err(Error::t(Status::Unprocessable, "invalid_bot", msg!("bot-unknown-department")));
        }
    }
    Ok(())
}

pub fn create(tx: &mut WriteTx<'_>, actor_id: PersonId, input: &BotIn) -> Result<Bot> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::bots::check(tx, &actor, Action::ConfigureBots)?;
    let def = defs::build(input, None)?;
    check_references(tx, &actor, &def)?;
    super::builtin::create(tx, &ok, BotKind::Custom, def, Some(actor.id))
}

pub fn update(tx: &mut WriteTx<'_>, actor_id: PersonId, id: BotId, input: &BotIn) -> Result<Bot> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::bots::check(tx, &actor, Action::ConfigureBots)?;
    let mut bot = store::bots::bot(tx, id)?.filter(|b| !b.deleted).ok_or_else(|| Error::not_found("item"))?;
    let def = defs::build(input, Some(&bot.def))?;
    check_references(tx, &actor, &def)?;
    if def == bot.def {
        return Ok(bot);
    }
    if def.name != bot.def.name
        && let Some(mut p) = store::people::get(tx, bot.account)?
    {
        p.first_name = def.name.clone();
        store::people::save(tx, &ok, &p)?;
        if let Some(mut a) = store::bots::account(tx, bot.account)? {
            a.name = def.name.clone();
            store::bots::save_account(tx, &ok, &a)?;
        }
    }
    bot.def = def;
    bot.version += 1;
    bot.updated_at = tx.now();
    store::bots::save_bot(tx, &ok, &bot)?;
    Ok(bot)
}

pub fn delete(tx: &mut WriteTx<'_>, actor_id: PersonId, id: BotId) -> Result<()> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::bots::check(tx, &actor, Action::ConfigureBots)?;
    let mut bot = store::bots::bot(tx, id)?.filter(|b| !b.deleted).ok_or_else(|| Error::not_found("item"))?;
    bot.deleted = true;
    bot.updated_at = tx.now();
    store::bots::save_bot(tx, &ok, &bot)
}
