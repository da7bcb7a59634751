//! People: the directory, person cards, role changes, deactivation, deletion, ownership transfer,
//! departments and the audit log. Every decision goes through `policy::check`.

pub mod http;
mod input;

use serde::Serialize;

use crate::ids::{DepartmentId, PersonId};
use crate::model::{Person, PersonState};

pub use input::{Email, Name, Password};

/// A person as one viewer may see them (`role` only where the viewer may see roles).
#[derive(Serialize, Clone, Debug)]
pub struct PersonView {
    pub id: PersonId,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub title: String,
    pub phone: String,
    pub departments: Vec<DepartmentId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<&'static str>,
    pub active: bool,
    pub state: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_until: Option<String>,
}

pub fn state_name(s: PersonState) -> &'static str {
    match s {
        PersonState::Invited => "invited",
        PersonState::Active => "active",
        PersonState::Deactivated => "deactivated",
        PersonState::Deleted => "deleted",
    }
}

impl PersonView {
    pub fn new(p: &Person, show_role: bool) -> PersonView {
        PersonView {
            id: p.id,
            first_name: p.first_name.clone(),
            last_name: p.last_name.clone(),
            email: p.email.clone(),
            title: p.title.clone(),
            phone: p.phone.clone(),
            departments: p.departments.clone(),
            role: show_role.then(|| p.role.as_str()),
            active: p.state == PersonState::Active,
            state: state_name(p.state),
            access_until: p.access_until.map(|t| t.to_rfc3339()),
        }
    }

    /// A person looking at themselves sees their own role.
    pub fn of_self(p: &Person) -> PersonView {
        PersonView::new(p, true)
    }
}
