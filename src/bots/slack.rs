//! Slack's incoming-webhook payloads turned into a Bivouac message, so tools that already speak
//! to Slack (Alertmanager, Grafana, GitLab, CI) can post here unchanged.
//!
//! What is understood: `text` in Slack's mrkdwn (`*bold*`, `_italic_`, `` `code` ``, fenced
//! blocks, `<url|label>`, `<url>`, `<!here>`/`<!channel>`/`<!everyone>`, `<@user|name>`,
//! `<#channel|name>`, `&amp;`/`&lt;`/`&gt;`), `username`, `icon_emoji`, `attachments` (colour
//! bar, pretext, author, title/title_link, text, fields short and long, image's alt, footer, ts,
//! fallback) and `blocks` (section with text and fields, header, context, divider; an unknown
//! block falls back to whatever text it holds). Bivouac's own format has **bold**, _italic_,
//! code and bare links, so labels keep their address beside them.

use serde_json::Value as Json;

/// Why a payload cannot be posted, in Slack's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    InvalidPayload,
    NoText,
}

impl Refusal {
    pub fn word(self) -> &'static str {
        match self {
            Refusal::InvalidPayload => "invalid_payload",
            Refusal::NoText => "no_text",
        }
    }
}

/// Decodes Slack's three HTML entities.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

/// One `<...>` token of mrkdwn as text.
fn token(inner: &str) -> String {
    let (target, label) = match inner.split_once('|') {
        Some((t, l)) => (t, Some(unescape(l))),
        None => (inner, None),
    };
    if let Some(special) = target.strip_prefix('!') {
        let name = special.split('^').next().unwrap_or(special);
        return match (name, label) {
            ("here" | "channel" | "everyone", _) => format!("@{name}"),
            (_, Some(l)) => l,
            (other, None) => format!("@{other}"),
        };
    }
    if let Some(user) = target.strip_prefix('@') {
        return format!("@{}", label.unwrap_or_else(|| user.to_string()));
    }
    if let Some(channel) = target.strip_prefix('#') {
        return format!("#{}", label.unwrap_or_else(|| channel.to_string()));
    }
    let url = unescape(target);
    match label {
        Some(l) if !l.is_empty() && l != url => format!("{l} ({url})"),
        _ => url,
    }
}

/// `*bold*` (Slack) -> `**bold**` (Bivouac), where the stars are a word's edges.
fn bold(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + 8);
    let mut i = 0;
    let edge = |c: Option<&char>| c.is_none_or(|c| !c.is_alphanumeric() && *c != '*');
    while i < chars.len() {
        if chars[i] == '*'
            && edge(if i == 0 { None } else { chars.get(i - 1) })
            && chars.get(i + 1).is_some_and(|c| !c.is_whitespace() && *c != '*')
            && let Some(len) = chars[i + 1..].iter().position(|c| *c == '*')
            && !chars[i + len].is_whitespace()
            && edge(chars.get(i + len + 2))
        {
            let end = i + 1 + len;
            out.push_str("**");
            out.extend(&chars[i + 1..end]);
            out.push_str("**");
            i = end + 1;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Slack mrkdwn to Bivouac's text. Code (inline and fenced) is kept as it is.
pub fn mrkdwn(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Links and mentions first (their `<` are real), then entities and bold outside code.
    let mut rest = s;
    let mut plain = String::new();
    while let Some(i) = rest.find('<') {
        plain.push_str(&rest[..i]);
        match rest[i + 1..].find('>') {
            Some(j) if !rest[i + 1..i + 1 + j].contains(['\n', '<']) => {
                // A token: kept apart from the text so that bold-marking does not touch it.
                plain.push('\u{0}');
                plain.push_str(&token(&rest[i + 1..i + 1 + j]).replace('*', "\u{1}"));
                plain.push('\u{0}');
                rest = &rest[i + 2 + j..];
            }
            _ => {
                plain.push('<');
                rest = &rest[i + 1..];
            }
        }
    }
    plain.push_str(rest);
    let mut in_fence = false;
    for (n, line) in plain.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let fences = line.matches("```").count();
        if in_fence || fences > 0 {
            out.push_str(&unescape(line));
        } else {
            // Outside inline code only.
            let mut parts = Vec::new();
            for (k, seg) in line.split('`').enumerate() {
                parts.push(if k % 2 == 1 { unescape(seg) } else { bold(&unescape(seg)) });
            }
            out.push_str(&parts.join("`"));
        }
        if fences % 2 == 1 {
            in_fence = !in_fence;
        }
    }
    out.replace('\u{0}', "").replace('\u{1}', "*")
}

/// A text object of Block Kit (`{type: "mrkdwn" | "plain_text", text}`).
fn text_object(v: &Json) -> Option<String> {
    let t = v.get("text")?.as_str()?;
    Some(if v.get("type").and_then(Json::as_str) == Some("plain_text") { t.to_string() } else { mrkdwn(t) })
}

/// Every `text` string found in an unknown block, in order.
fn any_text(v: &Json, out: &mut Vec<String>) {
    match v {
        Json::Object(m) => {
            if let Some(Json::String(t)) = m.get("text") {
                out.push(mrkdwn(t));
            }
            for (k, x) in m {
                if k != "text" || !x.is_string() {
                    any_text(x, out);
                }
            }
        }
        Json::Array(a) => a.iter().for_each(|x| any_text(x, out)),
        _ => {}
    }
}

fn blocks(list: &[Json]) -> Vec<String> {
    let mut out = Vec::new();
    for b in list {
        match b.get("type").and_then(Json::as_str).unwrap_or("") {
            "header" => {
                if let Some(t) = b.get("text").and_then(text_object) {
                    out.push(format!("**{}**", t.trim()));
                }
            }
            "section" => {
                if let Some(t) = b.get("text").and_then(text_object) {
                    out.push(t);
                }
                if let Some(fields) = b.get("fields").and_then(Json::as_array) {
                    let f: Vec<String> = fields.iter().filter_map(text_object).collect();
                    if !f.is_empty() {
                        out.push(f.join("\n"));
                    }
                }
            }
            "context" => {
                let parts: Vec<String> = b
                    .get("elements")
                    .and_then(Json::as_array)
                    .map(|e| {
                        e.iter()
                            .filter_map(|x| {
                                text_object(x).or_else(|| x.get("alt_text").and_then(Json::as_str).map(str::to_string))
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                if !parts.is_empty() {
                    out.push(format!("_{}_", parts.join(" · ")));
                }
            }
            "divider" => out.push("———".to_string()),
            "image" => {
                let alt = b.get("alt_text").and_then(Json::as_str).unwrap_or("");
                let url = b.get("image_url").and_then(Json::as_str).unwrap_or("");
                let line = [alt, url].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ");
                if !line.is_empty() {
                    out.push(line);
                }
            }
            _ => {
                let mut found = Vec::new();
                any_text(b, &mut found);
                if !found.is_empty() {
                    out.push(found.join("\n"));
                }
            }
        }
    }
    out
}

/// The colour bar of an attachment, as a coloured square.
fn colour(c: &str) -> &'static str {
    match c.trim().to_ascii_lowercase().as_str() {
        "good" => "🟩",
        "warning" => "🟨",
        "danger" => "🟥",
        "" => "",
        hex => {
            let h = hex.trim_start_matches('#');
            let v = u32::from_str_radix(h, 16).ok().filter(|_| h.len() == 6);
            match v {
                None => "▌",
                Some(v) => {
                    let (r, g, b) = ((v >> 16) & 255, (v >> 8) & 255, v & 255);
                    if r > 180 && g < 120 && b < 120 {
                        "🟥"
                    } else if r > 180 && g > 140 && b < 120 {
                        if g > 200 { "🟨" } else { "🟧" }
                    } else if g > r && g > b {
                        "🟩"
                    } else if b > r && b > g {
                        "🟦"
                    } else if r > 120 && b > 120 && g < 100 {
                        "🟪"
                    } else if r + g + b < 200 {
                        "⬛"
                    } else {
                        "⬜"
                    }
                }
            }
        }
    }
}

fn str_of<'a>(v: &'a Json, k: &str) -> Option<&'a str> {
    v.get(k).and_then(Json::as_str).filter(|s| !s.trim().is_empty())
}

/// `ts` (seconds since the epoch, a number or a string) as a UTC date and time.
fn ts(v: &Json) -> Option<String> {
    let secs = v.as_f64().or_else(|| v.as_str().and_then(|s| s.parse::<f64>().ok()))?;
    if !secs.is_finite() || !(0.0..1e11).contains(&secs) {
        return None;
    }
    let t = crate::clock::Timestamp((secs * 1000.0) as i64).to_rfc3339();
    Some(format!("{} {} UTC", &t[..10], &t[11..16]))
}

fn attachment(a: &Json) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(p) = str_of(a, "pretext") {
        lines.push(mrkdwn(p));
    }
    let bar = colour(str_of(a, "color").unwrap_or(""));
    let mut body = Vec::new();
    if let Some(name) = str_of(a, "author_name") {
        body.push(match str_of(a, "author_link") {
            Some(l) => format!("{} ({l})", mrkdwn(name)),
            None => mrkdwn(name),
        });
    }
    if let Some(t) = str_of(a, "title") {
        body.push(match str_of(a, "title_link") {
            Some(l) => format!("**{}** ({l})", mrkdwn(t).trim()),
            None => format!("**{}**", mrkdwn(t).trim()),
        });
    }
    if let Some(t) = str_of(a, "text") {
        body.push(mrkdwn(t));
    }
    if let Some(fields) = a.get("fields").and_then(Json::as_array) {
        let mut short = Vec::new();
        let flush = |short: &mut Vec<String>, body: &mut Vec<String>| {
            if !short.is_empty() {
                body.push(short.join(" · "));
                short.clear();
            }
        };
        for f in fields {
            let title = str_of(f, "title").map(mrkdwn);
            let value = str_of(f, "value").map(mrkdwn).unwrap_or_default();
            let line = match title {
                Some(t) => format!("**{}**: {value}", t.trim()),
                None => value,
            };
            if line.trim().is_empty() {
                continue;
            }
            if f.get("short").and_then(Json::as_bool).unwrap_or(false) {
                short.push(line);
            } else {
                flush(&mut short, &mut body);
                body.push(line);
            }
        }
        flush(&mut short, &mut body);
    }
    if let Some(b) = a.get("blocks").and_then(Json::as_array) {
        body.extend(blocks(b));
    }
    if let Some(alt) = str_of(a, "image_url") {
        body.push(alt.to_string());
    }
    // Buttons (Alertmanager's runbook and silence links) as their words and addresses.
    if let Some(actions) = a.get("actions").and_then(Json::as_array) {
        let links: Vec<String> = actions
            .iter()
            .filter_map(|b| {
                let url = str_of(b, "url")?;
                Some(match str_of(b, "text") {
                    Some(t) => format!("{} ({url})", mrkdwn(t).trim()),
                    None => url.to_string(),
                })
            })
            .collect();
        if !links.is_empty() {
            body.push(links.join(" · "));
        }
    }
    let footer: Vec<String> =
        [str_of(a, "footer").map(mrkdwn), a.get("ts").and_then(ts)].into_iter().flatten().collect();
    if !footer.is_empty() {
        body.push(format!("_{}_", footer.join(" · ")));
    }
    if body.is_empty()
        && let Some(f) = str_of(a, "fallback")
    {
        body.push(mrkdwn(f));
    }
    for (i, l) in body.into_iter().enumerate() {
        if i == 0 && !bar.is_empty() {
            lines.push(format!("{bar} {l}"));
        } else {
            lines.push(l);
        }
    }
    lines
}

/// A handful of Slack's emoji names, for `icon_emoji`; others stay as `:name:`.
fn emoji(name: &str) -> String {
    let n = name.trim().trim_matches(':');
    let e = match n {
        "rotating_light" => "🚨",
        "warning" => "⚠️",
        "fire" => "🔥",
        "white_check_mark" | "heavy_check_mark" => "✅",
        "x" | "red_circle" => "❌",
        "ghost" => "👻",
        "robot_face" | "robot" => "🤖",
        "bell" => "🔔",
        "rocket" => "🚀",
        "gitlab" | "fox_face" => "🦊",
        "github" | "octocat" => "🐙",
        "chart_with_upwards_trend" => "📈",
        "grafana" => "📊",
        "prometheus" => "🔥",
        "information_source" => "ℹ️",
        "" => return String::new(),
        _ => return format!(":{n}:"),
    };
    e.to_string()
}

/// A payload as the message's text, or why it cannot be posted.
pub fn render(p: &Json) -> Result<String, Refusal> {
    let Json::Object(_) = p else { return Err(Refusal::InvalidPayload) };
    let mut parts = Vec::new();
    let main_blocks = p.get("blocks").and_then(Json::as_array);
    match main_blocks {
        Some(b) if !b.is_empty() => parts.extend(blocks(b)),
        _ => {
            if let Some(t) = str_of(p, "text") {
                parts.push(mrkdwn(t));
            }
        }
    }
    if let Some(list) = p.get("attachments") {
        let Some(list) = list.as_array() else { return Err(Refusal::InvalidPayload) };
        for a in list {
            if !a.is_object() {
                return Err(Refusal::InvalidPayload);
            }
            let lines = attachment(a);
            if !lines.is_empty() {
                parts.push(lines.join("\n"));
            }
        }
    }
    let parts: Vec<String> = parts.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
    if parts.is_empty() {
        return Err(Refusal::NoText);
    }
    let mut head = String::new();
    if let Some(e) = str_of(p, "icon_emoji") {
        head.push_str(&emoji(e));
    }
    if let Some(u) = str_of(p, "username") {
        if !head.is_empty() {
            head.push(' ');
        }
        head.push_str(&format!("**{}**", u.trim()));
    }
    let mut text = if head.is_empty() { String::new() } else { format!("{head}\n") };
    text.push_str(&parts.join("\n"));
    // A message holds at most 10,000 characters.
    if text.chars().count() > 10_000 {
        text = text.chars().take(9_999).collect::<String>() + "…";
    }
    // No control characters but line breaks and tabs.
    Ok(text.chars().filter(|c| !c.is_control() || *c == '\n' || *c == '\t').collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn mrkdwn_becomes_our_format() {
        assert_eq!(mrkdwn("*bold* and _it_"), "**bold** and _it_");
        assert_eq!(
            mrkdwn("<https://x.io/a|the link> and <https://y.io>"),
            "the link (https://x.io/a) and https://y.io"
        );
        assert_eq!(mrkdwn("<!here> look, <@U123|ivan> in <#C1|ops>"), "@here look, @ivan in #ops");
        assert_eq!(mrkdwn("a &lt;b&gt; &amp; c"), "a <b> & c");
        assert_eq!(mrkdwn("`*not bold*` 2*3*4"), "`*not bold*` 2*3*4");
        assert_eq!(mrkdwn("```\n*x*\n```"), "```\n*x*\n```");
        assert_eq!(mrkdwn("<https://a.b/?q=*x*|*label*>"), "*label* (https://a.b/?q=*x*)");
    }

    #[test]
    fn empty_and_bad_payloads() {
        assert_eq!(render(&json!({})), Err(Refusal::NoText));
        assert_eq!(render(&json!({"text": "  "})), Err(Refusal::NoText));
        assert_eq!(render(&json!([1])), Err(Refusal::InvalidPayload));
        assert_eq!(render(&json!({"attachments": "x"})), Err(Refusal::InvalidPayload));
        assert_eq!(
            render(&json!({"text": "hi", "username": "CI", "icon_emoji": ":rocket:"})).unwrap(),
            "🚀 **CI**\nhi"
        );
    }

    #[test]
    fn attachments_and_blocks() {
        let a = json!({"attachments": [{"color": "danger", "pretext": "Heads up", "title": "Disk full",
            "title_link": "https://g.example/d/1", "text": "*db1* at 97%",
            "fields": [{"title": "Host", "value": "db1", "short": true}, {"title": "Zone", "value": "eu", "short": true},
                       {"title": "Note", "value": "long text"}], "footer": "Grafana", "ts": 1700000000}]});
        let t = render(&a).unwrap();
        assert_eq!(
            t,
            "Heads up\n🟥 **Disk full** (https://g.example/d/1)\n**db1** at 97%\n**Host**: db1 · **Zone**: eu\n**Note**: long text\n_Grafana · 2023-11-14 22:13 UTC_"
        );
        let b = json!({"text": "fallback", "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": "Deploy"}},
            {"type": "section", "text": {"type": "mrkdwn", "text": "*ok*"}, "fields": [{"type": "mrkdwn", "text": "*Env*\nprod"}]},
            {"type": "divider"},
            {"type": "context", "elements": [{"type": "mrkdwn", "text": "by ci"}, {"type": "image", "image_url": "https://i", "alt_text": "logo"}]},
            {"type": "actions", "elements": [{"type": "button", "text": {"type": "plain_text", "text": "View"}}]},
        ]});
        assert_eq!(render(&b).unwrap(), "**Deploy**\n**ok**\n**Env**\nprod\n———\n_by ci · logo_\nView");
    }
}
