// What the chats section knows: the person's chats with unread counts, their sidebar (pins and
// folders) and followed threads, kept current by live events. Screens subscribe and redraw;
// actions here change the server and the local copy together (optimistically where safe).

import { api } from './api.js';
import { loadAll } from './paged.js';
import { onLive } from './live.js';
import { session } from './state.js';
import { toast } from './dom.js';
import { t } from './i18n.js';

export const chats = {
  byId: new Map(),
  sidebar: { pinned_chats: [], pinned_people: [], folders: [] },
  threads: [],
  loaded: false,
  error: null,
};

const subs = new Set();
let emitQueued = false;
let loading = null;
let openChat = null;

export function subscribe(fn) {
  subs.add(fn);
  return () => subs.delete(fn);
}

export function changed() {
  if (emitQueued) return;
  emitQueued = true;
  queueMicrotask(() => {
    emitQueued = false;
    for (const fn of [...subs]) fn();
    applyTitle();
  });
}

const removedListeners = new Set();
// Called with a chat id when the person was removed from (or left) that chat.
export function onRemoved(fn) {
  removedListeners.add(fn);
  return () => removedListeners.delete(fn);
}

// The conversation on screen: `isReading()` says whether new messages there are being seen now.
export function setOpenChat(v) {
  openChat = v;
}

export function me() {
  return session.person.id;
}

export function chatList() {
  return [...chats.byId.values()].filter((c) => !c.archived);
}

// ----- Unread totals: the one place they are computed. The tab title, the rail badge, the
// Threads row and every folder show these numbers, so they can never disagree.

function sum(list) {
  let unread = 0;
  let mentions = 0;
  for (const x of list) {
    unread += x.unread || 0;
    mentions += x.mentions || 0;
  }
  return { unread, mentions };
}

// `{chats, threads, unread, mentions}`: each part `{unread, mentions}`, and the whole. Muted
// chats (notification level "nothing") do not count.
export function totals() {
  const c = sum(chatList().filter((x) => x.notify !== 'none'));
  const t = sum(chats.threads);
  return { chats: c, threads: t, unread: c.unread + t.unread, mentions: c.mentions + t.mentions };
}

// A folder's unread and mentions: the sum over the chats in it, as they are now.
export function folderTotals(f) {
  return sum(f.items.map((id) => chats.byId.get(id)).filter((c) => c && !c.archived));
}

export function loadChats({ force = false } = {}) {
  if (loading && !force) return loading;
  loading = (async () => {
    try {
      const [list, sidebar, threads] = await Promise.all([
        loadAll('/api/channels', null),
        api.get('/api/sidebar'),
        loadThreads().catch(() => []),
      ]);
      const keep = new Map();
      for (const c of list) keep.set(c.id, { ...(chats.byId.get(c.id) || {}), ...c });
      // An archived chat that is open stays known, so its view keeps working.
      for (const [id, c] of chats.byId) if (c.archived && !keep.has(id) && openChat?.id === id) keep.set(id, c);
      chats.byId = keep;
      chats.sidebar = sidebar;
      chats.threads = threads;
      chats.loaded = true;
      chats.error = null;
    } catch (e) {
      chats.error = e.message;
      if (!chats.loaded) throw e;
    } finally {
      changed();
    }
  })();
  loading.catch(() => {}).finally(() => { loading = null; });
  return loading;
}

export function upsertChat(c) {
  const old = chats.byId.get(c.id) || {};
  const merged = { ...old, ...c };
  chats.byId.set(c.id, merged);
  changed();
  return merged;
}

function dropChat(id) {
  chats.byId.delete(id);
  const s = chats.sidebar;
  s.pinned_chats = s.pinned_chats.filter((x) => x !== id);
  for (const f of s.folders) {
    if (f.items.includes(id)) f.items = f.items.filter((x) => x !== id);
  }
  changed();
  for (const fn of [...removedListeners]) fn(id);
}

// Every followed thread, latest activity first (the unread total counts them all).
function loadThreads() {
  return loadAll('/api/threads', 'threads');
}

let threadsTimer = null;
export function refreshThreads() {
  clearTimeout(threadsTimer);
  threadsTimer = setTimeout(async () => {
    try {
      chats.threads = await loadThreads();
      changed();
    } catch { /* kept as it was; the next event tries again */ }
  }, 300);
}

// The chat as the server shows it to this person now (with its `can`).
async function refreshChat(id) {
  try {
    const c = await api.get(`/api/channels/${id}`);
    if (chats.byId.has(id)) upsertChat(c);
  } catch { /* kept as it was; a reload corrects it */ }
}

let reloadTimer = null;
function reloadSoon() {
  clearTimeout(reloadTimer);
  reloadTimer = setTimeout(() => loadChats({ force: true }).catch(() => {}), 200);
}

let wired = false;
export function wireLive() {
  if (wired) return;
  wired = true;
  onLive('channel.updated', (f) => {
    const { type, ...c } = f;
    if (!chats.byId.has(c.id) && !c.kind) return reloadSoon();
    const old = chats.byId.get(c.id);
    upsertChat(c);
    // A change that comes without `can` (rename, archive…) may change what one may do there.
    if (!c.can && old && (!!old.archived !== !!c.archived || !!old.private !== !!c.private)) refreshChat(c.id);
  });
  onLive('member.added', (f) => {
    const c = chats.byId.get(f.channel_id);
    if (c) upsertChat({ id: c.id, member_count: f.member_count });
    else if (f.person_id === me()) reloadSoon();
  });
  onLive('member.removed', (f) => {
    if (f.person_id === me()) return dropChat(f.channel_id);
    const c = chats.byId.get(f.channel_id);
    if (c) upsertChat({ id: c.id, member_count: f.member_count });
  });
  onLive('message.created', (m) => {
    if (m.thread_root) {
      refreshThreads();
      return;
    }
    const c = chats.byId.get(m.channel_id);
    if (!c) return reloadSoon();
    const patch = { id: c.id, last_message_at: m.created_at };
    const seen = openChat && openChat.id === c.id && openChat.isReading();
    if (m.author_id !== me() && !seen) {
      patch.unread = (c.unread || 0) + 1;
      if ((m.mentions || []).includes(me())) patch.mentions = (c.mentions || 0) + 1;
    }
    upsertChat(patch);
  });
  onLive('message.updated', (m) => {
    if (!m.thread_root && m.reply_count > 0) refreshThreads();
  });
  onLive('unread.updated', (f) => {
    if (f.thread_root) {
      const t = chats.threads.find((x) => x.root.id === f.thread_root);
      if (t) {
        t.unread = f.unread;
        t.mentions = f.mentions;
        changed();
      }
      return;
    }
    if (chats.byId.has(f.channel_id)) upsertChat({ id: f.channel_id, unread: f.unread, mentions: f.mentions });
  });
  onLive('channel.notify', (f) => {
    if (chats.byId.has(f.channel_id)) upsertChat({ id: f.channel_id, notify: f.notify });
  });
  onLive('sidebar.updated', (f) => {
    const { type, ...s } = f;
    chats.sidebar = s;
    changed();
  });
  onLive('reconnected', () => loadChats({ force: true }).catch(() => {}));
}

// ----- The tab title and the rail badge show the totals (chats and followed threads).

let titleWatch = false;
export function applyTitle() {
  const tot = chats.loaded ? totals() : { unread: 0, mentions: 0 };
  const n = tot.unread;
  const base = document.title.replace(/^\((?:@\s)?\d+\+?\)\s+/, '');
  const count = n > 999 ? '999+' : String(n);
  const want = n > 0 ? `(${tot.mentions ? '@ ' : ''}${count}) ${base}` : base;
  if (document.title !== want) document.title = want;
  const rail = document.querySelector('.rail-btn[data-section="chats"]');
  if (rail) {
    let b = rail.querySelector('.badge');
    if (n > 0) {
      if (!b) {
        b = document.createElement('span');
        rail.append(b);
      }
      b.className = tot.mentions ? 'badge mention' : 'badge unread';
      b.textContent = tot.mentions ? `@${tot.mentions > 99 ? '99+' : tot.mentions}` : (n > 99 ? '99+' : String(n));
      rail.setAttribute('aria-label', railLabel(n, tot.mentions));
    } else {
      b?.remove();
      rail.setAttribute('aria-label', t('chats-title'));
    }
  }
  if (!titleWatch) {
    const el = document.querySelector('title');
    if (el) {
      titleWatch = true;
      new MutationObserver(() => applyTitle()).observe(el, { childList: true, characterData: true, subtree: true });
    }
  }
}

function railLabel(n, mentions) {
  return t('chats-rail-label', { unread: n, mentions });
}

// ----- Actions. Each throws the ApiError for the caller to show where it happened.

async function sidebarCall(optimistic, call) {
  const before = structuredClone(chats.sidebar);
  optimistic?.(chats.sidebar);
  changed();
  try {
    const s = await call();
    if (s && s.folders) chats.sidebar = s;
    changed();
    return s;
  } catch (e) {
    chats.sidebar = before;
    changed();
    throw e;
  }
}

export function setPins(ids) {
  return sidebarCall((s) => { s.pinned_chats = ids; }, () => api.put('/api/sidebar/pinned-chats', { ids }));
}

export function isPinned(id) {
  return chats.sidebar.pinned_chats.includes(id);
}

export function togglePin(id) {
  const pins = chats.sidebar.pinned_chats;
  return setPins(pins.includes(id) ? pins.filter((x) => x !== id) : [...pins, id]);
}

export function setPinnedPeople(ids) {
  return sidebarCall((s) => { s.pinned_people = ids; }, () => api.put('/api/sidebar/pinned-people', { ids }));
}

export function isPersonPinned(id) {
  return chats.sidebar.pinned_people.includes(id);
}

export function togglePersonPin(id) {
  const pins = chats.sidebar.pinned_people;
  return setPinnedPeople(pins.includes(id) ? pins.filter((x) => x !== id) : [...pins, id]);
}

export function movePersonPin(id, delta) {
  const ids = move(chats.sidebar.pinned_people, id, delta);
  return ids ? setPinnedPeople(ids) : Promise.resolve();
}

export function movePin(id, delta) {
  const ids = move(chats.sidebar.pinned_chats, id, delta);
  return ids ? setPins(ids) : Promise.resolve();
}

// Moves `id` to just before `beforeId` (or to the end when null).
export function placePin(id, beforeId) {
  const ids = placeBefore(chats.sidebar.pinned_chats.includes(id) ? chats.sidebar.pinned_chats : [...chats.sidebar.pinned_chats, id], id, beforeId);
  return setPins(ids);
}

export function folderById(id) {
  return chats.sidebar.folders.find((f) => f.id === id);
}

export function ownFolders() {
  return chats.sidebar.folders.filter((f) => !f.department_id);
}

export async function createFolder(name, items = []) {
  const f = await api.post('/api/folders', { name, items });
  if (!folderById(f.id)) chats.sidebar.folders.push(f);
  changed();
  return f;
}

export function patchFolder(id, patch) {
  return sidebarCall((s) => {
    const f = s.folders.find((x) => x.id === id);
    if (f) Object.assign(f, patch);
  }, () => api.patch(`/api/folders/${id}`, patch));
}

export function deleteFolder(id) {
  return sidebarCall((s) => { s.folders = s.folders.filter((f) => f.id !== id); }, () => api.del(`/api/folders/${id}`));
}

export function setFolderItems(id, items) {
  return patchFolder(id, { items });
}

export function addToFolder(folderId, chatId, beforeId = null) {
  const f = folderById(folderId);
  if (!f) return Promise.resolve();
  const items = placeBefore(f.items.includes(chatId) ? f.items : [...f.items, chatId], chatId, beforeId);
  return setFolderItems(folderId, items);
}

export function removeFromFolder(folderId, chatId) {
  const f = folderById(folderId);
  return f ? setFolderItems(folderId, f.items.filter((x) => x !== chatId)) : Promise.resolve();
}

export function moveInFolder(folderId, chatId, delta) {
  const f = folderById(folderId);
  const items = f && move(f.items, chatId, delta);
  return items ? setFolderItems(folderId, items) : Promise.resolve();
}

export function orderFolders(ids) {
  return sidebarCall((s) => {
    const dept = s.folders.filter((f) => f.department_id);
    const own = ids.map((id) => s.folders.find((f) => f.id === id)).filter(Boolean);
    s.folders = [...dept, ...own];
  }, () => api.put('/api/sidebar/folder-order', { ids }));
}

export function moveFolder(id, delta) {
  const ids = move(ownFolders().map((f) => f.id), id, delta);
  return ids ? orderFolders(ids) : Promise.resolve();
}

export function placeFolder(id, beforeId) {
  return orderFolders(placeBefore(ownFolders().map((f) => f.id), id, beforeId));
}

export async function leaveChat(id) {
  await api.post(`/api/channels/${id}/leave`);
  dropChat(id);
}

export async function joinChannel(id) {
  return upsertChat(await api.post(`/api/channels/${id}/join`));
}

export async function openChatWith(personIds) {
  return upsertChat(await api.post('/api/chats', { person_ids: personIds }));
}

export async function createChannel(body) {
  return upsertChat(await api.post('/api/channels', body));
}

// ----- Helpers

function move(list, id, delta) {
  const i = list.indexOf(id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= list.length) return null;
  const out = [...list];
  out.splice(i, 1);
  out.splice(j, 0, id);
  return out;
}

function placeBefore(list, id, beforeId) {
  const out = list.filter((x) => x !== id);
  const j = beforeId ? out.indexOf(beforeId) : -1;
  if (j < 0) out.push(id);
  else out.splice(j, 0, id);
  return out;
}

export function reportError(e) {
  toast(e.message || String(e), 'error');
}
