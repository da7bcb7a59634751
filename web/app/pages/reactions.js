// Emoji reactions: the row of reactions under a message (count, who reacted on hover, one's own
// highlighted; a click adds or takes back one's own) and the picker (search by name, recently
// used first).

import { h } from '../dom.js';
import { api } from '../api.js';
import { session } from '../state.js';
import { nameOf } from '../people-cache.js';
import { t, formatNumber } from '../i18n.js';

// [emoji, words to find it by]
const EMOJI = [
  ['👍', 'thumbs up yes ok agree like +1'], ['👎', 'thumbs down no dislike -1'], ['❤️', 'heart love'],
  ['😂', 'joy laugh tears funny'], ['😄', 'smile happy grin'], ['😊', 'blush smile happy'], ['🙂', 'slight smile'],
  ['😉', 'wink'], ['😍', 'heart eyes love'], ['🤔', 'thinking hmm'], ['😮', 'wow surprised open mouth'],
  ['😢', 'cry sad tear'], ['😭', 'sob crying'], ['😡', 'angry mad'], ['😅', 'sweat smile relief'],
  ['🙏', 'pray please thanks'], ['👏', 'clap applause bravo'], ['🙌', 'raised hands hooray celebrate'],
  ['🎉', 'tada party celebrate congrats'], ['🔥', 'fire hot lit'], ['✅', 'check done yes complete'],
  ['❌', 'cross no wrong'], ['👀', 'eyes look watching'], ['💯', 'hundred perfect'], ['🚀', 'rocket launch ship'],
  ['⭐', 'star favourite'], ['💡', 'bulb idea'], ['⚠️', 'warning caution'], ['❓', 'question'],
  ['👌', 'ok hand fine'], ['💪', 'muscle strong'], ['🤝', 'handshake deal agree'], ['👋', 'wave hello bye'],
  ['☕', 'coffee break'], ['🍕', 'pizza lunch food'], ['🎂', 'cake birthday'], ['🏖️', 'beach vacation holiday'],
  ['🌴', 'palm vacation holiday'], ['🤒', 'sick ill'], ['🏠', 'home remote'], ['🚗', 'car commute'],
  ['✈️', 'plane travel trip'], ['📅', 'calendar date meeting'], ['📌', 'pin important'], ['📎', 'paperclip attach'],
  ['📝', 'memo note write'], ['📈', 'chart up growth'], ['📉', 'chart down'], ['💰', 'money'], ['🐛', 'bug'],
  ['🛠️', 'tools fix work'], ['⏳', 'hourglass wait later'], ['🔒', 'lock private'], ['🎯', 'target goal'],
  ['🤷', 'shrug dunno'], ['🙈', 'see no evil oops'], ['😎', 'cool sunglasses'], ['🥳', 'party face celebrate'],
  ['😴', 'sleep tired'], ['🤯', 'mind blown'], ['😬', 'grimace awkward'], ['🙃', 'upside down'],
];

const RECENT_KEY = 'bivouac.recentEmoji';

function recent() {
  try {
    return JSON.parse(localStorage.getItem(RECENT_KEY) || '[]').slice(0, 8);
  } catch {
    return [];
  }
}

function remember(emoji) {
  const list = [emoji, ...recent().filter((e) => e !== emoji)].slice(0, 8);
  try { localStorage.setItem(RECENT_KEY, JSON.stringify(list)); } catch { /* private mode */ }
}

export function toggleReaction(messageId, emoji, on) {
  const path = `/api/messages/${messageId}/reactions/${encodeURIComponent(emoji)}`;
  if (on) remember(emoji);
  return on ? api.put(path, {}) : api.del(path);
}

function who(people) {
  const names = people.slice(0, 10).map((id) => (id === session.person.id ? t('reaction-you') : nameOf(id) || '…'));
  if (people.length > 10) names.push(t('reaction-more', { count: people.length - 10 }));
  return names.join(', ');
}

// The reactions of `m`; `may`: whether the viewer may react; `onToggle(emoji, on)`.
export function reactionsBar(m, may, onToggle) {
  const list = m.reactions || [];
  if (!list.length) return null;
  const me = session.person.id;
  return h('div', { class: 'reactions', role: 'group', 'aria-label': t('reactions-label') },
    list.map((r) => {
      const mine = (r.people || []).includes(me);
      const label = t('reaction-who', { emoji: r.emoji, count: r.count, names: who(r.people || []) });
      const b = h('button', {
        type: 'button', class: ['reaction', mine ? 'mine' : ''], 'aria-pressed': mine ? 'true' : 'false',
        title: label, 'aria-label': label, disabled: !may, dataset: { emoji: r.emoji },
      }, h('span', { class: 'emoji' }, r.emoji), h('span', { class: 'count' }, formatNumber(r.count)));
      b.addEventListener('click', () => onToggle(r.emoji, !mine));
      return b;
    }));
}

// A picker next to `anchor`: a search box, recently used, and all; Enter picks the first match.
export function reactionPicker(anchor, onPick) {
  document.querySelectorAll('.emoji-picker').forEach((p) => p.remove());
  const search = h('input', { class: 'input small', type: 'search', placeholder: t('reaction-search'), 'aria-label': t('reaction-search') });
  const grid = h('div', { class: 'emoji-grid', role: 'listbox', 'aria-label': t('reaction-add') });
  const box = h('div', { class: 'emoji-picker', role: 'dialog', 'aria-label': t('reaction-add') }, search, grid);
  const pick = (e) => { close(); onPick(e); };
  function draw() {
    const q = search.value.trim().toLowerCase();
    const found = q ? EMOJI.filter(([e, words]) => words.includes(q) || e === q).map(([e]) => e) : EMOJI.map(([e]) => e);
    const rec = q ? [] : recent();
    const cell = (e) => {
      const b = h('button', { type: 'button', class: 'emoji-cell', role: 'option', title: e, 'aria-label': e }, e);
      b.addEventListener('click', () => pick(e));
      return b;
    };
    grid.replaceChildren(
      ...(rec.length ? [h('div', { class: 'emoji-section' }, t('reaction-recent')), ...rec.map(cell),
        h('div', { class: 'emoji-section' }, t('reaction-all'))] : []),
      ...found.map(cell),
    );
  }
  function close() {
    box.remove();
    document.removeEventListener('mousedown', outside, true);
    anchor.focus?.();
  }
  function outside(ev) {
    if (!box.contains(ev.target)) close();
  }
  search.addEventListener('input', draw);
  box.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') { ev.preventDefault(); ev.stopPropagation(); close(); }
    if (ev.key === 'Enter') {
      ev.preventDefault();
      const first = grid.querySelector('.emoji-cell');
      if (first) pick(first.textContent);
    }
  });
  draw();
  document.body.append(box);
  const r = anchor.getBoundingClientRect();
  box.style.left = `${Math.max(8, Math.min(r.left - 200, window.innerWidth - box.offsetWidth - 8))}px`;
  box.style.top = `${r.bottom + box.offsetHeight + 8 > window.innerHeight ? Math.max(8, r.top - box.offsetHeight - 4) : r.bottom + 4}px`;
  search.focus();
  setTimeout(() => document.addEventListener('mousedown', outside, true));
  return box;
}
