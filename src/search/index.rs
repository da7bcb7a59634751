//! The tantivy index in `<data_dir>/search/`: derived data, rebuilt from redb whenever it is
//! missing, damaged, of another schema, or asked to (`bivouac reindex`).
//!
//! One document per live message (replies included): its id, chat, author, time, whether it
//! carries files, and three text fields: `text` (stems in the message's language: ranking and
//! recall), `words` (folded words with positions: phrases, prefixes and exact words) and `names`
//! (the words of its files' names). Deleted messages have no document.
//!
//! Keeping up: every change to a message queues it in redb (`store::search`) in the change's own
//! commit. The indexer thread reads the queue after the position its last commit recorded (the
//! commit's payload), (re)indexes those messages from their current rows, commits (about every
//! 200 ms while there are changes) and then prunes the queue. A crash at any point leaves the
//! queue ahead of the index, never behind it, so the next start catches up without losing a
//! message.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use tantivy::schema::{FAST, Field, INDEXED, IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::{PreTokenizedString, Token};
use tantivy::{IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use super::text;
use crate::error::{Error, Result};
use crate::ids::MessageId;
use crate::model::Message;
use crate::store::{self, Reader, Store};

pub const DIR: &str = "search";
/// Bumped when the schema or the analysis changes: an index of another version is rebuilt.
const VERSION: &str = "bivouac-search-1";
const VERSION_FILE: &str = "bivouac-version";
/// The indexer's memory for a batch of documents before it must flush a segment.
const WRITER_MEMORY: usize = 32 << 20;
/// How long the indexer waits between looks at the queue while it is empty.
pub const TICK: Duration = Duration::from_millis(200);

#[derive(Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub channel: Field,
    pub author: Field,
    pub created: Field,
    pub has_file: Field,
    pub text: Field,
    pub words: Field,
    pub names: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let id = b.add_u64_field("id", INDEXED | FAST);
    let channel = b.add_u64_field("channel", INDEXED | FAST);
    let author = b.add_u64_field("author", INDEXED);
    let created = b.add_u64_field("created", INDEXED | FAST);
    let has_file = b.add_u64_field("has_file", INDEXED);
    let opts = |o: IndexRecordOption| {
        TextOptions::default()
            .set_indexing_options(TextFieldIndexing::default().set_tokenizer("raw").set_index_option(o))
    };
    let text = b.add_text_field("text", opts(IndexRecordOption::WithFreqs));
    let words = b.add_text_field("words", opts(IndexRecordOption::WithFreqsAndPositions));
    let names = b.add_text_field("names", opts(IndexRecordOption::WithFreqsAndPositions));
    (b.build(), Fields { id, channel, author, created, has_file, text, words, names })
}

/// Message text as search sees it: mentions (`<@id>`) are not words.
pub fn searchable(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find("<@") {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        match tail.find('>') {
            Some(j) if j <= 16 => {
                out.push(' ');
                rest = &tail[j + 1..];
            }
            _ => {
                out.push_str("<@");
                rest = &tail[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn tokens(words: impl Iterator<Item = String>) -> PreTokenizedString {
    let tokens = words
        .enumerate()
        .map(|(position, text)| Token { offset_from: 0, offset_to: 0, position, text, position_length: 1 })
        .collect();
    PreTokenizedString { text: String::new(), tokens }
}

/// The document of a live message with the names of its files.
pub fn document(f: &Fields, m: &Message, file_names: &[String]) -> TantivyDocument {
    let body = searchable(&m.body);
    let names_text = file_names.join(" ");
    let lang = text::detect(&body);
    let body_words = text::words(&body);
    let name_words = text::words(&names_text);
    let all = body_words.iter().chain(name_words.iter());
    let mut doc = TantivyDocument::new();
    doc.add_u64(f.id, m.id.0);
    doc.add_u64(f.channel, m.channel.0);
    doc.add_u64(f.author, m.author.0);
    doc.add_u64(f.created, u64::try_from(m.created_at.0).unwrap_or(0));
    doc.add_u64(f.has_file, u64::from(!file_names.is_empty()));
    let name_lang = if name_words.is_empty() { lang } else { text::detect(&names_text) };
    let stems = body_words
        .iter()
        .map(|w| text::stem(lang, &w.lower))
        .chain(name_words.iter().map(|w| text::stem(name_lang, &w.lower)));
    doc.add_pre_tokenized_text(f.text, tokens(stems));
    doc.add_pre_tokenized_text(f.words, tokens(all.map(|w| text::fold(&w.lower))));
    doc.add_pre_tokenized_text(f.names, tokens(name_words.iter().map(|w| text::fold(&w.lower))));
    doc
}

/// The index and its reader. The writer belongs to the indexer thread.
pub struct Index {
    pub index: tantivy::Index,
    pub reader: IndexReader,
    pub fields: Fields,
    dir: PathBuf,
    /// The queue position the index has committed (everything up to it is in).
    pub upto: AtomicU64,
    /// True once the index holds every message (false while it is rebuilt from scratch).
    pub complete: AtomicBool,
    /// Asked to rebuild (`bivouac reindex`).
    pub rebuild_asked: AtomicBool,
}

fn tantivy_err(e: impl std::fmt::Display) -> Error {
    Error::internal(format!("search index: {e}"))
}

impl Index {
    /// Opens the index in `data_dir/search`, or makes an empty one (which then needs a rebuild:
    /// [`Index::complete`] is false) when it is missing, damaged or of another version.
    pub fn open(data_dir: &Path) -> Result<Arc<Index>> {
        let dir = data_dir.join(DIR);
        let (schema, fields) = schema();
        let version_ok = std::fs::read_to_string(dir.join(VERSION_FILE)).is_ok_and(|v| v.trim() == VERSION);
        let opened = if version_ok { tantivy::Index::open_in_dir(&dir).ok() } else { None };
        let opened = opened.filter(|i| i.schema() == schema);
        let (index, payload) = match opened.and_then(|i| i.load_metas().ok().map(|m| (i, m.payload))) {
            Some((i, Some(p))) => (i, p.parse::<u64>().ok()),
            _ => {
                if dir.exists() {
                    tracing::warn!("the search index is missing, damaged or from another version; rebuilding it");
                    std::fs::remove_dir_all(&dir).map_err(tantivy_err)?;
                }
                std::fs::create_dir_all(&dir).map_err(tantivy_err)?;
                let i = tantivy::Index::create_in_dir(&dir, schema).map_err(tantivy_err)?;
                std::fs::write(dir.join(VERSION_FILE), VERSION).map_err(tantivy_err)?;
                (i, None)
            }
        };
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(tantivy_err)?;
        Ok(Arc::new(Index {
            index,
            reader,
            fields,
            dir,
            upto: AtomicU64::new(payload.unwrap_or(0)),
            complete: AtomicBool::new(payload.is_some()),
            rebuild_asked: AtomicBool::new(false),
        }))
    }

    fn writer(&self) -> Result<IndexWriter> {
        self.index.writer_with_num_threads(1, WRITER_MEMORY).map_err(tantivy_err)
    }

    /// Deletes the index directory (after a restore: it belongs to another data file).
    pub fn remove(data_dir: &Path) {
        let _ = std::fs::remove_dir_all(data_dir.join(DIR));
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

fn file_names(r: &impl Reader, m: &Message) -> Result<Vec<String>> {
    Ok(store::files::of_message(r, m.channel, m.id)?.into_iter().map(|f| f.name).collect())
}

fn commit(w: &mut IndexWriter, upto: u64) -> Result<()> {
    let mut prepared = w.prepare_commit().map_err(tantivy_err)?;
    prepared.set_payload(&upto.to_string());
    prepared.commit().map_err(tantivy_err)?;
    Ok(())
}

/// Indexes every message of a snapshot into an emptied index; returns the queue position the
/// snapshot includes.
fn rebuild(ix: &Index, w: &mut IndexWriter, store: &Store) -> Result<u64> {
    let started = std::time::Instant::now();
    ix.complete.store(false, Ordering::SeqCst);
    w.delete_all_documents().map_err(tantivy_err)?;
    let r = store.read()?;
    let upto = store::search::last_queued(&r)?;
    let mut n = 0u64;
    store::search::for_each_message(&r, |m| {
        if !m.deleted {
            let names = file_names(&r, &m)?;
            w.add_document(document(&ix.fields, &m, &names)).map_err(tantivy_err)?;
            n += 1;
        }
        Ok(true)
    })?;
    drop(r);
    commit(w, upto)?;
    ix.reader.reload().map_err(tantivy_err)?;
    ix.upto.store(upto, Ordering::SeqCst);
    ix.complete.store(true, Ordering::SeqCst);
    tracing::info!(messages = n, secs = started.elapsed().as_secs_f64(), "search index rebuilt");
    Ok(upto)
}

/// Applies queued changes after the index's position; returns how many were applied.
fn catch_up(ix: &Index, w: &mut IndexWriter, store: &Store) -> Result<usize> {
    let after = ix.upto.load(Ordering::SeqCst);
    let r = store.read()?;
    let queued = store::search::queued_after(&r, after, 10_000)?;
    let Some(&(last, _)) = queued.last() else { return Ok(0) };
    let mut seen = std::collections::HashSet::new();
    for (_, id) in queued.iter().rev() {
        // The latest row of a message decides; earlier ones of the same message are the same work.
        if !seen.insert(*id) {
            continue;
        }
        w.delete_term(Term::from_field_u64(ix.fields.id, id.0));
        if let Some(m) = store::chat::message(&r, *id)?
            && !m.deleted
        {
            let names = file_names(&r, &m)?;
            w.add_document(document(&ix.fields, &m, &names)).map_err(tantivy_err)?;
        }
    }
    drop(r);
    commit(w, last)?;
    ix.reader.reload().map_err(tantivy_err)?;
    ix.upto.store(last, Ordering::SeqCst);
    Ok(queued.len())
}

/// The indexer: a thread that rebuilds when needed and keeps the index caught up with the queue,
/// until `stop` is set. Prunes the queue through `store` (on the runtime of `rt`).
pub fn run(ix: Arc<Index>, store: Store, rt: tokio::runtime::Handle, stop: Arc<AtomicBool>) {
    let mut w = match ix.writer() {
        Ok(w) => w,
        Err(e) => {
            tracing::error!(error = %e.message, "the search indexer cannot start: search will not find new messages");
            return;
        }
    };
    let mut pruned = 0;
    while !stop.load(Ordering::SeqCst) {
        let work = if !ix.complete.load(Ordering::SeqCst) || ix.rebuild_asked.swap(false, Ordering::SeqCst) {
            rebuild(&ix, &mut w, &store).map(|_| 1)
        } else {
            catch_up(&ix, &mut w, &store)
        };
        match work {
            Ok(n) => {
                let upto = ix.upto.load(Ordering::SeqCst);
                if upto > pruned {
                    let s = store.clone();
                    let done = rt.block_on(async move {
                        s.write(move |tx| {
                            store::search::prune(tx, &crate::policy::system("the search index has these"), upto, 20_000)
                        })
                        .await
                    });
                    if done.is_ok() {
                        pruned = upto;
                    }
                }
                if n > 0 {
                    continue;
                }
            }
            Err(e) => {
                if store.failed() {
                    return;
                }
                tracing::error!(error = %e.message, "search indexing failed; retrying in a few seconds");
                std::thread::sleep(Duration::from_secs(3));
            }
        }
        std::thread::sleep(TICK);
    }
    let _ = w.wait_merging_threads();
}

/// Rebuilds the index of a stopped server's data directory (`bivouac reindex` offline).
pub fn reindex_offline(data_dir: &Path, store: &Store) -> Result<u64> {
    Index::remove(data_dir);
    let ix = Index::open(data_dir)?;
    let mut w = ix.writer()?;
    let n = rebuild(&ix, &mut w, store)?;
    w.wait_merging_threads().map_err(tantivy_err)?;
    Ok(n)
}

/// How many documents the index holds (for tests and the benchmark).
pub fn doc_count(ix: &Index) -> u64 {
    ix.reader.searcher().num_docs()
}

/// The id of a document, from its fast field.
pub fn id_of(searcher: &tantivy::Searcher, addr: tantivy::DocAddress) -> Option<MessageId> {
    let seg = searcher.segment_reader(addr.segment_ord);
    let col = seg.fast_fields().u64("id").ok()?;
    col.first(addr.doc_id).map(MessageId)
}
