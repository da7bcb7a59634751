//! Languages: the message catalogs (Fluent, `web/i18n/<lang>/*.ftl`) and the language a request
//! is answered in.
//!
//! Layer: leaf (imports nothing of ours).
//!
//! Every sentence the server writes for a person (error messages, mails) is a catalog message
//! ([`Msg`]: a key and arguments), rendered in the reader's language at the last moment: an error
//! made inside a write on the writer thread is rendered when the response is built, inside the
//! request, in the language the request settled on ([`current`]). The web UI loads its own
//! catalog (`ui.ftl`) and renders in the browser with the same library (vendored `@fluent/bundle`).
//!
//! A request's language: the person's own choice, else the browser's `Accept-Language`, else the
//! workspace's default. Error `code`s never change; only `message` is translated.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The languages Bivouac speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    En,
    Ru,
    De,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Ru, Lang::De, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::De => "de",
            Lang::Es => "es",
        }
    }

    /// `en`, `ru`, `de`, `es` (and regional forms such as `de-AT`).
    pub fn parse(s: &str) -> Option<Lang> {
        let primary = s.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best of our languages for an `Accept-Language` header, by its q-values.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for part in header.split(',').take(20) {
            let mut it = part.split(';');
            let tag = it.next().unwrap_or("");
            let q = it.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse::<f32>().ok()).unwrap_or(1.0);
            if let Some(l) = Lang::parse(tag)
                && q > 0.0
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, l));
            }
        }
        best.map(|(_, l)| l)
    }
}

/// A language shared between threads and read on every request (the workspace's, kept beside
/// the data file's copy so that answering in it costs no read of the store).
#[derive(Debug, Default)]
pub struct SharedLang(std::sync::atomic::AtomicU8);

impl SharedLang {
    pub fn new(lang: Lang) -> SharedLang {
        SharedLang(std::sync::atomic::AtomicU8::new(lang as u8))
    }

    pub fn get(&self) -> Lang {
        let n = self.0.load(std::sync::atomic::Ordering::Relaxed);
        Lang::ALL.into_iter().find(|l| *l as u8 == n).unwrap_or_default()
    }

    pub fn set(&self, lang: Lang) {
        self.0.store(lang as u8, std::sync::atomic::Ordering::Relaxed);
    }
}

/// A value put into a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// Another catalog message, rendered in the same language (a field's name, a role).
    Key(&'static str),
    /// A day (milliseconds since the epoch, UTC), written as the language writes dates:
    /// "5 December 2026", "5 декабря 2026 г.", "5. Dezember 2026", "5 de diciembre de 2026".
    Date(i64),
    /// A moment (milliseconds since the epoch), as a date with the time in UTC:
    /// "5 December 2026, 09:12 UTC".
    Moment(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(i32, i64, u32, u64, usize);

/// A catalog message: a key and its arguments, rendered in a language when it is shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(key: &'static str) -> Msg {
        Msg { key, args: Vec::new() }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        render(lang, self)
    }
}

/// Marks a stored message (see [`Msg::store`]).
const STORED: char = '\u{1}';
const ARG: char = '\u{1f}';
const VALUE: char = '\u{1e}';
const NEXT: char = '\u{1d}';

impl Msg {
    /// The message as text to keep in the data file (an audit entry's detail), so that it is
    /// rendered in each reader's language when read ([`render_stored`]), not in the writer's.
    pub fn store(&self) -> String {
        let mut out = String::new();
        out.push(STORED);
        out.push_str(self.key);
        for (name, value) in &self.args {
            out.push(ARG);
            out.push_str(name);
            out.push(VALUE);
            let clean = |s: &str| s.replace([STORED, ARG, VALUE, NEXT], " ");
            match value {
                Arg::Text(t) => out.push_str(&format!("t{}", clean(t))),
                Arg::Number(n) => out.push_str(&format!("n{n}")),
                Arg::Key(k) => out.push_str(&format!("k{k}")),
                Arg::Date(ms) => out.push_str(&format!("d{ms}")),
                Arg::Moment(ms) => out.push_str(&format!("m{ms}")),
            }
        }
        out
    }

    /// Several messages kept as one text, rendered as a list ("name: Acme; language: ru").
    pub fn store_all(msgs: &[Msg]) -> String {
        msgs.iter().map(Msg::store).collect::<Vec<_>>().join(&NEXT.to_string())
    }
}

/// A text kept by [`Msg::store`] in `lang`; any other text (written before messages were
/// stored, or an address) as it is.
pub fn render_stored(lang: Lang, text: &str) -> String {
    if !text.starts_with(STORED) {
        return text.to_string();
    }
    text.split(NEXT).map(|one| render_one_stored(lang, one)).collect::<Vec<_>>().join("; ")
}

fn render_one_stored(lang: Lang, one: &str) -> String {
    let mut parts = one.trim_start_matches(STORED).split(ARG);
    let key = parts.next().unwrap_or("");
    let mut args = Vec::new();
    for p in parts {
        let Some((name, value)) = p.split_once(VALUE) else { continue };
        let (kind, v) = value.split_at(value.char_indices().nth(1).map_or(value.len(), |(i, _)| i));
        let arg = match kind {
            "n" => StoredArg::Number(v.parse().unwrap_or(0)),
            "k" => StoredArg::Key(v.to_string()),
            "d" => StoredArg::Text(format_date(lang, v.parse().unwrap_or(0))),
            "m" => StoredArg::Text(format_moment(lang, v.parse().unwrap_or(0))),
            _ => StoredArg::Text(v.to_string()),
        };
        args.push((name.to_string(), arg));
    }
    render_key(lang, key, &args)
}

enum StoredArg {
    Text(String),
    Number(i64),
    Key(String),
}

/// A message by a key known only at run time (a stored one).
fn render_key(lang: Lang, key: &str, args: &[(String, StoredArg)]) -> String {
    let b = &bundles()[&lang];
    let Some(pattern) = b.get_message(key).and_then(|m| m.value()) else {
        return if lang == Lang::En { key.to_string() } else { render_key(Lang::En, key, args) };
    };
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            StoredArg::Text(t) => fargs.set(name.clone(), FluentValue::from(t.clone())),
            StoredArg::Number(n) => fargs.set(name.clone(), FluentValue::from(*n)),
            StoredArg::Key(k) => fargs.set(name.clone(), FluentValue::from(render_key(lang, k, &[]))),
        }
    }
    let mut errors = Vec::new();
    b.format_pattern(pattern, Some(&fargs), &mut errors).into_owned()
}

/// `msg!("key", name = value, ...)`: a [`Msg`].
#[macro_export]
macro_rules! msg {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Msg::new($key)$(.arg(stringify!($name), $value))*
    };
}

/// The catalog files, compiled in: (language, file name, text).
const CATALOGS: &[(Lang, &str, &str)] = &[
    (Lang::En, "server.ftl", include_str!("../web/i18n/en/server.ftl")),
    (Lang::Ru, "server.ftl", include_str!("../web/i18n/ru/server.ftl")),
    (Lang::De, "server.ftl", include_str!("../web/i18n/de/server.ftl")),
    (Lang::Es, "server.ftl", include_str!("../web/i18n/es/server.ftl")),
];

/// Every catalog file of every language, as compiled in (for the catalog check).
pub fn catalog_files() -> impl Iterator<Item = (Lang, &'static str, &'static str)> {
    CATALOGS.iter().copied()
}

fn bundles() -> &'static HashMap<Lang, FluentBundle<FluentResource>> {
    static B: OnceLock<HashMap<Lang, FluentBundle<FluentResource>>> = OnceLock::new();
    B.get_or_init(|| {
        let mut out = HashMap::new();
        for lang in Lang::ALL {
            let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Plain text goes into JSON and mail; no direction-isolation marks around values.
            bundle.set_use_isolating(false);
            for (l, file, text) in CATALOGS {
                if *l != lang {
                    continue;
                }
                let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, errors)| {
                    tracing::error!(lang = lang.code(), file, ?errors, "catalog has syntax errors");
                    r
                });
                if let Err(errors) = bundle.add_resource(resource) {
                    tracing::error!(lang = lang.code(), file, ?errors, "catalog entries clash");
                }
            }
            out.insert(lang, bundle);
        }
        out
    })
}

fn render(lang: Lang, m: &Msg) -> String {
    let b = &bundles()[&lang];
    let Some(pattern) = b.get_message(m.key).and_then(|msg| msg.value()) else {
        // A key missing here is missing in the catalog check too; English is better than nothing.
        return if lang == Lang::En { m.key.to_string() } else { render(Lang::En, m) };
    };
    let mut args = FluentArgs::new();
    for (name, value) in &m.args {
        match value {
            Arg::Text(s) => args.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
            Arg::Key(k) => args.set(*name, FluentValue::from(render(lang, &Msg::new(k)))),
            Arg::Date(ms) => args.set(*name, FluentValue::from(format_date(lang, *ms))),
            Arg::Moment(ms) => args.set(*name, FluentValue::from(format_moment(lang, *ms))),
        }
    }
    let mut errors = Vec::new();
    let text = b.format_pattern(pattern, Some(&args), &mut errors).into_owned();
    if !errors.is_empty() {
        tracing::warn!(key = m.key, lang = lang.code(), ?errors, "a message did not render cleanly");
    }
    text
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Russian months in the genitive case, as a date needs them ("5 декабря").
const MONTHS_RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// Year, month (1-12) and day of the day that holds `ms` (UTC). (Howard Hinnant's algorithm.)
fn civil(ms: i64) -> (i64, usize, i64) {
    let z = ms.div_euclid(86_400_000) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, usize::try_from(m).unwrap_or(1).clamp(1, 12), d)
}

/// The day that holds `ms` (UTC), as `lang` writes a date in a sentence.
pub fn format_date(lang: Lang, ms: i64) -> String {
    let (y, m, d) = civil(ms);
    match lang {
        Lang::En => format!("{d} {} {y}", MONTHS_EN[m - 1]),
        Lang::Ru => format!("{d} {} {y} г.", MONTHS_RU[m - 1]),
        Lang::De => format!("{d}. {} {y}", MONTHS_DE[m - 1]),
        Lang::Es => format!("{d} de {} de {y}", MONTHS_ES[m - 1]),
    }
}

/// A moment as `lang` writes it: the date, then the time of day in UTC (24-hour in all four).
pub fn format_moment(lang: Lang, ms: i64) -> String {
    let mins = ms.div_euclid(60_000).rem_euclid(1440);
    format!("{}, {:02}:{:02} UTC", format_date(lang, ms), mins / 60, mins % 60)
}

tokio::task_local! {
    static CURRENT: Cell<Lang>;
}

/// The language the current request is answered in (English outside a request).
pub fn current() -> Lang {
    CURRENT.try_with(Cell::get).unwrap_or_default()
}

/// The current request's language, or None outside a request (on the writer thread, in
/// background tasks), where the reader's own setting decides.
pub fn scoped() -> Option<Lang> {
    CURRENT.try_with(Cell::get).ok()
}

/// Sets the current request's language (once the person is known and has chosen one).
pub fn set_current(lang: Lang) {
    let _ = CURRENT.try_with(|c| c.set(lang));
}

/// Runs `f` (a request) with `lang` as its language.
pub async fn scope<F: std::future::Future>(lang: Lang, f: F) -> F::Output {
    CURRENT.scope(Cell::new(lang), f).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_we_speak() {
        assert_eq!(Lang::from_accept_language("de-AT,de;q=0.9,en;q=0.8"), Some(Lang::De));
        assert_eq!(Lang::from_accept_language("fr-FR,fr;q=0.9,ru;q=0.5,en;q=0.4"), Some(Lang::Ru));
        assert_eq!(Lang::from_accept_language("fr, it"), None);
        assert_eq!(Lang::from_accept_language("es;q=0, en;q=0.1"), Some(Lang::En));
    }

    #[test]
    fn messages_render_with_arguments_and_plurals_in_each_language() {
        let m = msg!("rate-limited", seconds = 5);
        assert_eq!(m.render(Lang::En), "Too many attempts. Wait 5 seconds and try again.");
        assert!(m.render(Lang::Ru).contains("5 секунд"), "{}", m.render(Lang::Ru));
        let one = msg!("rate-limited", seconds = 1).render(Lang::Ru);
        assert!(one.contains("1 секунду"), "{one}");
        let few = msg!("rate-limited", seconds = 3).render(Lang::Ru);
        assert!(few.contains("3 секунды"), "{few}");
    }

    #[test]
    fn stored_messages_are_rendered_in_the_readers_language() {
        let kept = Msg::store_all(&[
            msg!("audit-detail-name", value = "Acme"),
            msg!("audit-detail-access-ends", date = Arg::Date(1_796_461_920_000)),
            msg!("audit-detail-role", from = Arg::Key("role-employee"), to = Arg::Key("role-admin")),
        ]);
        assert_eq!(
            render_stored(Lang::En, &kept),
            "name: Acme; access ends on 5 December 2026; Employee → Administrator"
        );
        let ru = render_stored(Lang::Ru, &kept);
        assert!(ru.contains("5 декабря 2026 г.") && ru.contains("Сотрудник → Администратор"), "{ru}");
        // Texts kept before, or plain addresses, stay as they are.
        assert_eq!(render_stored(Lang::De, "a@example.com -> b@example.com"), "a@example.com -> b@example.com");
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        // 2026-12-05T09:12:00Z
        let t = 1_796_461_920_000;
        assert_eq!(format_moment(Lang::En, t), "5 December 2026, 09:12 UTC");
        assert_eq!(format_moment(Lang::Ru, t), "5 декабря 2026 г., 09:12 UTC");
        assert_eq!(format_moment(Lang::De, t), "5. Dezember 2026, 09:12 UTC");
        assert_eq!(format_moment(Lang::Es, t), "5 de diciembre de 2026, 09:12 UTC");
        assert_eq!(format_date(Lang::En, 0), "1 January 1970");
        assert_eq!(format_date(Lang::Ru, -1), "31 декабря 1969 г.");
        assert_eq!(format_date(Lang::De, 951_782_400_000), "29. Februar 2000");
    }
}
