//! "All requests" as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks
//! quoted, quotes doubled). A value starting with `=`, `+`, `-`, `@`, a tab or a carriage return
//! is neutralised with a leading apostrophe, so a spreadsheet never runs it as a formula.

use super::requests::{self, Filter, View};
use crate::error::Result;
use crate::i18n::Lang;
use crate::policy::Actor;
use crate::store::{Cursor, Reader};

/// The most rows one export holds.
pub const MAX_ROWS: usize = 50_000;

/// One CSV field.
pub fn field(s: &str) -> String {
    let neutral = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if neutral.contains([',', '"', '\r', '\n']) { format!("\"{}\"", neutral.replace('"', "\"\"")) } else { neutral }
}

fn line(out: &mut String, fields: &[String]) {
    out.push_str(&fields.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
}

/// Every request the filter keeps, newest first, as CSV (with a bot filter, a column per field).
pub fn csv(r: &impl Reader, actor: &Actor, f: &Filter, lang: Lang) -> Result<String> {
    let mut out = String::new();
    let head =
        ["number", "bot", "title", "requester", "state", "step", "created_at", "updated_at", "summary", "values"];
    // Filtered to one bot: a column for each field of its form as it is now.
    let columns: Vec<(String, String)> = match f.bot {
        Some(b) => crate::store::bots::bot(r, b)?
            .map(|b| b.def.fields.iter().map(|fd| (fd.key.clone(), fd.label.clone())).collect())
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let mut header: Vec<String> = head.map(String::from).to_vec();
    header.extend(columns.iter().map(|(_, label)| label.clone()));
    line(&mut out, &header);
    let mut cursor: Option<Cursor> = None;
    let mut rows = 0;
    loop {
        let page = requests::list(r, actor, View::All, f, cursor.as_ref(), 200)?;
        for q in &page.items {
            let def = requests::def_of(r, q)?;
            let kind =
                crate::store::bots::bot(r, q.bot)?.map(|b| b.kind).unwrap_or(crate::model::bots::BotKind::Custom);
            let values: Vec<String> = def
                .fields
                .iter()
                .filter_map(|fd| {
                    q.value(&fd.key).map(|_| format!("{}: {}", fd.label, super::shown(r, q, &fd.key, lang)))
                })
                .collect();
            let requester = super::notify::name_of(r, q.requester);
            let mut cells = vec![
                q.number.to_string(),
                def.name.clone(),
                super::title(&def, q),
                requester,
                q.state.as_str().to_string(),
                q.step.map(|s| (s + 1).to_string()).unwrap_or_default(),
                q.created_at.to_rfc3339(),
                q.updated_at.to_rfc3339(),
                super::summary(r, kind, &def, q, lang),
                values.join("; "),
            ];
            cells.extend(columns.iter().map(|(key, _)| super::shown(r, q, key, lang)));
            line(&mut out, &cells);
            rows += 1;
        }
        match page.next {
            Some(c) if rows < MAX_ROWS => cursor = Some(c),
            _ => break,
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_neutralised() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(field("+1"), "'+1");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(field("@cmd"), "'@cmd");
        assert_eq!(field("=1,2"), "\"'=1,2\"");
    }
}
