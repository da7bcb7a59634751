//! The audit log: every administrative action, with who, what, whom and when. Owner and Admins
//! can read and filter it; nobody can change it (the store has no function that would).

use serde::Serialize;

use crate::error::Result;
use crate::ids::{AuditId, PersonId};
use crate::model::{AuditEntry, Person};
use crate::policy::{self, Action, Actor};
use crate::store::{self, Reader, WriteTx};

pub fn person_target(p: &Person) -> String {
    format!("person:{}", p.id)
}

pub fn record(
    tx: &mut WriteTx<'_>,
    actor: Option<PersonId>,
    action: &str,
    target: String,
    detail: String,
) -> Result<()> {
    let e = AuditEntry { id: AuditId(tx.new_id()), at: tx.now(), actor, action: action.to_string(), target, detail };
    store::audit::append(tx, &e)
}

#[derive(Default)]
pub struct Query {
    pub action: Option<String>,
    pub actor: Option<PersonId>,
    /// A person id, department id or invitation id the entry is about.
    pub target: Option<String>,
    pub before: Option<AuditId>,
    pub limit: usize,
}

#[derive(Serialize)]
pub struct NamedRef {
    pub id: String,
    pub kind: String,
    pub name: String,
}

#[derive(Serialize)]
pub struct EntryView {
    pub id: AuditId,
    pub at: String,
    pub actor: Option<NamedRef>,
    pub action: String,
    pub target: NamedRef,
    pub detail: String,
}

fn name_of(r: &impl Reader, target: &str) -> Result<NamedRef> {
    let (kind, id) = target.split_once(':').unwrap_or(("", target));
    let name = match kind {
        "person" => match id.parse().ok() {
            Some(pid) => store::people::get(r, pid)?.map(|p| p.full_name()),
            None => None,
        },
        "department" => match id.parse().ok() {
            Some(did) => store::departments::get(r, did)?.map(|d| d.name),
            None => None,
        },
        _ => None,
    };
    Ok(NamedRef { id: id.to_string(), kind: kind.to_string(), name: name.unwrap_or_else(|| id.to_string()) })
}

pub fn list(r: &impl Reader, actor: &Actor, q: &Query) -> Result<Vec<EntryView>> {
    policy::check(r, actor, Action::ViewAudit)?;
    let entries = store::audit::list(r, q.before, q.limit, |e| {
        q.action.as_ref().is_none_or(|a| &e.action == a)
            && q.actor.is_none_or(|a| e.actor == Some(a))
            && q.target.as_ref().is_none_or(|t| e.target.split_once(':').is_some_and(|(_, id)| id == t))
    })?;
    entries
        .into_iter()
        .map(|e| {
            Ok(EntryView {
                id: e.id,
                at: e.at.to_rfc3339(),
                actor: match e.actor {
                    Some(a) => Some(name_of(r, &format!("person:{a}"))?),
                    None => None,
                },
                action: e.action,
                target: name_of(r, &e.target)?,
                detail: e.detail,
            })
        })
        .collect()
}
