//! The message catalogs (`web/i18n/<lang>/*.ftl`): every language has every key, with the same
//! placeholders; every key is used, and every key the code asks for exists; each file parses.
//! (The languages must also read right; that is for people, not this test.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LANGS: [&str; 4] = ["en", "ru", "de", "es"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// key -> the placeholders (`$name`) its message uses, and the other messages it refers to.
fn entries(text: &str) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    let mut out: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    let mut key: Option<String> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(char::is_whitespace)
            && let Some((k, _)) = line.split_once(" =")
        {
            key = Some(k.trim().to_string());
            out.entry(k.trim().to_string()).or_default();
        }
        let Some(k) = &key else { continue };
        let e = out.get_mut(k).unwrap();
        for part in line.split('{').skip(1) {
            let inner = part.split('}').next().unwrap_or("").trim();
            if let Some(var) = inner.strip_prefix('$') {
                e.0.insert(var.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap().to_string());
            } else if inner.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && !inner.contains(' ') {
                e.1.insert(inner.to_string());
            }
        }
    }
    out
}

fn read(lang: &str, file: &str) -> String {
    std::fs::read_to_string(root().join("web/i18n").join(lang).join(file)).unwrap()
}

fn sources(dir: &Path, ext: &str) -> String {
    let mut out = String::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            if !p.ends_with("vendor") {
                stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
            }
        } else if p.extension().is_some_and(|e| e == ext) {
            out.push_str(&std::fs::read_to_string(&p).unwrap());
            out.push('\n');
        }
    }
    out
}

/// The literal first arguments of `call(` in `code` (`t('key'`, `msg!("key"`), where the call
/// is a whole word (not the end of `split(`).
fn asked_for(code: &str, call: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, _) in code.match_indices(call) {
        let before = code[..i].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == '$') {
            continue;
        }
        let rest = &code[i + call.len()..];
        let Some(q) = rest.chars().next().filter(|q| *q == '\'' || *q == '"') else { continue };
        if let Some(key) = rest[1..].split(q).next()
            && key != "key"
        {
            out.insert(key.to_string());
        }
    }
    out
}

#[test]
fn every_language_has_every_key_with_the_same_placeholders() {
    for file in ["server.ftl", "ui.ftl"] {
        let en = entries(&read("en", file));
        assert!(!en.is_empty(), "{file} is empty");
        for lang in LANGS {
            let text = read(lang, file);
            if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(text.clone()) {
                panic!("{lang}/{file} does not parse: {errors:?}");
            }
            let other = entries(&text);
            let missing: Vec<&String> = en.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<&String> = other.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{lang}/{file} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang}/{file} has keys English does not: {extra:?}");
            for (k, (vars, _)) in &en {
                assert_eq!(vars, &other[k].0, "{lang}/{file}: {k} has other placeholders than in English");
            }
        }
    }
}

#[test]
fn every_key_is_used_and_every_key_asked_for_exists() {
    let rust = sources(&root().join("src"), "rs");
    let js = sources(&root().join("web/app"), "js");
    for (file, code, call) in [("server.ftl", &rust, "msg!("), ("ui.ftl", &js, "t(")] {
        let en = entries(&read("en", file));
        let referenced: BTreeSet<String> = en.values().flat_map(|(_, refs)| refs.iter().cloned()).collect();
        for key in en.keys() {
            let used =
                code.contains(&format!("\"{key}\"")) || code.contains(&format!("'{key}'")) || referenced.contains(key);
            assert!(used, "{file}: the key {key} is used nowhere (remove it, or use it)");
        }
        for key in asked_for(code, call) {
            assert!(en.contains_key(&key), "the code asks for {key}, which {file} does not have");
        }
    }
}
