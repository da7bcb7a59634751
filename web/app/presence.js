// Presence and status of people: online / away / offline from the server's `presence` frames,
// and status texts with their emoji. Avatars made with `presenceDot(id)` show a dot that stays
// current; `watchPresence(ids)` asks the server once for people not known yet, and from then
// on the server sends their changes to this person's tabs. This tab also
// tells the server whether it is shown, focused and in use (the server decides "away" and
// whether a push would only repeat what the person sees).

import { h } from './dom.js';
import { api } from './api.js';
import { onLive, sendLive } from './live.js';
import { t } from './i18n.js';

// Catalog keys of the presences.
export const PRESENCE_LABEL = { online: 'presence-online', away: 'presence-away', offline: 'presence-offline' };

const known = new Map();
const asked = new Set();
const listeners = new Set();
let pending = new Set();
let timer = null;

export function presenceOf(id) {
  return known.get(id) || null;
}

// Called with a person id whenever that person's presence or status changes.
export function onPresence(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function merge(p) {
  const old = known.get(p.id) || { presence: 'offline' };
  const next = { ...old, ...p };
  known.set(p.id, next);
  for (const dot of document.querySelectorAll(`[data-presence-of="${CSS.escape(p.id)}"]`)) paint(dot, next);
  for (const fn of listeners) fn(p.id);
}

function paint(dot, p) {
  dot.dataset.presence = p.presence;
  dot.classList.toggle('dnd', !!p.dnd);
  const label = [t(PRESENCE_LABEL[p.presence] || 'presence-offline'), p.dnd ? t('presence-dnd') : '', statusLine(p)].filter(Boolean).join(' · ');
  dot.title = label;
  dot.setAttribute('aria-label', label);
}

// "🌴 On vacation until 12 Dec", or ''.
export function statusLine(p) {
  if (!p) return '';
  return [p.status_emoji, p.status_text].filter(Boolean).join(' ');
}

// A small dot for person `id`, kept current.
export function presenceDot(id) {
  const dot = h('span', { class: 'presence-dot', role: 'img', dataset: { presenceOf: id } });
  paint(dot, known.get(id) || { presence: 'offline' });
  watchPresence([id]);
  return dot;
}

// Asks the server about people not asked about yet (batched, at most 200 at a time).
export function watchPresence(ids) {
  for (const id of ids) {
    if (id && !asked.has(id)) {
      asked.add(id);
      pending.add(id);
    }
  }
  if (!pending.size || timer) return;
  timer = setTimeout(flush, 30);
}

async function flush() {
  timer = null;
  const ids = [...pending].slice(0, 200);
  ids.forEach((id) => pending.delete(id));
  if (pending.size) timer = setTimeout(flush, 30);
  try {
    const r = await api.get(`/api/presence?ids=${ids.join(',')}`);
    for (const p of r.people) merge(p);
  } catch {
    ids.forEach((id) => asked.delete(id));
  }
}

let lastSent = 0;
let lastState = '';

// Tells the server how this tab is: shown, focused, used (at most once a minute while used).
function report(force) {
  const visible = document.visibilityState === 'visible';
  const focused = visible && document.hasFocus();
  const state = `${visible}${focused}`;
  const now = Date.now();
  if (!force && state === lastState && now - lastSent < 60000) return;
  if (sendLive({ type: 'focus', visible, focused })) {
    lastSent = now;
    lastState = state;
  }
}

let started = false;

export function startPresence() {
  if (started) return;
  started = true;
  onLive('presence', (f) => (f.people || []).forEach(merge));
  onLive('state', (s) => {
    if (s !== 'open') return;
    report(true);
    // The server tells a connection about the people it asked after; ask again about everyone
    // shown (also what changed while the link was down).
    const ids = [...asked];
    asked.clear();
    watchPresence(ids);
  });
  const now = () => report(true);
  window.addEventListener('focus', now);
  window.addEventListener('blur', now);
  document.addEventListener('visibilitychange', now);
  for (const ev of ['keydown', 'pointerdown', 'wheel']) window.addEventListener(ev, () => report(false), { passive: true });
  report(true);
}

// An avatar with the person's presence dot on its corner.
export function withPresence(avatarEl, id) {
  return h('span', { class: 'avatar-wrap' }, avatarEl, presenceDot(id));
}
