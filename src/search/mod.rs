//! Search: messages and thread replies in every chat the person is in now, people by the
//! directory's rules, channels they are in or may join, and file names.
//!
//! Permissions are part of the query: the chats the person is a member of are read from redb in
//! the request's own read transaction, and the index only ever matches documents of those chats
//! (a per-document check on the `channel` fast field, inside tantivy's intersection). So a page
//! is never short because hidden results were removed, and nothing is counted from a chat the
//! person left or never joined.
//!
//! Query syntax: words (all must match, in any grammatical form: stems), `"a phrase"` (these words
//! in this order), and the last word, while still being typed, also matches as a prefix. Ranking
//! is BM25, and among equally relevant messages the newer comes first.
//!
//! Layer: domain, above `chat` and `people` (it shows their views).

pub mod index;
pub mod text;

use std::collections::HashSet;
use std::ops::Bound;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::doc_predicate_query::{DocPredicateQuery, FunctionPredicate};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, Occur, PhrasePrefixQuery, PhraseQuery, Query as TQuery, RangeQuery, TermQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, SegmentReader, Term};

use crate::chat::views::{ChannelView, MessageView};
use crate::clock::Timestamp;
use crate::error::{Error, Result};
use crate::files::FileView;
use crate::ids::{ChannelId, MessageId, PersonId};
use crate::model::ChannelKind;
use crate::people::PersonView;
use crate::policy::chats::Action;
use crate::policy::{self, Actor};
use crate::store::{self, Reader, Store};

pub use index::Index;

/// The running search: the index and its indexer thread.
#[derive(Clone)]
pub struct Search {
    ix: Arc<Index>,
    stop: Arc<AtomicBool>,
    thread: Arc<std::sync::Mutex<Option<std::thread::JoinHandle<()>>>>,
}

impl Search {
    /// Opens (or makes) the index of `data_dir` and starts the indexer, which first rebuilds the
    /// index if it is not complete, then follows the queue.
    pub fn start(data_dir: &Path, store: Store) -> Result<Search> {
        let ix = Index::open(data_dir)?;
        let stop = Arc::new(AtomicBool::new(false));
        let (i, s) = (ix.clone(), stop.clone());
        let rt = tokio::runtime::Handle::current();
        let thread = std::thread::Builder::new()
            .name("bivouac-search".into())
            .spawn(move || index::run(i, store, rt, s))
            .map_err(|e| Error::internal(format!("cannot start the search indexer: {e}")))?;
        Ok(Search { ix, stop, thread: Arc::new(std::sync::Mutex::new(Some(thread))) })
    }

    /// Rebuilds the index from the data file in the background (`bivouac reindex`).
    pub fn reindex(&self) {
        self.ix.rebuild_asked.store(true, Ordering::SeqCst);
    }

    /// Stops the indexer (its last commit stays; the queue holds the rest).
    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.lock().unwrap_or_else(|p| p.into_inner()).take() {
            let _ = t.join();
        }
    }

    /// Whether every committed change is in the index.
    pub fn caught_up(&self, r: &impl Reader) -> Result<bool> {
        Ok(self.ix.complete.load(Ordering::SeqCst)
            && self.ix.upto.load(Ordering::SeqCst) >= store::search::last_queued(r)?)
    }

    pub fn documents(&self) -> u64 {
        index::doc_count(&self.ix)
    }
}

/// What is asked: `GET /api/search?q=&in=&from=&has=file&after=&before=&limit=&cursor=`.
#[derive(Default, Debug)]
pub struct Query {
    pub q: String,
    pub in_chat: Option<ChannelId>,
    pub from: Option<PersonId>,
    pub has_file: bool,
    pub after: Option<Timestamp>,
    pub before: Option<Timestamp>,
    pub limit: usize,
    /// How many results earlier pages showed.
    pub offset: usize,
}

/// The deepest result one may page to.
const MAX_DEPTH: usize = 1000;
/// Other groups show this many of their best.
const GROUP: usize = 8;

#[derive(Serialize)]
pub struct Hit {
    pub message: MessageView,
    pub channel_id: ChannelId,
    /// The words of the message (as written there) that the query matched, to mark.
    pub highlights: Vec<String>,
}

#[derive(Serialize)]
pub struct FileHit {
    pub file: FileView,
    pub message_id: MessageId,
    pub channel_id: ChannelId,
}

#[derive(Serialize)]
pub struct Results {
    pub messages: Vec<Hit>,
    pub people: Vec<PersonView>,
    pub channels: Vec<ChannelView>,
    pub files: Vec<FileHit>,
    /// Ask again with `cursor=` this for the next page of messages.
    pub next_cursor: Option<String>,
}

/// A query's words: plain words, quoted phrases, and the word being typed (also a prefix).
#[derive(Debug, Default, PartialEq)]
pub struct Parsed {
    pub words: Vec<String>,
    pub phrases: Vec<Vec<String>>,
    pub prefix: Option<String>,
}

impl Parsed {
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty()
    }
}

pub fn parse(q: &str) -> Parsed {
    let mut p = Parsed::default();
    let typing = !q.ends_with(char::is_whitespace) && !q.ends_with('"');
    let segments: Vec<&str> = q.split('"').collect();
    let last = segments.len() - 1;
    for (i, seg) in segments.iter().enumerate() {
        let words: Vec<String> = text::words(seg).into_iter().map(|w| w.lower).take(12).collect();
        if i % 2 == 1 {
            if !words.is_empty() && p.phrases.len() < 6 {
                p.phrases.push(words.iter().map(|w| text::fold(w)).collect());
            }
        } else {
            if i == last && typing {
                p.prefix = words.last().map(|w| text::fold(w));
            }
            p.words.extend(words);
        }
    }
    p.words.truncate(12);
    p
}

fn term_u64(f: tantivy::schema::Field, v: u64) -> Box<dyn TQuery> {
    Box::new(TermQuery::new(Term::from_field_u64(f, v), IndexRecordOption::Basic))
}

fn filter(q: Box<dyn TQuery>) -> (Occur, Box<dyn TQuery>) {
    (Occur::Must, Box::new(BoostQuery::new(q, 0.0)))
}

/// The tantivy query: the words and phrases, then the filters, then the chats one may read.
fn build(ix: &Index, p: &Parsed, q: &Query, allowed: Arc<Vec<u64>>) -> Box<dyn TQuery> {
    let f = ix.fields;
    let mut clauses: Vec<(Occur, Box<dyn TQuery>)> = Vec::new();
    let n = p.words.len();
    for (i, w) in p.words.iter().enumerate() {
        let folded = text::fold(w);
        let mut any: Vec<Box<dyn TQuery>> = text::query_stems(w)
            .into_iter()
            .map(|s| {
                Box::new(TermQuery::new(Term::from_field_text(f.text, &s), IndexRecordOption::WithFreqs))
                    as Box<dyn TQuery>
            })
            .collect();
        any.push(Box::new(TermQuery::new(Term::from_field_text(f.words, &folded), IndexRecordOption::WithFreqs)));
        if i + 1 == n
            && let Some(prefix) = &p.prefix
            && prefix.chars().count() >= 2
        {
            let mut pq = PhrasePrefixQuery::new_with_offset(vec![(0, Term::from_field_text(f.words, prefix))]);
            pq.set_max_expansions(50);
            any.push(Box::new(pq));
        }
        clauses.push((Occur::Must, Box::new(BooleanQuery::union(any))));
    }
    for ph in &p.phrases {
        let terms: Vec<Term> = ph.iter().map(|w| Term::from_field_text(f.words, w)).collect();
        let q: Box<dyn TQuery> = if terms.len() == 1 {
            Box::new(TermQuery::new(terms[0].clone(), IndexRecordOption::WithFreqs))
        } else {
            Box::new(PhraseQuery::new(terms))
        };
        clauses.push((Occur::Must, q));
    }
    if clauses.is_empty() {
        clauses.push(filter(Box::new(AllQuery)));
    }
    if let Some(c) = q.in_chat {
        clauses.push(filter(term_u64(f.channel, c.0)));
    }
    if let Some(a) = q.from {
        clauses.push(filter(term_u64(f.author, a.0)));
    }
    if q.has_file {
        clauses.push(filter(term_u64(f.has_file, 1)));
    }
    if q.after.is_some() || q.before.is_some() {
        let ms = |t: Timestamp| Term::from_field_u64(f.created, u64::try_from(t.0).unwrap_or(0));
        let lo = q.after.map(|t| Bound::Included(ms(t))).unwrap_or(Bound::Unbounded);
        let hi = q.before.map(|t| Bound::Excluded(ms(t))).unwrap_or(Bound::Unbounded);
        clauses.push(filter(Box::new(RangeQuery::new(lo, hi))));
    }
    // Permissions, inside the query: only documents of chats the person is in now.
    let member = FunctionPredicate::from(move |seg: &SegmentReader| {
        let col = seg.fast_fields().u64("channel")?;
        let allowed = allowed.clone();
        Ok(move |doc: DocId| col.first(doc).is_some_and(|c| allowed.binary_search(&c).is_ok()))
    });
    clauses.push(filter(Box::new(DocPredicateQuery::from(member))));
    Box::new(BooleanQuery::new(clauses))
}

/// Relevance in steps of 1/20: within a step, the newer message ranks first.
fn rank(score: f32) -> u64 {
    (score.max(0.0) * 20.0).round() as u64
}

/// The words of `body` that `p` matched, as written there (each once).
pub fn highlights(body: &str, p: &Parsed) -> Vec<String> {
    let plain = index::searchable(body);
    let lang = text::detect(&plain);
    let folded: HashSet<String> =
        p.words.iter().map(|w| text::fold(w)).chain(p.phrases.iter().flatten().cloned()).collect();
    let stems: HashSet<String> = p.words.iter().flat_map(|w| text::query_stems(w)).collect();
    let mut out: Vec<String> = Vec::new();
    for w in text::words(&plain) {
        let f = text::fold(&w.lower);
        let hit = folded.contains(&f)
            || stems.contains(&text::stem(lang, &w.lower))
            || p.prefix.as_ref().is_some_and(|pre| pre.chars().count() >= 2 && f.starts_with(pre.as_str()));
        let word = &plain[w.start..w.end];
        if hit && !out.iter().any(|o| o == word) {
            out.push(word.to_string());
        }
    }
    out
}

fn not_ready() -> Error {
    Error::unavailable("search_rebuilding", crate::msg!("search-rebuilding"))
}

/// Runs a search for `actor` (see the module docs).
pub fn search(s: &Search, r: &impl Reader, actor: &Actor, q: &Query) -> Result<Results> {
    let _ = policy::chats::check(r, actor, Action::Search)?;
    if !s.ix.complete.load(Ordering::SeqCst) {
        return Err(not_ready());
    }
    let mut allowed: Vec<u64> = store::chat::channels_of(r, actor.id)?.into_iter().map(|c| c.0).collect();
    allowed.sort_unstable();
    if let Some(c) = q.in_chat
        && allowed.binary_search(&c.0).is_err()
    {
        return Err(Error::not_found("chat"));
    }
    let p = parse(&q.q);
    let filtered = q.in_chat.is_some() || q.from.is_some() || q.has_file || q.after.is_some() || q.before.is_some();
    let mut out = Results {
        messages: Vec::new(),
        people: Vec::new(),
        channels: Vec::new(),
        files: Vec::new(),
        next_cursor: None,
    };
    if p.is_empty() && !filtered {
        return Ok(out);
    }
    let limit = q.limit.clamp(1, 200);
    if q.offset < MAX_DEPTH {
        let query = build(&s.ix, &p, q, Arc::new(allowed.clone()));
        // A few more than asked: a message deleted a moment ago (its document goes within a
        // second) is skipped without making the page short.
        let want = limit + 1 + 8;
        let searcher = s.ix.reader.searcher();
        let collector = TopDocs::with_limit(want).and_offset(q.offset).tweak_score(move |seg: &SegmentReader| {
            let created = seg.fast_fields().u64("created").ok().map(|c| c.first_or_default_col(0));
            let id = seg.fast_fields().u64("id").ok().map(|c| c.first_or_default_col(0));
            move |doc: DocId, score: tantivy::Score| {
                let get = |c: &Option<Arc<dyn tantivy::columnar::ColumnValues<u64>>>| {
                    c.as_ref().map(|c| c.get_val(doc)).unwrap_or(0)
                };
                (rank(score), get(&created), get(&id))
            }
        });
        let hits = searcher.search(&*query, &collector).map_err(|e| Error::internal(format!("search: {e}")))?;
        let mut used = 0;
        for ((_, _, id), _) in &hits {
            if out.messages.len() == limit {
                break;
            }
            used += 1;
            let Some(m) = store::chat::message(r, MessageId(*id))? else { continue };
            if m.deleted || allowed.binary_search(&m.channel.0).is_err() {
                continue;
            }
            out.messages.push(Hit {
                highlights: highlights(&m.body, &p),
                channel_id: m.channel,
                message: crate::chat::views::message(r, &m, Some(actor.id))?,
            });
        }
        if hits.len() > used {
            out.next_cursor = Some((q.offset + used).to_string());
        }
    }
    if q.offset == 0 && !p.is_empty() {
        out.people = people(r, actor, &p)?;
        out.channels = channels(r, actor, &p)?;
        out.files = files(s, r, &p, q, Arc::new(allowed))?;
    }
    Ok(out)
}

fn name_matches(name: &str, p: &Parsed) -> bool {
    let hay = text::fold(&name.to_lowercase());
    p.words.iter().chain(p.phrases.iter().flatten()).all(|w| hay.contains(&text::fold(w)))
}

/// People whose name, email or title has every word, by the directory's rules.
fn people(r: &impl Reader, actor: &Actor, p: &Parsed) -> Result<Vec<PersonView>> {
    let words: Vec<String> = p.words.iter().chain(p.phrases.iter().flatten()).cloned().collect();
    let f = crate::people::Filter { q: Some(words.join(" ")), department: None, all_states: false };
    let page = crate::people::directory(r, actor, &f, None, GROUP)?;
    Ok(page.items)
}

/// Channels the person is in, and public ones they may join, whose name has every word.
fn channels(r: &impl Reader, actor: &Actor, p: &Parsed) -> Result<Vec<ChannelView>> {
    let mut out = Vec::new();
    let mine = store::chat::memberships_page(r, actor.id, None, 200, |c| {
        c.kind == ChannelKind::Channel && name_matches(&c.name, p)
    })?;
    for c in mine.items.iter().take(GROUP) {
        out.push(crate::chat::views::view(r, c, actor)?);
    }
    if policy::chats::check(r, actor, Action::BrowseChannels).is_ok() {
        let mut after = None;
        for _ in 0..5 {
            let page = store::chat::public_page(r, after.as_ref(), 200)?;
            for c in page.items.iter().filter(|c| name_matches(&c.name, p)) {
                if out.len() >= 2 * GROUP || out.iter().any(|v: &ChannelView| v.id == c.id) {
                    continue;
                }
                out.push(crate::chat::views::view(r, c, actor)?);
            }
            match page.next {
                Some(n) => after = Some(n),
                None => break,
            }
        }
    }
    Ok(out)
}

/// Files whose name has the words, in chats the person is in.
fn files(s: &Search, r: &impl Reader, p: &Parsed, q: &Query, allowed: Arc<Vec<u64>>) -> Result<Vec<FileHit>> {
    let f = s.ix.fields;
    let mut clauses: Vec<(Occur, Box<dyn TQuery>)> = p
        .words
        .iter()
        .chain(p.phrases.iter().flatten())
        .enumerate()
        .map(|(i, w)| {
            let folded = text::fold(w);
            let exact: Box<dyn TQuery> =
                Box::new(TermQuery::new(Term::from_field_text(f.names, &folded), IndexRecordOption::WithFreqs));
            let last = i + 1 == p.words.len() && p.prefix.is_some() && folded.chars().count() >= 2;
            let q: Box<dyn TQuery> = if last {
                let mut pq = PhrasePrefixQuery::new_with_offset(vec![(0, Term::from_field_text(f.names, &folded))]);
                pq.set_max_expansions(50);
                Box::new(BooleanQuery::union(vec![exact, Box::new(pq)]))
            } else {
                exact
            };
            (Occur::Must, q)
        })
        .collect();
    if clauses.is_empty() {
        return Ok(Vec::new());
    }
    if let Some(c) = q.in_chat {
        clauses.push(filter(term_u64(f.channel, c.0)));
    }
    let member = FunctionPredicate::from(move |seg: &SegmentReader| {
        let col = seg.fast_fields().u64("channel")?;
        let allowed = allowed.clone();
        Ok(move |doc: DocId| col.first(doc).is_some_and(|c| allowed.binary_search(&c).is_ok()))
    });
    clauses.push(filter(Box::new(DocPredicateQuery::from(member))));
    let query = BooleanQuery::new(clauses);
    let searcher = s.ix.reader.searcher();
    let hits = searcher
        .search(&query, &TopDocs::with_limit(GROUP).order_by_score())
        .map_err(|e| Error::internal(format!("search: {e}")))?;
    let mut out = Vec::new();
    for (_, addr) in hits {
        let Some(id) = index::id_of(&searcher, addr) else { continue };
        let Some(m) = store::chat::message(r, id)? else { continue };
        if m.deleted {
            continue;
        }
        for file in store::files::of_message(r, m.channel, m.id)? {
            if name_matches(&file.name, p) || p.prefix.is_some() {
                out.push(FileHit { file: FileView::of(&file), message_id: m.id, channel_id: m.channel });
            }
        }
    }
    out.truncate(GROUP);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_parse_into_words_phrases_and_a_prefix() {
        let p = parse("Отчёт \"quarterly plan\" meet");
        assert_eq!(p.words, ["отчёт", "meet"]);
        assert_eq!(p.phrases, [vec!["quarterly".to_string(), "plan".to_string()]]);
        assert_eq!(p.prefix.as_deref(), Some("meet"));
        assert_eq!(parse("meet ").prefix, None);
        assert!(parse("  ").is_empty());
        let h = highlights("Meeting moved; the meetings are <@0123456789abc> long", &parse("meeting"));
        assert_eq!(h, ["Meeting", "meetings"]);
    }
}
