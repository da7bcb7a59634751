//! A bot's definition as clients send and see it (API.md, "Bots and requests"), and its checks:
//! the form's fields, the route's steps with their conditions, the execution step, watchers.

use serde::{Deserialize, Serialize};
use serde_json::{Value as Json, json};

use crate::error::{Error, Result, Status};
use crate::i18n::Msg;
use crate::ids::{DepartmentId, PersonId};
use crate::model::Role;
use crate::model::bots::{BotDef, CondOp, CondValue, Condition, ExecutorDef, FieldDef, FieldKind, StepDef, StepKind};
use crate::msg;

pub const MAX_FIELDS: usize = 40;
pub const MAX_STEPS: usize = 20;
pub const MAX_OPTIONS: usize = 100;
pub const MAX_PEOPLE: usize = 100;
/// Reminders: default after a day.
pub const DEFAULT_REMIND_SECS: u64 = 24 * 3600;

fn bad(m: Msg) -> Error {
    Error::t(Status::Unprocessable, "invalid_bot", m)
}

#[derive(Deserialize, Serialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct FieldIn {
    pub key: String,
    pub label: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i64>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub currency: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub help: String,
}

#[derive(Deserialize, Serialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct ConditionIn {
    pub field: String,
    pub op: String,
    pub value: Json,
}

#[derive(Deserialize, Serialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct StepIn {
    pub kind: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PersonId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department_id: Option<DepartmentId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default)]
    pub all: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<ConditionIn>,
    #[serde(default)]
    pub sign: bool,
}

#[derive(Deserialize, Serialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct ExecutorIn {
    #[serde(default)]
    pub people: Vec<PersonId>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub action: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldIn>,
}

/// `POST /api/bots` and (every member optional) `PATCH /api/bots/{id}`.
#[derive(Deserialize, Clone, Debug, Default)]
#[serde(deny_unknown_fields)]
pub struct BotIn {
    pub name: Option<String>,
    pub icon: Option<String>,
    pub description: Option<String>,
    pub fields: Option<Vec<FieldIn>>,
    pub route: Option<Vec<StepIn>>,
    #[serde(default, deserialize_with = "crate::bots::nullable")]
    pub executor: Option<Option<ExecutorIn>>,
    pub watchers: Option<Vec<PersonId>>,
    pub remind_after_hours: Option<u64>,
}

fn text(label: &'static str, s: &str, max: usize, required: bool) -> Result<String> {
    let t = s.trim();
    if required && t.is_empty() {
        return Err(bad(msg!("bot-text-required", what = crate::i18n::Arg::Key(label))));
    }
    if t.chars().count() > max || t.chars().any(|c| c.is_control() && c != '\n') {
        return Err(bad(msg!("bot-text-too-long", what = crate::i18n::Arg::Key(label), max = max)));
    }
    Ok(t.to_string())
}

fn field(f: &FieldIn, keys: &mut Vec<String>) -> Result<FieldDef> {
    let key = f.key.trim();
    let key_ok = !key.is_empty()
        && key.len() <= 40
        && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && key.as_bytes()[0].is_ascii_lowercase();
    if !key_ok {
        return Err(bad(msg!("bot-field-key", key = key)));
    }
    if keys.iter().any(|k| k == key) {
        return Err(bad(msg!("bot-field-duplicate", key = key)));
    }
    keys.push(key.to_string());
    let kind = FieldKind::parse(&f.kind).ok_or_else(|| bad(msg!("bot-field-type", kind = f.kind.as_str())))?;
    let label = text("bot-what-label", &f.label, 120, true)?;
    let mut options = Vec::new();
    for o in &f.options {
        let o = text("bot-what-option", o, 120, true)?;
        if !options.contains(&o) {
            options.push(o);
        }
    }
    let choices = matches!(kind, FieldKind::Choice | FieldKind::MultiChoice);
    if choices && options.is_empty() || options.len() > MAX_OPTIONS {
        return Err(bad(msg!("bot-field-options", field = label.as_str())));
    }
    if !choices {
        options.clear();
    }
    if let (Some(a), Some(b)) = (f.min, f.max)
        && a > b
    {
        return Err(bad(msg!("bot-field-limits", field = label.as_str())));
    }
    let currency = f.currency.trim().to_ascii_uppercase();
    if !currency.is_empty() && (kind != FieldKind::Money || !super::values::is_currency(&currency)) {
        return Err(bad(msg!("bot-field-currency", field = label.as_str())));
    }
    Ok(FieldDef {
        key: key.to_string(),
        label,
        kind,
        required: f.required,
        options,
        min: f.min,
        max: f.max,
        currency,
        help: text("bot-what-help", &f.help, 300, false)?,
    })
}

pub fn fields(input: &[FieldIn]) -> Result<Vec<FieldDef>> {
    if input.len() > MAX_FIELDS {
        return Err(bad(msg!("bot-too-many-fields", max = MAX_FIELDS)));
    }
    let mut keys = Vec::new();
    input.iter().map(|f| field(f, &mut keys)).collect()
}

fn people(list: &[PersonId], n: usize) -> Result<Vec<PersonId>> {
    let mut out: Vec<PersonId> = Vec::new();
    for p in list {
        if !out.contains(p) {
            out.push(*p);
        }
    }
    if out.len() > MAX_PEOPLE {
        return Err(bad(msg!("bot-step-people", step = n)));
    }
    Ok(out)
}

fn condition(c: &ConditionIn, fields: &[FieldDef], n: usize) -> Result<Condition> {
    let f = fields
        .iter()
        .find(|f| f.key == c.field && matches!(f.kind, FieldKind::Number | FieldKind::Money))
        .ok_or_else(|| bad(msg!("bot-condition-field", step = n)))?;
    let op = CondOp::parse(&c.op).ok_or_else(|| bad(msg!("bot-condition-op", step = n)))?;
    let value = match f.kind {
        FieldKind::Number => {
            CondValue::Number(c.value.as_i64().ok_or_else(|| bad(msg!("bot-condition-value", step = n)))?)
        }
        _ => {
            let o = c.value.as_object();
            let amount = o.and_then(|o| o.get("amount_minor")).and_then(Json::as_i64);
            let currency =
                o.and_then(|o| o.get("currency")).and_then(Json::as_str).map(|s| s.trim().to_ascii_uppercase());
            match (amount, currency) {
                (Some(a), Some(cur)) if super::values::is_currency(&cur) => {
                    CondValue::Money { amount_minor: a, currency: cur }
                }
                _ => return Err(bad(msg!("bot-condition-value", step = n))),
            }
        }
    };
    Ok(Condition { field: f.key.clone(), op, value })
}

fn step(s: &StepIn, fields: &[FieldDef], n: usize) -> Result<StepDef> {
    let kind = StepKind::parse(&s.kind).ok_or_else(|| bad(msg!("bot-step-kind", step = n)))?;
    let people = people(&s.people, n)?;
    let role = match s.role.as_deref() {
        Some(r) => Some(Role::parse(r).ok_or_else(|| bad(msg!("bot-step-role", step = n)))?),
        None => None,
    };
    match kind {
        StepKind::HeadOf if s.department_id.is_none() => return Err(bad(msg!("bot-step-department", step = n))),
        StepKind::Role if role.is_none() => return Err(bad(msg!("bot-step-role", step = n))),
        _ => {}
    }
    Ok(StepDef {
        kind,
        name: text("bot-what-step-name", &s.name, 80, false)?,
        people: if kind == StepKind::People { people } else { Vec::new() },
        department: if kind == StepKind::HeadOf { s.department_id } else { None },
        role: if kind == StepKind::Role { role } else { None },
        all: s.all && matches!(kind, StepKind::People | StepKind::Role),
        condition: s.condition.as_ref().map(|c| condition(c, fields, n)).transpose()?,
        sign: s.sign,
    })
}

/// A definition from a full input (create) or the current one with a patch applied (edit).
pub fn build(input: &BotIn, base: Option<&BotDef>) -> Result<BotDef> {
    let name = match (&input.name, base) {
        (Some(n), _) => text("bot-what-name", n, 80, true)?,
        (None, Some(b)) => b.name.clone(),
        (None, None) => return Err(bad(msg!("bot-text-required", what = crate::i18n::Arg::Key("bot-what-name")))),
    };
    let icon = match (&input.icon, base) {
        (Some(i), _) => text("bot-what-icon", i, 16, false)?,
        (None, Some(b)) => b.icon.clone(),
        (None, None) => String::new(),
    };
    let description = match (&input.description, base) {
        (Some(d), _) => text("bot-what-description", d, 1000, false)?,
        (None, Some(b)) => b.description.clone(),
        (None, None) => String::new(),
    };
    let fields = match (&input.fields, base) {
        (Some(f), _) => fields(f)?,
        (None, Some(b)) => b.fields.clone(),
        (None, None) => Vec::new(),
    };
    let route = match (&input.route, base) {
        (Some(r), _) => {
            if r.len() > MAX_STEPS {
                return Err(bad(msg!("bot-too-many-steps", max = MAX_STEPS)));
            }
            r.iter().enumerate().map(|(i, s)| step(s, &fields, i + 1)).collect::<Result<Vec<_>>>()?
        }
        (None, Some(b)) => {
            // The fields changed under the route: a condition must still name a field of its kind.
            for (i, s) in b.route.iter().enumerate() {
                if let Some(c) = &s.condition
                    && !fields
                        .iter()
                        .any(|f| f.key == c.field && matches!(f.kind, FieldKind::Number | FieldKind::Money))
                {
                    return Err(bad(msg!("bot-condition-field", step = i + 1)));
                }
            }
            b.route.clone()
        }
        (None, None) => Vec::new(),
    };
    if route.is_empty() {
        return Err(bad(msg!("bot-route-empty")));
    }
    let executor = match (&input.executor, base) {
        (Some(Some(e)), _) => Some(ExecutorDef {
            people: people(&e.people, route.len() + 1)?,
            action: text("bot-what-action", &e.action, 40, false)?,
            fields: fields_for_executor(&e.fields)?,
        }),
        (Some(None), _) => None,
        (None, Some(b)) => b.executor.clone(),
        (None, None) => None,
    };
    let watchers = match (&input.watchers, base) {
        (Some(w), _) => people(w, 0)?,
        (None, Some(b)) => b.watchers.clone(),
        (None, None) => Vec::new(),
    };
    let remind_after_secs = match (input.remind_after_hours, base) {
        (Some(h), _) if (1..=24 * 30).contains(&h) => h * 3600,
        (Some(_), _) => return Err(bad(msg!("bot-remind-hours"))),
        (None, Some(b)) => b.remind_after_secs,
        (None, None) => DEFAULT_REMIND_SECS,
    };
    Ok(BotDef { name, icon, description, fields, route, executor, watchers, remind_after_secs })
}

fn fields_for_executor(input: &[FieldIn]) -> Result<Vec<FieldDef>> {
    if input.len() > 10 {
        return Err(bad(msg!("bot-too-many-fields", max = 10)));
    }
    fields(input)
}

pub fn field_json(f: &FieldDef) -> Json {
    let mut o = json!({"key": f.key, "label": f.label, "type": f.kind.as_str(), "required": f.required});
    if !f.options.is_empty() {
        o["options"] = json!(f.options);
    }
    if let Some(m) = f.min {
        o["min"] = json!(m);
    }
    if let Some(m) = f.max {
        o["max"] = json!(m);
    }
    if !f.currency.is_empty() {
        o["currency"] = json!(f.currency);
    }
    if !f.help.is_empty() {
        o["help"] = json!(f.help);
    }
    o
}

pub fn step_json(s: &StepDef) -> Json {
    let mut o = json!({"kind": s.kind.as_str(), "name": s.name, "all": s.all, "sign": s.sign});
    if !s.people.is_empty() {
        o["people"] = json!(s.people);
    }
    if let Some(d) = s.department {
        o["department_id"] = json!(d);
    }
    if let Some(r) = s.role {
        o["role"] = json!(r.as_str());
    }
    if let Some(c) = &s.condition {
        let value = match &c.value {
            CondValue::Number(n) => json!(n),
            CondValue::Money { amount_minor, currency } => json!({"amount_minor": amount_minor, "currency": currency}),
        };
        o["condition"] = json!({"field": c.field, "op": c.op.as_str(), "value": value});
    }
    o
}

pub fn def_json(d: &BotDef) -> Json {
    json!({
        "name": d.name,
        "icon": d.icon,
        "description": d.description,
        "fields": d.fields.iter().map(field_json).collect::<Vec<_>>(),
        "route": d.route.iter().map(step_json).collect::<Vec<_>>(),
        "executor": d.executor.as_ref().map(|e| json!({
            "people": e.people,
            "action": e.action,
            "fields": e.fields.iter().map(field_json).collect::<Vec<_>>(),
        })),
        "watchers": d.watchers,
        "remind_after_hours": d.remind_after_secs / 3600,
    })
}
