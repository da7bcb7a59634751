//! The audit log: every administrative action, with who, what, whom and when. Owner and Admins
//! can read and filter it; nobody can change it (the store has no function that would).
//!
//! Layer: domain (below `people` and `invites`, which both record here).

use serde::Serialize;

use crate::error::Result;
use crate::ids::{AuditId, DepartmentId, PersonId};
use crate::model::{AuditAction, AuditEntry, Person};
use crate::policy::{self, Actor, Allowed};
use crate::store::{self, Cursor, Page, Reader, WriteTx};

/// Whom or what an entry is about.
pub enum Target {
    Person(PersonId),
    Department(DepartmentId),
    /// The workspace as a whole (its name, colour, language).
    Workspace,
}

impl Target {
    pub fn person(p: &Person) -> Target {
        Target::Person(p.id)
    }

    pub fn workspace() -> Target {
        Target::Workspace
    }

    fn encode(&self) -> String {
        match self {
            Target::Person(id) => format!("person:{id}"),
            Target::Department(id) => format!("department:{id}"),
            Target::Workspace => "workspace:".to_string(),
        }
    }
}

/// Appends an entry, in the transaction of the action it records.
pub fn record(
    tx: &mut WriteTx<'_>,
    ok: &Allowed,
    actor: Option<PersonId>,
    action: AuditAction,
    target: Target,
    detail: String,
) -> Result<()> {
    let e = AuditEntry {
        id: AuditId(tx.new_id()),
        at: tx.now(),
        actor,
        action: action.as_str().to_string(),
        target: target.encode(),
        detail,
    };
    store::audit::append(tx, ok, &e)
}

/// What an action is called in the log's screen and filter, in the request's language.
pub fn label(a: AuditAction) -> String {
    label_msg(a).render(crate::i18n::current())
}

fn label_msg(a: AuditAction) -> crate::i18n::Msg {
    use crate::msg;
    match a {
        AuditAction::RoleChanged => msg!("audit-role-changed"),
        AuditAction::DepartmentsChanged => msg!("audit-departments-changed"),
        AuditAction::AccessEndSet => msg!("audit-access-end-set"),
        AuditAction::AccessEnded => msg!("audit-access-ended"),
        AuditAction::PersonDeactivated => msg!("audit-deactivated"),
        AuditAction::PersonReactivated => msg!("audit-reactivated"),
        AuditAction::PersonDeleted => msg!("audit-deleted"),
        AuditAction::CardEdited => msg!("audit-card-edited"),
        AuditAction::OwnershipTransferred => msg!("audit-ownership-transferred"),
        AuditAction::DepartmentCreated => msg!("audit-department-created"),
        AuditAction::DepartmentChanged => msg!("audit-department-changed"),
        AuditAction::DepartmentDeleted => msg!("audit-department-deleted"),
        AuditAction::InvitationSent => msg!("audit-invited"),
        AuditAction::InvitationResent => msg!("audit-invitation-resent"),
        AuditAction::InvitationRevoked => msg!("audit-invitation-revoked"),
        AuditAction::InvitationEmailCorrected => msg!("audit-invitation-email-corrected"),
        AuditAction::InvitationAccepted => msg!("audit-invitation-accepted"),
        AuditAction::PasswordReset => msg!("audit-password-reset"),
        AuditAction::PasswordChanged => msg!("audit-password-changed"),
        AuditAction::WorkspaceChanged => msg!("audit-workspace-changed"),
        AuditAction::InvitationLinkCopied => msg!("audit-invitation-link-copied"),
    }
}

#[derive(Serialize)]
pub struct ActionView {
    pub action: &'static str,
    pub label: String,
}

/// Every action the log records, with its label: the audit screen's filter.
pub fn actions(r: &impl Reader, actor: &Actor) -> Result<Vec<ActionView>> {
    let _ = policy::people::check(r, actor, policy::people::Action::ViewAudit)?;
    Ok(AuditAction::ALL.into_iter().map(|a| ActionView { action: a.as_str(), label: label(a) }).collect())
}

#[derive(Default)]
pub struct Query {
    pub action: Option<AuditAction>,
    pub actor: Option<PersonId>,
    /// A person id, department id or invitation id the entry is about.
    pub target: Option<String>,
    pub before: Option<Cursor>,
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
    pub action_label: String,
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
        "workspace" => Some(
            store::meta::company_name(r)?
                .unwrap_or_else(|| crate::msg!("audit-the-workspace").render(crate::i18n::current())),
        ),
        _ => None,
    };
    Ok(NamedRef { id: id.to_string(), kind: kind.to_string(), name: name.unwrap_or_else(|| id.to_string()) })
}

/// A page of the log, newest first.
pub fn list(r: &impl Reader, actor: &Actor, q: &Query) -> Result<Page<EntryView>> {
    let _ = policy::people::check(r, actor, policy::people::Action::ViewAudit)?;
    let page = store::audit::page(r, q.before.as_ref(), q.limit, |e| {
        q.action.is_none_or(|a| e.action == a.as_str())
            && q.actor.is_none_or(|a| e.actor == Some(a))
            && q.target.as_ref().is_none_or(|t| e.target.split_once(':').is_some_and(|(_, id)| id == t))
    })?;
    page.try_map(|e| {
        Ok(EntryView {
            id: e.id,
            at: e.at.to_rfc3339(),
            actor: match e.actor {
                Some(a) => Some(name_of(r, &format!("person:{a}"))?),
                None => None,
            },
            action_label: AuditAction::parse(&e.action)
                .map(label)
                .unwrap_or_else(|| crate::msg!("audit-other").render(crate::i18n::current())),
            action: e.action,
            target: name_of(r, &e.target)?,
            // Kept as catalog messages (`Msg::store`): in the reader's language.
            detail: crate::i18n::render_stored(crate::i18n::current(), &e.detail),
        })
    })
}
