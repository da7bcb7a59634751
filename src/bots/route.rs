//! A request's route: who decides each step (resolved when the request is submitted or sent
//! again), which steps apply (their conditions), and moving from step to step.
//!
//! Whoever a step names but cannot be found (no department head anywhere up the tree, a role
//! nobody has, an empty list of people) falls back to the workspace's Owners, so a request never
//! waits for nobody.

use crate::clock::Timestamp;
use crate::error::Result;
use crate::ids::{DepartmentId, PersonId};
use crate::model::bots::{BotDef, HistoryEntry, Request, RequestState, StepDef, StepKind, StepState, Value};
use crate::model::{Person, PersonState, Role};
use crate::store::{self, Reader};

fn active(r: &impl Reader, id: PersonId) -> Result<bool> {
    Ok(store::people::get(r, id)?.is_some_and(|p| p.state == PersonState::Active) && !store::bots::is_account(r, id)?)
}

/// The head of `d`, or of the nearest department above it that has an active head other than
/// `requester`.
fn head_up(r: &impl Reader, mut at: Option<DepartmentId>, requester: PersonId) -> Result<Option<PersonId>> {
    let mut seen = 0;
    while let Some(d) = at {
        seen += 1;
        if seen > 100 {
            break;
        }
        let Some(dep) = store::departments::get(r, d)? else { break };
        if let Some(h) = dep.head
            && h != requester
            && active(r, h)?
        {
            return Ok(Some(h));
        }
        at = dep.parent;
    }
    Ok(None)
}

/// The active Owners (the fallback of a step that names nobody).
pub fn owners(r: &impl Reader, except: PersonId) -> Result<Vec<PersonId>> {
    let mut all = Vec::new();
    for id in store::people::with_role(r, Role::Owner)? {
        if active(r, id)? {
            all.push(id);
        }
    }
    let others: Vec<PersonId> = all.iter().copied().filter(|p| *p != except).collect();
    Ok(if others.is_empty() { all } else { others })
}

fn approvers(r: &impl Reader, s: &StepDef, requester: &Person) -> Result<Vec<PersonId>> {
    let mut out = Vec::new();
    match s.kind {
        StepKind::People => {
            for p in &s.people {
                if active(r, *p)? {
                    out.push(*p);
                }
            }
        }
        StepKind::DepartmentHead => {
            for d in &requester.departments {
                if let Some(h) = head_up(r, Some(*d), requester.id)? {
                    out.push(h);
                    break;
                }
            }
        }
        StepKind::HeadOf => {
            if let Some(h) = head_up(r, s.department, requester.id)? {
                out.push(h);
            }
        }
        StepKind::Role => {
            if let Some(role) = s.role {
                for p in store::people::with_role(r, role)? {
                    if p != requester.id && active(r, p)? {
                        out.push(p);
                    }
                }
            }
        }
    }
    if out.is_empty() {
        out = owners(r, requester.id)?;
    }
    Ok(out)
}

/// Resolves every step of `def` for this requester and these values.
pub fn resolve(
    r: &impl Reader,
    def: &BotDef,
    requester: &Person,
    values: &[(String, Value)],
) -> Result<Vec<StepState>> {
    def.route
        .iter()
        .map(|s| {
            Ok(StepState {
                approvers: approvers(r, s, requester)?,
                all: s.all,
                applies: s.condition.as_ref().is_none_or(|c| super::values::holds(c, values)),
                sign: s.sign,
                approved_by: Vec::new(),
            })
        })
        .collect()
}

/// The executors of an approved request (the Owners when the bot names nobody).
pub fn executors(r: &impl Reader, def: &BotDef, requester: PersonId) -> Result<Vec<PersonId>> {
    let Some(e) = &def.executor else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for p in &e.people {
        if active(r, *p)? {
            out.push(*p);
        }
    }
    if out.is_empty() {
        out = owners(r, requester)?;
    }
    Ok(out)
}

pub fn entry(at: Timestamp, by: Option<PersonId>, action: &str, step: Option<u32>, comment: &str) -> HistoryEntry {
    HistoryEntry { at, by, action: action.to_string(), step, comment: comment.to_string(), on_behalf_of: None }
}

/// Moves `q` to the first step at or after `from` that applies (skipped steps are written into
/// the history). Answers true when a step waits, false when the route is through (the request
/// is then approved).
pub fn enter(q: &mut Request, from: usize, now: Timestamp, remind_after_secs: u64) -> bool {
    for i in from..q.steps.len() {
        q.steps[i].approved_by.clear();
        if !q.steps[i].applies {
            q.history.push(entry(now, None, "step_skipped", Some(i as u32 + 1), ""));
            continue;
        }
        q.state = RequestState::Waiting;
        q.step = Some(i as u32);
        q.waiting_since = Some(now);
        q.remind_at = Some(now.plus(std::time::Duration::from_secs(remind_after_secs.max(60))));
        return true;
    }
    q.state = RequestState::Approved;
    q.step = None;
    q.waiting_since = None;
    q.remind_at = None;
    false
}

/// Adds `p` to the participants (once).
pub fn take_part(q: &mut Request, p: PersonId) {
    if !q.participants.contains(&p) {
        q.participants.push(p);
    }
}
