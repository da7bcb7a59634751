// Names and cards of people, cached by id, for authors, mentions and pickers. Only what this
// viewer may see comes back from the server; a 404 is a former (or hidden) member.

import { api } from './api.js';
import { session } from './state.js';

const cache = new Map();
const pending = new Map();
const listeners = new Set();
let primed = null;
let notifyTimer = null;

export function formerPerson(id) {
  return { id, first_name: 'Former', last_name: 'member', former: true };
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

// Loads the directory once (a few pages), so most names are known without one request each.
export function primePeople() {
  if (!primed) {
    primed = (async () => {
      let cursor = null;
      for (let page = 0; page < 5; page++) {
        const q = `/api/people?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const r = await api.get(q);
        for (const p of r.people) cache.set(p.id, p);
        cursor = r.next_cursor;
        if (!cursor) break;
      }
      changed();
    })();
  }
  return primed;
}

export async function searchPeople(q, limit = 20) {
  const r = await api.get(`/api/people?limit=${limit}&q=${encodeURIComponent(q.trim())}`);
  for (const p of r.people) cache.set(p.id, p);
  return r.people;
}

export function personMatches(p, q) {
  const s = q.trim().toLowerCase();
  if (!s) return true;
  const full = `${p.first_name} ${p.last_name}`.toLowerCase();
  return full.includes(s) || (p.last_name || '').toLowerCase().startsWith(s) || (p.email || '').toLowerCase().startsWith(s);
}
