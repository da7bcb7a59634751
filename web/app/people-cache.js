// Names and cards of people, cached by id, for authors, mentions and pickers. Only what this
// viewer may see comes back from the server; a 404 is a former (or hidden) member.

import { api } from './api.js';
import { session } from './state.js';
import { fetchPage, fetchAtLeast, MAX_PAGE } from './paged.js';
import { t } from './i18n.js';

const cache = new Map();
const pending = new Map();
const listeners = new Set();
let primed = null;
let notifyTimer = null;

export function formerPerson(id) {
  return { id, first_name: t('former-member'), last_name: '', former: true };
}

// Called (batched) whenever names were learnt, so lists can redraw.
export function onPeopleChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function changed() {
  if (notifyTimer) return;
  notifyTimer = setTimeout(() => {
    notifyTimer = null;
    for (const fn of [...listeners]) fn();
  }, 30);
}

// A name learnt from a chat's member list: fills gaps (and replaces "Former member"), never a card.
export function rememberName(p) {
  const known = cache.get(p.id);
  if (!known || known.former) remember({ id: p.id, first_name: p.first_name, last_name: p.last_name, active: p.active });
}

export function remember(p) {
  if (p && p.id) {
    cache.set(p.id, p);
    changed();
  }
}

// The person if known now, else null (and a fetch is started).
export function knownPerson(id) {
  if (!id) return null;
  if (id === session.person?.id) return session.person;
  const p = cache.get(id);
  if (p) return p;
  getPerson(id);
  return null;
}

export function nameOf(id) {
  const p = knownPerson(id);
  return p ? `${p.first_name} ${p.last_name}`.trim() : null;
}

export async function getPerson(id) {
  if (id === session.person?.id) return session.person;
  if (cache.has(id)) return cache.get(id);
  if (pending.has(id)) return pending.get(id);
  const job = (async () => {
    if (primed) await primed.catch(() => {});
    if (cache.has(id)) return cache.get(id);
    try {
      const p = await api.get(`/api/people/${encodeURIComponent(id)}`);
      remember(p);
      return p;
    } catch (e) {
      if (e.status === 404 || e.status === 403) {
        const p = formerPerson(id);
        remember(p);
        return p;
      }
      throw e;
    } finally {
      pending.delete(id);
    }
  })();
  pending.set(id, job);
  return job;
}

// How many pages of the directory `primePeople` reads ahead: a head start for names, not a list
// (anyone not among them is fetched by id when needed).
const PRIME_PAGES = 5;

// Loads the first pages of the directory once, so most names are known without one request each.
export function primePeople() {
  if (!primed) {
    primed = (async () => {
      let page = { next: null, dir: 'after' };
      for (let i = 0; i < PRIME_PAGES; i++) {
        page = await fetchPage('/api/people', 'people', { cursor: page.next, dir: page.dir, limit: MAX_PAGE });
        for (const p of page.items) cache.set(p.id, p);
        if (!page.next) break;
      }
      changed();
    })();
  }
  return primed;
}

// The first `limit` people matching `q` (or everyone in directory order for an empty `q`).
export async function searchPeople(q, limit = 20) {
  const text = q.trim();
  const people = await fetchAtLeast('/api/people', 'people', limit, text ? { q: text } : {});
  for (const p of people) cache.set(p.id, p);
  return people;
}

export function personMatches(p, q) {
  const s = q.trim().toLowerCase();
  if (!s) return true;
  const full = `${p.first_name} ${p.last_name}`.toLowerCase();
  return full.includes(s) || (p.last_name || '').toLowerCase().startsWith(s) || (p.email || '').toLowerCase().startsWith(s);
}
