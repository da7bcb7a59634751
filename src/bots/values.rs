//! Form values: parsing what a client sent for each field of a bot's form (with the field's
//! limits), turning stored values back into JSON, conditions on number and money fields, and the
//! short text a value is shown as in a bot's message.

use serde_json::{Map, Value as Json, json};

use crate::error::{Error, Result, Status};
use crate::i18n::{Lang, Msg};
use crate::ids::{DepartmentId, PersonId};
use crate::model::bots::{CondOp, CondValue, Condition, FieldDef, FieldKind, Value};
use crate::msg;

/// The longest text in a short text field, and in a long one, unless the field says less.
pub const TEXT_MAX: i64 = 500;
pub const LONG_TEXT_MAX: i64 = 10_000;

fn bad(m: Msg) -> Error {
    Error::t(Status::Unprocessable, "invalid_value", m)
}

/// A currency code: three capital letters (ISO 4217).
pub fn is_currency(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// `YYYY-MM-DD` of a real day.
pub fn is_date(s: &str) -> bool {
    s.len() == 10 && crate::clock::Timestamp::parse(s).is_some()
}

fn money(v: &Json) -> Option<(i64, String)> {
    let o = v.as_object()?;
    let amount = o.get("amount_minor")?.as_i64()?;
    let currency = o.get("currency")?.as_str()?.trim().to_ascii_uppercase();
    is_currency(&currency).then_some((amount, currency))
}

/// Parses the value of one field; `None` for an empty optional field.
pub fn parse_value(f: &FieldDef, v: Option<&Json>) -> Result<Option<Value>> {
    let name = f.label.as_str();
    let empty = match v {
        None | Some(Json::Null) => true,
        Some(Json::String(s)) => s.trim().is_empty() && f.kind != FieldKind::Checkbox,
        Some(Json::Array(a)) => a.is_empty(),
        _ => false,
    };
    if empty {
        if f.required && f.kind != FieldKind::Checkbox {
            return Err(bad(msg!("field-required", field = name)));
        }
        if f.kind == FieldKind::Checkbox {
            if f.required {
                return Err(bad(msg!("field-required", field = name)));
            }
            return Ok(Some(Value::Checkbox(false)));
        }
        return Ok(None);
    }
    let v = v.unwrap_or(&Json::Null);
    let value = match f.kind {
        FieldKind::Text | FieldKind::LongText => {
            let s = v.as_str().ok_or_else(|| bad(msg!("field-text", field = name)))?.trim().to_string();
            let n = i64::try_from(s.chars().count()).unwrap_or(i64::MAX);
            let cap = if f.kind == FieldKind::Text { TEXT_MAX } else { LONG_TEXT_MAX };
            let max = f.max.map(|m| m.min(cap)).unwrap_or(cap);
            if n > max {
                return Err(bad(msg!("field-too-long", field = name, max = max)));
            }
            if let Some(min) = f.min
                && n < min
            {
                return Err(bad(msg!("field-too-short", field = name, min = min)));
            }
            if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t')
                || (f.kind == FieldKind::Text && s.contains('\n'))
            {
                return Err(bad(msg!("field-text", field = name)));
            }
            Value::Text(s)
        }
        FieldKind::Number => {
            let n = v.as_i64().ok_or_else(|| bad(msg!("field-number", field = name)))?;
            limits(f, n)?;
            Value::Number(n)
        }
        FieldKind::Money => {
            let (amount, currency) = money(v).ok_or_else(|| bad(msg!("field-money", field = name)))?;
            if !f.currency.is_empty() && f.currency != currency {
                return Err(bad(msg!("field-currency", field = name, currency = f.currency.as_str())));
            }
            if amount < 0 {
                return Err(bad(msg!("field-below-min", field = name, min = 0)));
            }
            limits(f, amount)?;
            Value::Money { amount_minor: amount, currency }
        }
        FieldKind::Date => {
            let s = v.as_str().filter(|s| is_date(s)).ok_or_else(|| bad(msg!("field-date", field = name)))?;
            Value::Date(s.to_string())
        }
        FieldKind::DateRange => {
            let o = v.as_object().ok_or_else(|| bad(msg!("field-date-range", field = name)))?;
            let get = |k: &str| o.get(k).and_then(Json::as_str).filter(|s| is_date(s)).map(str::to_string);
            let (Some(from), Some(to)) = (get("from"), get("to")) else {
                return Err(bad(msg!("field-date-range", field = name)));
            };
            if to < from {
                return Err(bad(msg!("field-date-order", field = name)));
            }
            Value::DateRange { from, to }
        }
        FieldKind::Person => {
            let id = v.as_str().and_then(|s| s.parse::<PersonId>().ok());
            Value::Person(id.ok_or_else(|| bad(msg!("field-person", field = name)))?)
        }
        FieldKind::Department => {
            let id = v.as_str().and_then(|s| s.parse::<DepartmentId>().ok());
            Value::Department(id.ok_or_else(|| bad(msg!("field-department", field = name)))?)
        }
        FieldKind::Choice => {
            let s = v.as_str().filter(|s| f.options.iter().any(|o| o == s));
            Value::Choice(s.ok_or_else(|| bad(msg!("field-choice", field = name)))?.to_string())
        }
        FieldKind::MultiChoice => {
            let a = v.as_array().ok_or_else(|| bad(msg!("field-choice", field = name)))?;
            let mut picked = Vec::new();
            for x in a {
                let s = x.as_str().filter(|s| f.options.iter().any(|o| o == s));
                let s = s.ok_or_else(|| bad(msg!("field-choice", field = name)))?;
                if !picked.iter().any(|p| p == s) {
                    picked.push(s.to_string());
                }
            }
            limits(f, i64::try_from(picked.len()).unwrap_or(i64::MAX))?;
            Value::MultiChoice(picked)
        }
        FieldKind::Checkbox => {
            let b = v.as_bool().ok_or_else(|| bad(msg!("field-checkbox", field = name)))?;
            if f.required && !b {
                return Err(bad(msg!("field-required", field = name)));
            }
            Value::Checkbox(b)
        }
        FieldKind::File => {
            let o = v.as_object().ok_or_else(|| bad(msg!("field-file", field = name)))?;
            let text = |k: &str| o.get(k).and_then(Json::as_str).unwrap_or("").trim().to_string();
            let (file_name, sha) = (text("name"), text("sha256").to_ascii_lowercase());
            let size = o.get("size").and_then(Json::as_u64).unwrap_or(0);
            let file_id = text("file_id");
            if file_id.len() > 64 {
                return Err(bad(msg!("field-file", field = name)));
            }
            if !file_id.is_empty() {
                // An upload: its name, size and hash are taken from what was stored.
                Value::File { name: String::new(), size: 0, sha256: String::new(), file_id }
            } else {
                let hex = sha.len() == 64 && sha.bytes().all(|b| b.is_ascii_hexdigit());
                if file_name.is_empty() || file_name.chars().count() > 255 || !hex {
                    return Err(bad(msg!("field-file", field = name)));
                }
                Value::File { name: file_name, size, sha256: sha, file_id }
            }
        }
    };
    Ok(Some(value))
}

fn limits(f: &FieldDef, n: i64) -> Result<()> {
    let name = f.label.as_str();
    if let Some(min) = f.min
        && n < min
    {
        return Err(bad(msg!("field-below-min", field = name, min = min)));
    }
    if let Some(max) = f.max
        && n > max
    {
        return Err(bad(msg!("field-above-max", field = name, max = max)));
    }
    Ok(())
}

/// Parses a whole form: every field in order; unknown keys are refused.
pub fn parse_values(fields: &[FieldDef], values: &Map<String, Json>) -> Result<Vec<(String, Value)>> {
    if let Some(unknown) = values.keys().find(|k| !fields.iter().any(|f| &f.key == *k)) {
        return Err(bad(msg!("field-unknown", field = unknown.as_str())));
    }
    let mut out = Vec::new();
    for f in fields {
        if let Some(v) = parse_value(f, values.get(&f.key))? {
            out.push((f.key.clone(), v));
        }
    }
    Ok(out)
}

pub fn to_json(v: &Value) -> Json {
    match v {
        Value::Text(s) | Value::Date(s) | Value::Choice(s) => json!(s),
        Value::Number(n) => json!(n),
        Value::Money { amount_minor, currency } => json!({"amount_minor": amount_minor, "currency": currency}),
        Value::DateRange { from, to } => json!({"from": from, "to": to}),
        Value::Person(p) => json!(p),
        Value::Department(d) => json!(d),
        Value::MultiChoice(a) => json!(a),
        Value::Checkbox(b) => json!(b),
        Value::File { name, size, sha256, file_id } => {
            let mut o = json!({"name": name, "size": size, "sha256": sha256});
            if !file_id.is_empty() {
                o["file_id"] = json!(file_id);
            }
            o
        }
    }
}

pub fn values_json(values: &[(String, Value)]) -> Json {
    Json::Object(values.iter().map(|(k, v)| (k.clone(), to_json(v))).collect())
}

/// Whether a step's condition holds for these values. A condition on an empty field, or on
/// money in another currency, does not hold.
pub fn holds(c: &Condition, values: &[(String, Value)]) -> bool {
    let Some(v) = values.iter().find(|(k, _)| *k == c.field).map(|(_, v)| v) else { return false };
    let (have, want) = match (v, &c.value) {
        (Value::Number(n), CondValue::Number(w)) => (*n, *w),
        (Value::Money { amount_minor, currency }, CondValue::Money { amount_minor: w, currency: wc })
            if currency == wc =>
        {
            (*amount_minor, *w)
        }
        _ => return false,
    };
    match c.op {
        CondOp::Gt => have > want,
        CondOp::Ge => have >= want,
        CondOp::Lt => have < want,
        CondOp::Le => have <= want,
        CondOp::Eq => have == want,
    }
}

/// Digits after the decimal point of a currency (ISO 4217's minor unit).
pub fn minor_digits(currency: &str) -> u32 {
    match currency {
        "JPY" | "KRW" | "VND" | "CLP" | "ISK" | "UGX" | "XAF" | "XOF" | "PYG" | "RWF" | "KMF" | "GNF" | "DJF"
        | "VUV" | "XPF" | "BIF" => 0,
        "BHD" | "KWD" | "JOD" | "OMR" | "TND" | "IQD" | "LYD" => 3,
        _ => 2,
    }
}

/// "1,250.00 EUR" (English), "1 250,00 EUR" (Russian), "1.250,00 EUR" (German, Spanish).
pub fn format_money(amount_minor: i64, currency: &str, lang: Lang) -> String {
    let digits = minor_digits(currency);
    let scale = 10i64.pow(digits);
    let (whole, frac) = (amount_minor.unsigned_abs() / scale as u64, amount_minor.unsigned_abs() % scale as u64);
    let (group, point) = match lang {
        Lang::En => (',', '.'),
        Lang::Ru => ('\u{a0}', ','),
        Lang::De | Lang::Es => ('.', ','),
    };
    let w = whole.to_string();
    let mut grouped = String::new();
    for (i, ch) in w.chars().enumerate() {
        if i > 0 && (w.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(ch);
    }
    let sign = if amount_minor < 0 { "-" } else { "" };
    if digits == 0 {
        format!("{sign}{grouped} {currency}")
    } else {
        format!("{sign}{grouped}{point}{frac:0width$} {currency}", width = digits as usize)
    }
}

/// A value as a short text in a message (people and departments by name via `name`).
pub fn show(v: &Value, lang: Lang, name: &dyn Fn(&Value) -> Option<String>) -> String {
    match v {
        Value::Text(s) | Value::Date(s) | Value::Choice(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Money { amount_minor, currency } => format_money(*amount_minor, currency, lang),
        Value::DateRange { from, to } => format!("{from} – {to}"),
        Value::Person(_) | Value::Department(_) => name(v).unwrap_or_default(),
        Value::MultiChoice(a) => a.join(", "),
        Value::Checkbox(b) => if *b { "✓" } else { "✗" }.to_string(),
        Value::File { name, .. } => name.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(kind: FieldKind) -> FieldDef {
        FieldDef {
            key: "k".into(),
            label: "Amount".into(),
            kind,
            required: true,
            options: vec!["a".into(), "b".into()],
            min: None,
            max: None,
            currency: String::new(),
            help: String::new(),
        }
    }

    #[test]
    fn money_is_integer_minor_units_with_a_currency() {
        let f = field(FieldKind::Money);
        let ok = parse_value(&f, Some(&json!({"amount_minor": 125000, "currency": "eur"}))).unwrap();
        assert_eq!(ok, Some(Value::Money { amount_minor: 125000, currency: "EUR".into() }));
        assert!(parse_value(&f, Some(&json!({"amount_minor": 12.5, "currency": "EUR"}))).is_err());
        assert!(parse_value(&f, Some(&json!({"amount_minor": 1, "currency": "EURO"}))).is_err());
        assert!(parse_value(&f, None).unwrap_err().is("invalid_value"));
        assert_eq!(format_money(125000, "EUR", Lang::En), "1,250.00 EUR");
        assert_eq!(format_money(125000, "EUR", Lang::De), "1.250,00 EUR");
        assert_eq!(format_money(1250, "JPY", Lang::En), "1,250 JPY");
        assert_eq!(format_money(5, "KWD", Lang::En), "0.005 KWD");
    }

    #[test]
    fn conditions_compare_like_currencies_only() {
        let c = Condition {
            field: "k".into(),
            op: CondOp::Gt,
            value: CondValue::Money { amount_minor: 100_000, currency: "EUR".into() },
        };
        let v = |a: i64, c: &str| vec![("k".to_string(), Value::Money { amount_minor: a, currency: c.into() })];
        assert!(holds(&c, &v(100_001, "EUR")));
        assert!(!holds(&c, &v(100_000, "EUR")));
        assert!(!holds(&c, &v(900_000, "USD")));
        assert!(!holds(&c, &[]));
    }

    #[test]
    fn dates_ranges_and_choices() {
        let r = field(FieldKind::DateRange);
        assert!(parse_value(&r, Some(&json!({"from": "2026-12-01", "to": "2026-12-12"}))).is_ok());
        assert!(parse_value(&r, Some(&json!({"from": "2026-12-12", "to": "2026-12-01"}))).is_err());
        assert!(parse_value(&field(FieldKind::Date), Some(&json!("2026-02-30"))).is_err());
        assert!(parse_value(&field(FieldKind::Choice), Some(&json!("c"))).is_err());
        let m = parse_value(&field(FieldKind::MultiChoice), Some(&json!(["a", "b", "a"]))).unwrap();
        assert_eq!(m, Some(Value::MultiChoice(vec!["a".into(), "b".into()])));
    }
}
