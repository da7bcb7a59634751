// Sending messages: each gets a random client_id, kept (also in localStorage) until the server
// has it, so a retry after a failure or a reload is stored once. Messages not yet acknowledged
// are shown greyed; failed ones offer Retry, and those that failed for want of a connection go
// out again by themselves when it is back (`retryWhenBack`).

import { api } from './api.js';
import { session } from './state.js';
import { t } from './i18n.js';

const pending = new Map();
let loaded = false;

function storeKey() {
  return `bivouac.outbox.${session.person.id}`;
}

function load() {
  if (loaded) return;
  loaded = true;
  try {
    for (const m of JSON.parse(localStorage.getItem(storeKey()) || '[]')) {
      // Whatever was in flight when the page went away is shown as not sent; Retry is safe.
      pending.set(m.client_id, { ...m, local: 'failed', error: m.error || t('not-sent-page-closed') });
    }
  } catch { /* nothing to restore */ }
}

function save() {
  try {
    const list = [...pending.values()].map(({ client_id, channel_id, thread_root, body, created_at, error, files }) =>
      ({ client_id, channel_id, thread_root, body, created_at, author_id: session.person.id, error, files }));
    if (list.length) localStorage.setItem(storeKey(), JSON.stringify(list));
    else localStorage.removeItem(storeKey());
  } catch { /* storage off: memory still has them */ }
}

export function newClientId() {
  if (crypto.randomUUID) {
    try {
      return crypto.randomUUID();
    } catch { /* not a secure context */ }
  }
  const b = crypto.getRandomValues(new Uint8Array(16));
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}

// Unsent messages of a chat (top level when threadRoot is null) or of one thread.
export function unsent(channelId, threadRoot = null) {
  load();
  return [...pending.values()].filter((m) => m.channel_id === channelId && (m.thread_root || null) === threadRoot);
}

// `files`: uploaded files (the server's answers to the uploads) to post with it.
export function draftMessage(channelId, body, threadRoot = null, files = []) {
  load();
  const m = {
    client_id: newClientId(), channel_id: channelId, body, author_id: session.person.id,
    created_at: new Date().toISOString(), local: 'sending', mentions: [], reply_count: 0, deleted: false, files,
  };
  if (threadRoot) m.thread_root = threadRoot;
  pending.set(m.client_id, m);
  save();
  return m;
}

// Posts `m` (a draftMessage). Resolves with the stored message; on failure marks it failed and
// rethrows. Validation errors (4xx other than 408/429) drop it from the outbox: retrying would
// fail the same way, so the caller gives the text back to the composer.
export async function deliver(m) {
  m.local = 'sending';
  m.error = null;
  const body = { client_id: m.client_id, body: m.body };
  if (m.thread_root) body.thread_root = m.thread_root;
  if (m.files?.length) body.file_ids = m.files.map((f) => f.id);
  try {
    const stored = await api.post(`/api/channels/${m.channel_id}/messages`, body);
    pending.delete(m.client_id);
    save();
    return stored;
  } catch (e) {
    m.local = 'failed';
    m.error = e.message;
    m.permanent = e.status >= 400 && e.status < 500 && e.status !== 408 && e.status !== 429;
    save();
    throw e;
  }
}

export function discard(m) {
  pending.delete(m.client_id);
  save();
}

export function acknowledged(clientId) {
  if (pending.delete(clientId)) save();
}

// Sends again, once the connection is back, every message that failed for want of it and that no
// open chat or thread has taken up itself (they retry theirs with their own "Sending…").
export function retryWhenBack() {
  load();
  setTimeout(() => {
    for (const m of pending.values()) {
      if (m.local === 'failed' && !m.permanent) deliver(m).catch(() => {});
    }
  }, 1000);
}
