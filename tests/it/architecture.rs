//! The architecture's invariants, checked on the source: layers without a circle, redb only in
//! the store, no role decision outside the policy (in Rust and in the web UI), and the policy's
//! `system` proof only where nobody asked for the write.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        } else if p.extension().is_some_and(|e| e == ext) {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// The top-level module a file of `src/` belongs to (`src/chat/views.rs` -> `chat`).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy().into_owned();
    first.trim_end_matches(".rs").to_string()
}

/// Which top-level modules each top-level module uses (`crate::x`, or `use crate::{x, ..}`).
fn module_uses() -> BTreeMap<String, BTreeSet<String>> {
    let src = root().join("src");
    let modules: BTreeSet<String> =
        files(&src, "rs").iter().map(|f| module_of(&src, f)).filter(|m| m != "lib" && m != "main").collect();
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in files(&src, "rs") {
        let from = module_of(&src, &f);
        if from == "lib" || from == "main" {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap();
        let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        for part in code.split("crate::").skip(1) {
            let mut names = Vec::new();
            if let Some(group) = part.strip_prefix('{') {
                let group = &group[..group.find('}').unwrap_or(group.len())];
                names.extend(group.split(',').map(|n| n.trim().split("::").next().unwrap_or("").trim().to_string()));
            } else {
                names.push(part.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect());
            }
            for n in names {
                if modules.contains(&n) && n != from {
                    uses.entry(from.clone()).or_default().insert(n);
                }
            }
        }
    }
    uses
}

#[test]
fn the_modules_of_src_import_each_other_in_no_circle() {
    let uses = module_uses();
    assert!(uses.get("http").is_some_and(|u| u.contains("chat")), "the scan found too little: {uses:?}");
    // Depth-first search for a back edge.
    fn visit(
        m: &str,
        uses: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == m) {
            let mut circle = path[i..].to_vec();
            circle.push(m.to_string());
            return Some(circle);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for next in uses.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, uses, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for m in uses.keys() {
        if let Some(circle) = visit(m, &uses, &mut Vec::new(), &mut done) {
            panic!("modules of src/ import each other in a circle: {}", circle.join(" -> "));
        }
    }
}

#[test]
fn the_lower_layers_do_not_reach_up() {
    let uses = module_uses();
    for (low, high) in [
        ("policy", "store"),
        ("store", "people"),
        ("store", "chat"),
        ("store", "http"),
        ("people", "http"),
        ("chat", "http"),
        ("chat", "sidebar"),
        ("invites", "people"),
        ("auth", "people"),
        ("auth", "invites"),
        ("http", "app"),
    ] {
        assert!(!uses.get(low).is_some_and(|u| u.contains(high)), "{low} must not import {high}");
    }
    for m in ["ids", "clock", "error", "model", "input", "i18n"] {
        let up: Vec<&String> = uses
            .get(m)
            .into_iter()
            .flatten()
            .filter(|u| !["ids", "clock", "error", "i18n"].contains(&u.as_str()))
            .collect();
        assert!(up.is_empty(), "the leaf module {m} imports {up:?}");
    }
}

#[test]
fn only_the_store_imports_redb() {
    let src = root().join("src");
    for f in files(&src, "rs") {
        if module_of(&src, &f) == "store" {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap();
        assert!(!text.contains("redb::"), "{} uses redb; only src/store may", f.display());
    }
}

#[test]
fn no_role_is_compared_outside_the_policy() {
    let src = root().join("src");
    for f in files(&src, "rs") {
        let m = module_of(&src, &f);
        if m == "policy" || m == "model" {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap();
        for (i, line) in text.lines().enumerate() {
            let l = line.replace(' ', "");
            let compares = l.contains(".role==")
                || l.contains(".role!=")
                || l.contains("==Role::")
                || l.contains("!=Role::")
                || (l.contains("matches!(") && l.contains("role"));
            assert!(!compares, "{}:{}: a role decision outside src/policy: {line}", f.display(), i + 1);
        }
    }
    for f in files(&root().join("web"), "js") {
        let text = std::fs::read_to_string(&f).unwrap();
        for (i, line) in text.lines().enumerate() {
            let l = line.replace(' ', "");
            let compares = ["owner", "admin", "integrator", "employee", "freelancer"].iter().any(|r| {
                l.contains(&format!("==='{r}'"))
                    || l.contains(&format!("!=='{r}'"))
                    || l.contains(&format!("'{r}'].includes("))
            }) || l.contains(".role===")
                || l.contains(".role!==");
            assert!(
                !compares,
                "{}:{}: a role decision in the web UI (use `can` from the server): {line}",
                f.display(),
                i + 1
            );
        }
    }
}

#[test]
fn the_system_proof_is_used_only_for_writes_nobody_asked_for() {
    let src = root().join("src");
    // Housekeeping too: freeing deleted files, collecting unposted uploads, pruning the search
    // queue the index has committed; and the notifier's work after a post (queueing pushes,
    // recording deliveries, the VAPID key at first start, the "what you missed" mail).
    let allowed = [
        "src/auth/mod.rs",
        "src/mail/sender.rs",
        "src/people/mod.rs",
        "src/policy/mod.rs",
        "src/files/blobs.rs",
        "src/files/mod.rs",
        "src/search/index.rs",
        "src/notify/planner.rs",
        "src/notify/push.rs",
        "src/notify/missed.rs",
        "src/notify/reminders.rs",
    ];
    for f in files(&src, "rs") {
        let text = std::fs::read_to_string(&f).unwrap();
        let rel = f.strip_prefix(root()).unwrap().to_string_lossy().into_owned();
        if text.contains("policy::system(") || text.contains("pub fn system(") {
            assert!(
                allowed.contains(&rel.as_str()),
                "{rel} uses policy::system; a write a person asked for needs a policy check"
            );
        }
    }
}
