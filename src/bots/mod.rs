//! Bots for business processes (PRODUCT.md, "Bots for business processes"; issue 16): a bot has
//! a form and an approval route ([`defs`]), requests move along the route ([`requests`], with
//! [`route`] resolving who decides each step and [`values`] checking the form), the bot talks to
//! the people a request concerns in its direct chats ([`notify`]), reminds approvers of steps
//! that wait too long ([`reminders`]), and four bots are built in ([`builtin`]).
//!
//! Every decision goes through `policy::bots`, in the transaction that acts. Editing a bot makes
//! a new version of its definition; a request keeps the version it was made with.
//!
//! Layer: domain, above `chat` (it posts into chats) and `people`.

pub mod builtin;
pub mod defs;
pub mod export;
pub mod hooks;
pub mod manage;
pub mod notify;
pub mod outgoing;
pub mod pass;
pub mod reminders;
pub mod requests;
pub mod route;
pub mod slack;
pub mod values;

use serde::Deserialize;
use serde_json::{Value as Json, json};

use crate::error::Result;
use crate::i18n::{Lang, Msg};
use crate::ids::{BotId, PersonId};
use crate::model::bots::{Bot, BotDef, BotKind, Request, Value};
use crate::msg;
use crate::policy::bots::Action;
use crate::policy::{self, Actor};
use crate::store::{self, Cursor, Page, Reader};

/// For PATCH fields where `null` means "clear" and absence means "leave alone".
pub fn nullable<'de, D, T>(d: D) -> std::result::Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// A bot as one viewer sees it, with what they may do with it.
pub fn bot_view(r: &impl Reader, actor: &Actor, b: &Bot) -> Json {
    let configure = policy::bots::check(r, actor, Action::ConfigureBots).is_ok();
    let start = policy::bots::check(r, actor, Action::StartRequest(b)).is_ok();
    let mut v = defs::def_json(&b.def);
    v["id"] = json!(b.id);
    v["kind"] = json!(b.kind.as_str());
    v["builtin"] = json!(b.kind != BotKind::Custom);
    v["version"] = json!(b.version);
    v["account_id"] = json!(b.account);
    v["deleted"] = json!(b.deleted);
    v["updated_at"] = json!(b.updated_at);
    v["can"] = json!({"start": start, "configure": configure});
    v
}

/// The bots this person may start or configure, a page at a time.
pub fn list(r: &impl Reader, actor: &Actor, after: Option<&Cursor>, limit: usize) -> Result<Page<Json>> {
    let _ = policy::bots::check(r, actor, Action::ListBots)?;
    let configure = policy::bots::check(r, actor, Action::ConfigureBots).is_ok();
    let page = store::bots::bots_page(r, after, limit, |b| {
        Ok(!b.deleted && (configure || policy::bots::check(r, actor, Action::StartRequest(b)).is_ok()))
    })?;
    Ok(page.map(|b| bot_view(r, actor, &b)))
}

pub fn get(r: &impl Reader, actor: &Actor, id: BotId) -> Result<Json> {
    let b = store::bots::bot(r, id)?.filter(|b| !b.deleted).ok_or_else(|| crate::error::Error::not_found("item"))?;
    let configure = policy::bots::check(r, actor, Action::ConfigureBots).is_ok();
    if !configure {
        let _ = policy::bots::check(r, actor, Action::StartRequest(&b))?;
    }
    Ok(bot_view(r, actor, &b))
}

/// "Invoice 12": the bot's name and the request's number.
pub fn title(def: &BotDef, q: &Request) -> String {
    format!("{} {}", def.name, q.number)
}

fn named(r: &impl Reader, v: &Value) -> Option<String> {
    match v {
        Value::Person(p) => store::people::get(r, *p).ok().flatten().map(|p| p.full_name()),
        Value::Department(d) => store::departments::get(r, *d).ok().flatten().map(|d| d.name),
        _ => None,
    }
}

/// A value of `q` as text in `lang`.
pub fn shown(r: &impl Reader, q: &Request, key: &str, lang: Lang) -> String {
    q.value(key).map(|v| values::show(v, lang, &|v| named(r, v))).unwrap_or_default()
}

/// The one line that says what a request is about ("1,250.00 EUR to ACME GmbH, due 2026-12-05").
pub fn summary(r: &impl Reader, kind: BotKind, def: &BotDef, q: &Request, lang: Lang) -> String {
    let s = |k: &str| shown(r, q, k, lang);
    let m = match kind {
        BotKind::Invoice => {
            Some(msg!("summary-invoice", amount = s("amount"), payee = s("payee"), due = s("due_date")))
        }
        BotKind::Vacation => Some(msg!("summary-vacation", period = s("period"), kind = s("kind"))),
        BotKind::EntryPass => Some(msg!("summary-pass", visitor = s("visitor"), date = s("date"))),
        BotKind::Signing => Some(msg!("summary-signing", document = s("document"))),
        BotKind::Custom => None,
    };
    // A built-in bot whose fields were edited away falls back to the generic line.
    if let Some(m) = m.filter(|_| def.fields.iter().filter(|f| q.value(&f.key).is_some()).count() >= 1) {
        let text = m.render(lang);
        if !text.trim().is_empty() {
            return text;
        }
    }
    def.fields
        .iter()
        .filter_map(|f| q.value(&f.key).map(|v| values::show(v, lang, &|v| named(r, v))))
        .filter(|t| !t.is_empty())
        .take(3)
        .collect::<Vec<_>>()
        .join(" — ")
}

/// `title — summary` as a message argument.
pub fn about(r: &impl Reader, kind: BotKind, def: &BotDef, q: &Request, lang: Lang) -> String {
    let sum = summary(r, kind, def, q, lang);
    if sum.is_empty() { title(def, q) } else { format!("{} — {sum}", title(def, q)) }
}

/// A message to `to` about `q`, in their language, built by `make(about, lang)`.
pub fn for_person(
    r: &impl Reader,
    kind: BotKind,
    def: &BotDef,
    q: &Request,
    to: PersonId,
    make: impl Fn(String) -> Msg,
) -> Msg {
    let lang = store::people::get(r, to).ok().flatten().map(|p| notify::lang_of(r, &p)).unwrap_or_default();
    make(about(r, kind, def, q, lang))
}

/// The approved vacation `person` is on today, as `{from, until, kind, substitute_id}`, or
/// `null`; for those who may see the person.
pub fn absence_today(r: &impl Reader, actor: &Actor, person: PersonId) -> Result<Json> {
    let _ = policy::people::visible_person(r, actor, person)?;
    let today = r.now().date();
    Ok(match store::bots::absent_on(r, person, &today)? {
        Some(a) => json!({"from": a.from, "until": a.to, "kind": a.kind, "substitute_id": a.substitute}),
        None => Json::Null,
    })
}
