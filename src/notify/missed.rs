//! The "what you missed" mail: a direct message or mention a person has not read within their
//! email delay (default 15 minutes; 0 turns it off) brings one mail that gathers everything then
//! waiting, with a link to each chat, through the outbox like every mail; never more than one an
//! hour per person (`planner::MAIL_EVERY`).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::error::Result;
use crate::i18n::Lang;
use crate::ids::{ChannelId, MailId, PersonId};
use crate::mail::Letter;
use crate::mail::sender::Outbox;
use crate::model::{ChannelKind, Mail, MailPurpose, MissedState, Reach};
use crate::msg;
use crate::policy;
use crate::store::{self, Reader, Store, WriteTx, chat::Scope};

/// The most items one mail gathers (the rest wait for the next).
const MAX_ITEMS: usize = 200;

/// Stops the task.
#[derive(Clone, Default)]
pub struct Stop(Arc<AtomicBool>);

impl Stop {
    pub fn stop(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// Every second: for each person whose mail is due, queue it (or nothing, if all was read).
pub async fn run(store: Store, base_url: String, outbox: Outbox, stop: Stop) {
    while !stop.0.load(Ordering::SeqCst) {
        tokio::time::sleep(Duration::from_secs(1)).await;
        let due = store.read().and_then(|r| store::notify::missed_due(&r, store.now(), 32)).unwrap_or_default();
        for person in due {
            let base = base_url.clone();
            match store.write(move |tx| send(tx, person, &base)).await {
                Ok(true) => outbox.wake(),
                Ok(false) => {}
                Err(e) => tracing::warn!(error = %e, "could not prepare a what-you-missed mail"),
            }
        }
    }
}

/// One chat's share of the mail.
struct Group {
    chat: String,
    kind: ChannelKind,
    authors: Vec<String>,
    direct: u32,
    mentions: u32,
    link: String,
}

/// Queues the mail of `person` if anything is still unread; clears what was waiting either way.
/// True if a mail was queued.
pub fn send(tx: &mut WriteTx<'_>, person: PersonId, base_url: &str) -> Result<bool> {
    let ok = policy::system("mail what a person missed");
    let now = tx.now();
    let mut state: MissedState = store::notify::missed_state(tx, person)?;
    let items = store::notify::missed_of(tx, person, MAX_ITEMS)?;
    let p = store::people::get(tx, person)?;
    let profile = store::notify::profile(tx, person)?;
    let mut groups: BTreeMap<ChannelId, Group> = BTreeMap::new();
    if let Some(p) = p.as_ref().filter(|p| p.can_sign_in(now) && profile.email_delay_min > 0) {
        for it in &items {
            let scope = it.thread_root.map(Scope::Thread).unwrap_or(Scope::Chat(it.channel));
            let read = store::chat::read_pos(tx, p.id, scope)?.unwrap_or_default();
            let Some(m) = store::chat::message(tx, it.message)? else { continue };
            let Some(c) = store::chat::channel(tx, it.channel)? else { continue };
            if read.message >= it.message.0 || m.deleted || !store::chat::is_member(tx, c.id, p.id)? {
                continue;
            }
            let author = store::people::get(tx, m.author)?.map(|a| a.full_name()).unwrap_or_default();
            let g = groups.entry(c.id).or_insert_with(|| Group {
                chat: if c.kind == ChannelKind::Channel { format!("#{}", c.name) } else { author.clone() },
                kind: c.kind,
                authors: Vec::new(),
                direct: 0,
                mentions: 0,
                link: format!("{base_url}/c/{}?at={}", c.id, it.thread_root.unwrap_or(it.message)),
            });
            if !g.authors.contains(&author) {
                g.authors.push(author);
            }
            match it.reach {
                Reach::Mention => g.mentions += 1,
                _ => g.direct += 1,
            }
        }
    }
    for it in &items {
        store::notify::remove_missed(tx, &ok, person, it.message)?;
    }
    let more = !store::notify::missed_of(tx, person, 1)?.is_empty();
    state.due = if more { Some(now.plus(super::planner::MAIL_EVERY)) } else { None };
    let (Some(p), false) = (p, groups.is_empty()) else {
        store::notify::save_missed_state(tx, &ok, person, &state)?;
        return Ok(false);
    };
    let company = store::meta::company_name(tx)?.unwrap_or_else(|| "Bivouac".into());
    let lang = store::languages::of_person(tx, person)?;
    let letter = letter(lang, &p.first_name, &company, profile.email_delay_min, groups.values(), base_url);
    let mail = Mail {
        id: MailId(tx.new_id()),
        purpose: MailPurpose::Missed(person),
        to: p.email.clone(),
        subject: letter.subject,
        text: letter.text,
        html: letter.html,
        created_at: now,
        due: now,
        attempts: 0,
        last_error: String::new(),
    };
    store::mail::save(tx, &ok, &mail)?;
    state.last_sent = Some(now);
    store::notify::save_missed_state(tx, &ok, person, &state)?;
    Ok(true)
}

fn letter<'a>(
    lang: Lang,
    first_name: &str,
    company: &str,
    minutes: u32,
    groups: impl Iterator<Item = &'a Group>,
    base_url: &str,
) -> Letter {
    let groups: Vec<&Group> = groups.collect();
    let total: u32 = groups.iter().map(|g| g.direct + g.mentions).sum();
    let lines: Vec<(String, String)> = groups
        .iter()
        .map(|g| {
            let who = g.authors.join(", ");
            let line = if g.mentions > 0 && g.kind == ChannelKind::Channel {
                msg!("missed-mention", count = g.mentions, who = who, chat = g.chat.clone()).render(lang)
            } else {
                msg!("missed-direct", count = g.direct + g.mentions, who = who).render(lang)
            };
            (line, g.link.clone())
        })
        .collect();
    let hello = msg!("missed-hello", name = first_name).render(lang);
    let lead = msg!("missed-lead").render(lang);
    let why = msg!("missed-why", minutes = minutes).render(lang);
    let open = msg!("missed-open").render(lang);
    let mut text = format!("{hello}\n\n{lead}\n\n");
    for (line, link) in &lines {
        text.push_str(&format!("- {line}\n  {link}\n"));
    }
    text.push_str(&format!("\n{why}\n"));
    let esc = crate::mail::esc;
    let list: String = lines
        .iter()
        .map(|(line, link)| format!("<li style=\"margin:0 0 8px\"><a href=\"{}\">{}</a></li>", esc(link), esc(line)))
        .collect();
    let html = format!(
        "<!doctype html><html><body style=\"font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1b2422;\
         background:#f7f8f8;padding:24px\"><div style=\"max-width:520px;margin:0 auto;background:#fff;border:1px solid #dde2e2;\
         border-radius:12px;padding:28px\"><p>{}</p><p>{}</p><ul style=\"padding-left:20px\">{list}</ul>\
         <p style=\"margin:24px 0\"><a href=\"{}\" style=\"background:#0f766e;color:#fff;text-decoration:none;padding:12px 20px;\
         border-radius:8px;font-weight:600;display:inline-block\">{}</a></p><p style=\"color:#5b6664;font-size:13px\">{}</p></div></body></html>",
        esc(&hello),
        esc(&lead),
        esc(base_url),
        esc(&open),
        esc(&why),
    );
    Letter { subject: msg!("missed-subject", count = total, company = company).render(lang), text, html }
}
