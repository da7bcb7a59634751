//! The built-in bots, ready at setup and editable like any other: Pay an invoice, Vacation
//! request, Document signing and Entry pass. They are made once (at the first start of a version
//! that has them), in the workspace's language; deleting one does not bring it back.
//!
//! Bot accounts: every bot speaks through an account, a person record with no password (it
//! cannot sign in) that the people list shows as a bot.

use crate::error::Result;
use crate::i18n::{Lang, Msg};
use crate::ids::{BotId, PersonId};
use crate::model::bots::{Bot, BotAccount, BotDef, BotKind, ExecutorDef, FieldDef, FieldKind, StepDef, StepKind};
use crate::model::{Person, PersonState, Role};
use crate::msg;
use crate::policy::Allowed;
use crate::store::{self, Reader, Store, WriteTx};

use super::defs::DEFAULT_REMIND_SECS;

/// Makes a bot account named `name`: its person record and its account row.
pub fn new_account(
    tx: &mut WriteTx<'_>,
    ok: &Allowed,
    name: &str,
    bot: Option<BotId>,
    by: Option<PersonId>,
) -> Result<PersonId> {
    let id = PersonId(tx.new_id());
    let email = format!("bot-{id}@bots.invalid");
    let mut p = Person::new(id, name, "", &email, Role::Employee, PersonState::Active, tx.now());
    p.title = msg!("bot-account-title").render(store::languages::workspace(tx)?);
    store::people::save(tx, ok, &p)?;
    let a = BotAccount {
        person: id,
        name: name.to_string(),
        bot,
        created_by: by,
        created_at: tx.now(),
        token_hash: None,
        token_created_at: None,
        last_used: None,
    };
    store::bots::save_account(tx, ok, &a)?;
    Ok(id)
}

/// A new bot with `def`, its account, version 1.
pub fn create(tx: &mut WriteTx<'_>, ok: &Allowed, kind: BotKind, def: BotDef, by: Option<PersonId>) -> Result<Bot> {
    let id = BotId(tx.new_id());
    let account = new_account(tx, ok, &def.name, Some(id), by)?;
    let now = tx.now();
    let b = Bot {
        id,
        kind,
        account,
        version: 1,
        def,
        created_by: by,
        created_at: now,
        updated_at: now,
        deleted: false,
        next_number: 1,
    };
    store::bots::save_bot(tx, ok, &b)?;
    Ok(b)
}

fn t(m: Msg, lang: Lang) -> String {
    m.render(lang)
}

fn field(key: &str, label: Msg, kind: FieldKind, required: bool, lang: Lang) -> FieldDef {
    FieldDef {
        key: key.to_string(),
        label: t(label, lang),
        kind,
        required,
        options: Vec::new(),
        min: None,
        max: None,
        currency: String::new(),
        help: String::new(),
    }
}

fn step(kind: StepKind, name: Msg, lang: Lang) -> StepDef {
    StepDef {
        kind,
        name: t(name, lang),
        people: Vec::new(),
        department: None,
        role: None,
        all: false,
        condition: None,
        sign: false,
    }
}

fn def(name: Msg, icon: &str, description: Msg, lang: Lang) -> BotDef {
    BotDef {
        name: t(name, lang),
        icon: icon.to_string(),
        description: t(description, lang),
        fields: Vec::new(),
        route: Vec::new(),
        executor: None,
        watchers: Vec::new(),
        remind_after_secs: DEFAULT_REMIND_SECS,
    }
}

/// The definition of a built-in bot, in `lang`.
pub fn definition(kind: BotKind, lang: Lang) -> BotDef {
    use FieldKind as K;
    match kind {
        BotKind::Invoice => {
            let mut d = def(msg!("builtin-invoice"), "🧾", msg!("builtin-invoice-about"), lang);
            let mut amount = field("amount", msg!("builtin-field-amount"), K::Money, true, lang);
            amount.min = Some(1);
            d.fields = vec![
                field("payee", msg!("builtin-field-payee"), K::Text, true, lang),
                amount,
                field("due_date", msg!("builtin-field-due-date"), K::Date, true, lang),
                field("invoice", msg!("builtin-field-invoice-file"), K::File, false, lang),
                field("description", msg!("builtin-field-description"), K::LongText, false, lang),
            ];
            let mut finance = step(StepKind::People, msg!("builtin-step-finance"), lang);
            finance.all = false;
            d.route = vec![step(StepKind::DepartmentHead, msg!("builtin-step-head"), lang), finance];
            d.executor = Some(ExecutorDef {
                people: Vec::new(),
                action: t(msg!("builtin-mark-paid"), lang),
                fields: vec![
                    field("reference", msg!("builtin-field-reference"), K::Text, true, lang),
                    field("paid_on", msg!("builtin-field-paid-on"), K::Date, true, lang),
                ],
            });
            d
        }
        BotKind::Vacation => {
            let mut d = def(msg!("builtin-vacation"), "🏖️", msg!("builtin-vacation-about"), lang);
            let mut kinds = field("kind", msg!("builtin-field-vacation-kind"), K::Choice, true, lang);
            kinds.options = vec![
                t(msg!("builtin-vacation-paid"), lang),
                t(msg!("builtin-vacation-unpaid"), lang),
                t(msg!("builtin-vacation-sick"), lang),
                t(msg!("builtin-vacation-other"), lang),
            ];
            d.fields = vec![
                field("period", msg!("builtin-field-period"), K::DateRange, true, lang),
                kinds,
                field("substitute", msg!("builtin-field-substitute"), K::Person, false, lang),
                field("note", msg!("builtin-field-note"), K::LongText, false, lang),
            ];
            d.route = vec![step(StepKind::DepartmentHead, msg!("builtin-step-head"), lang)];
            d
        }
        BotKind::Signing => {
            let mut d = def(msg!("builtin-signing"), "✍️", msg!("builtin-signing-about"), lang);
            d.fields = vec![
                field("document", msg!("builtin-field-document"), K::File, true, lang),
                field("note", msg!("builtin-field-note"), K::LongText, false, lang),
            ];
            let mut signers = step(StepKind::People, msg!("builtin-step-signers"), lang);
            signers.all = true;
            signers.sign = true;
            d.route = vec![signers];
            d
        }
        BotKind::EntryPass => {
            let mut d = def(msg!("builtin-pass"), "🪪", msg!("builtin-pass-about"), lang);
            let mut from = field("from_time", msg!("builtin-field-from-time"), K::Text, true, lang);
            from.max = Some(5);
            from.help = "HH:MM".into();
            let mut to = field("to_time", msg!("builtin-field-to-time"), K::Text, true, lang);
            to.max = Some(5);
            to.help = "HH:MM".into();
            d.fields = vec![
                field("visitor", msg!("builtin-field-visitor"), K::Text, true, lang),
                field("company", msg!("builtin-field-company"), K::Text, false, lang),
                field("date", msg!("builtin-field-date"), K::Date, true, lang),
                from,
                to,
                field("host", msg!("builtin-field-host"), K::Person, true, lang),
                field("car_plate", msg!("builtin-field-car-plate"), K::Text, false, lang),
            ];
            d.route = vec![step(StepKind::People, msg!("builtin-step-security"), lang)];
            d
        }
        BotKind::Custom => def(msg!("builtin-custom"), "🤖", msg!("builtin-custom-about"), lang),
    }
}

pub const BUILTINS: [BotKind; 4] = [BotKind::Invoice, BotKind::Vacation, BotKind::Signing, BotKind::EntryPass];

/// At start: makes the built-in bots this data file has never had.
pub async fn ensure(store: &Store) -> Result<()> {
    let have = store::bots::all_bots(&store.read()?)?;
    if BUILTINS.iter().all(|k| have.iter().any(|b| b.kind == *k)) {
        return Ok(());
    }
    store
        .write(|tx| {
            let ok = crate::policy::bots::duty(crate::policy::bots::Duty::InstallBuiltins);
            let have = store::bots::all_bots(tx)?;
            for kind in BUILTINS {
                if !have.iter().any(|b| b.kind == kind) {
                    create(tx, &ok, kind, definition(kind, Lang::default()), None)?;
                }
            }
            Ok(())
        })
        .await
}

/// At setup, in the workspace's language (the Owner's): the built-in bots, made in English at
/// the first start, speak it too, as long as nobody has edited or used them yet. Each gets a new
/// version (versions, once written, never change).
pub fn speak(tx: &mut WriteTx<'_>, lang: Lang) -> Result<()> {
    if lang == Lang::En {
        return Ok(());
    }
    let ok = crate::policy::bots::duty(crate::policy::bots::Duty::InstallBuiltins);
    for mut b in store::bots::all_bots(tx)? {
        let untouched = b.version == 1 && b.created_by.is_none() && b.next_number == 1 && !b.deleted;
        if !untouched || !BUILTINS.contains(&b.kind) {
            continue;
        }
        b.def = definition(b.kind, lang);
        b.version += 1;
        b.updated_at = tx.now();
        store::bots::save_bot(tx, &ok, &b)?;
        if let Some(mut p) = store::people::get(tx, b.account)? {
            p.first_name = b.def.name.clone();
            p.title = msg!("bot-account-title").render(lang);
            store::people::save(tx, &ok, &p)?;
        }
        if let Some(mut a) = store::bots::account(tx, b.account)? {
            a.name = b.def.name.clone();
            store::bots::save_account(tx, &ok, &a)?;
        }
    }
    Ok(())
}

/// A code for an approved entry pass: 10 characters without look-alikes (about 50 bits).
pub fn new_pass_code() -> String {
    const A: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    crate::crypto::random_bytes::<10>().iter().map(|b| A[(*b as usize) % A.len()] as char).collect()
}
