//! Text analysis for search: words by Unicode segmentation (UAX #29), lower-cased, diacritics
//! folded in Latin letters (`é` -> `e`, `ß` -> `ss`; Cyrillic `ё` -> `е`, but `й` stays `й`), and
//! stemmed with the Snowball stemmer of the message's language.
//!
//! The language of a message is guessed from its text ([`detect`]): mostly Cyrillic letters make
//! it Russian; otherwise German, Spanish or English by their letters (`ä ö ü ß`, `ñ ¿ ¡ á é í ó
//! ú`) and most common words, English when nothing tells. A query word is short, so it is stemmed
//! in every language its script allows and matches any of the stems.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Ru,
    De,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Ru, Lang::De, Lang::Es];

    fn stemmer(self) -> &'static Stemmer {
        static S: OnceLock<[Stemmer; 4]> = OnceLock::new();
        let all = S.get_or_init(|| {
            [
                Stemmer::create(Algorithm::English),
                Stemmer::create(Algorithm::Russian),
                Stemmer::create(Algorithm::German),
                Stemmer::create(Algorithm::Spanish),
            ]
        });
        &all[self as usize]
    }
}

/// A word of a text: where it is (byte offsets) and its lower-cased form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub lower: String,
}

/// The most words of one text that are indexed (a 10,000-character message has fewer).
pub const MAX_WORDS: usize = 4000;
/// Longer "words" (hashes, base64) are not indexed.
const MAX_WORD: usize = 64;

/// The words of `text`, by UAX #29 word boundaries; punctuation and spaces are not words.
pub fn words(text: &str) -> Vec<Word> {
    text.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric) && w.len() <= MAX_WORD * 4)
        .take(MAX_WORDS)
        .map(|(start, w)| Word { start, end: start + w.len(), lower: w.to_lowercase() })
        .collect()
}

fn is_latin(c: char) -> bool {
    matches!(c, '\u{00c0}'..='\u{024f}' | '\u{1e00}'..='\u{1eff}')
}

/// Folds diacritics of Latin letters and `ё`; keeps every other letter (a lower-cased word in).
pub fn fold(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ø' => out.push('o'),
            'ł' => out.push('l'),
            'đ' => out.push('d'),
            'ё' => out.push('е'),
            c if is_latin(c) => out.extend(std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d))),
            c => out.push(c),
        }
    }
    out
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04ff}')
}

/// Stems a lower-cased word in `lang` and folds the stem (the stemmers know their diacritics).
pub fn stem(lang: Lang, lower: &str) -> String {
    let word = if lang == Lang::Ru { lower.replace('ё', "е") } else { lower.to_string() };
    fold(&lang.stemmer().stem(&word))
}

/// The language of a text (see the module docs).
pub fn detect(text: &str) -> Lang {
    let (mut cyr, mut lat) = (0usize, 0usize);
    let (mut de, mut es, mut en) = (0i32, 0i32, 0i32);
    for c in text.chars().take(4000) {
        if is_cyrillic(c) {
            cyr += 1;
        } else if c.is_ascii_alphabetic() || is_latin(c) {
            lat += 1;
        }
        match c.to_lowercase().next().unwrap_or(c) {
            'ä' | 'ö' | 'ü' | 'ß' => de += 3,
            'ñ' | '¿' | '¡' | 'á' | 'í' | 'ó' | 'ú' => es += 3,
            _ => {}
        }
    }
    if cyr > lat {
        return Lang::Ru;
    }
    const DE: &[&str] = &[
        "der", "die", "das", "und", "ist", "nicht", "ich", "sie", "es", "ein", "eine", "zu", "den", "mit", "auf",
        "für", "von", "sich", "auch", "wir", "dass", "wie", "bitte", "noch", "aber", "oder", "bei",
    ];
    const ES: &[&str] = &[
        "el", "la", "los", "las", "que", "y", "en", "un", "una", "es", "por", "con", "para", "se", "lo", "su", "al",
        "del", "como", "más", "pero", "está", "hay", "muy", "también", "gracias",
    ];
    const EN: &[&str] = &[
        "the", "and", "is", "are", "to", "of", "that", "it", "for", "you", "with", "on", "this", "be", "have", "not",
        "we", "i", "was", "will", "can", "at", "please", "or", "but",
    ];
    for w in text.unicode_words().take(400) {
        let w = w.to_lowercase();
        de += i32::from(DE.contains(&w.as_str())) * 2;
        es += i32::from(ES.contains(&w.as_str())) * 2;
        en += i32::from(EN.contains(&w.as_str())) * 2;
    }
    if de > en && de >= es {
        Lang::De
    } else if es > en && es > de {
        Lang::Es
    } else {
        Lang::En
    }
}

/// The stems a query word may match: in Russian for a Cyrillic word, else in English, German
/// and Spanish.
pub fn query_stems(lower: &str) -> Vec<String> {
    let langs: &[Lang] = if lower.chars().any(is_cyrillic) { &[Lang::Ru] } else { &[Lang::En, Lang::De, Lang::Es] };
    let mut out: Vec<String> = langs.iter().map(|l| stem(*l, lower)).collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segmentation_folding_and_stemming() {
        let w: Vec<String> = words("Hello, wörld! It's 3.14 — «Привет»").into_iter().map(|w| w.lower).collect();
        assert_eq!(w, ["hello", "wörld", "it's", "3.14", "привет"]);
        assert_eq!(fold("café"), "cafe");
        assert_eq!(fold("straße"), "strasse");
        assert_eq!(fold("ёлка"), "елка");
        assert_eq!(fold("йод"), "йод");
        // Russian: other grammatical forms share a stem.
        assert_eq!(stem(Lang::Ru, "встречи"), stem(Lang::Ru, "встреча"));
        assert_eq!(stem(Lang::Ru, "отчётом"), stem(Lang::Ru, "отчет"));
        assert_eq!(stem(Lang::En, "meetings"), stem(Lang::En, "meeting"));
        assert_eq!(stem(Lang::De, "häuser"), stem(Lang::De, "hauser"));
        assert_eq!(stem(Lang::Es, "canciones"), stem(Lang::Es, "canción"));
    }

    #[test]
    fn languages_are_told_apart() {
        assert_eq!(detect("Завтра встреча в десять"), Lang::Ru);
        assert_eq!(detect("Die Besprechung ist morgen um zehn, bitte nicht vergessen"), Lang::De);
        assert_eq!(detect("La reunión es mañana a las diez, por favor"), Lang::Es);
        assert_eq!(detect("The meeting is tomorrow at ten"), Lang::En);
        assert_eq!(detect("ok"), Lang::En);
    }
}
