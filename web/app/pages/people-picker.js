// A searchable, keyboard-driven picker of people (several may be chosen). Pinned people come
// first. Used by "New message" and by "Add people" in a chat's member panel.
// Keys: ↑↓ move; Enter picks the highlighted person (the search text clears for the next one);
// Enter on someone already picked, or in an empty search with people picked, calls `onDone`
// (open the chat, add them); Backspace in an empty search drops the last one picked.

import { h, icon, avatar, fullName, replace } from '../dom.js';
import { searchPeople, primePeople, knownPerson } from '../people-cache.js';
import { chats } from '../chats-state.js';
import { session } from '../state.js';
import { t } from '../i18n.js';

let seq = 0;

export function peoplePicker({ label = t('people-title'), exclude = new Set(), onChange = () => {}, onDone = null, autofocus = true } = {}) {
  const id = `pp${++seq}`;
  const selected = new Map();
  let results = [];
  let active = 0;
  let timer = null;
  let asked = 0;

  const chipsBox = h('div', { class: 'picker-chips', 'aria-live': 'polite' });
  const input = h('input', {
    class: 'input', id: `${id}-q`, type: 'search', autocomplete: 'off', placeholder: t('picker-placeholder'),
    role: 'combobox', 'aria-expanded': 'true', 'aria-controls': `${id}-list`, 'aria-autocomplete': 'list',
  });
  const list = h('ul', { class: 'picker-list', id: `${id}-list`, role: 'listbox', 'aria-multiselectable': 'true', 'aria-label': label });
  const status = h('div', { class: 'picker-status muted small', role: 'status' });
  const el = h('div', { class: 'picker' },
    h('label', { class: 'label', for: `${id}-q` }, label), chipsBox, input, status, list);
  el.input = input;
  el.selected = () => [...selected.keys()];
  el.clear = () => { selected.clear(); drawChips(); draw(); };

  function excluded(p) {
    return p.id === session.person.id || exclude.has(p.id) || p.former;
  }

  function pinnedFirst(people) {
    const pins = chats.sidebar.pinned_people || [];
    return [...people].sort((a, b) => {
      const ia = pins.indexOf(a.id);
      const ib = pins.indexOf(b.id);
      return (ia < 0 ? 1e9 : ia) - (ib < 0 ? 1e9 : ib);
    });
  }

  // `keep`: the person to keep highlighted after the results change (the one just picked).
  async function search(keep = null) {
    const q = input.value;
    const n = ++asked;
    status.textContent = t('searching');
    try {
      let people;
      if (!q.trim()) {
        await primePeople().catch(() => {});
        const pins = (chats.sidebar.pinned_people || []).map((pid) => knownPerson(pid)).filter(Boolean);
        people = [...pins, ...(await searchPeople('', 40))];
        const seen = new Set();
        people = people.filter((p) => !seen.has(p.id) && seen.add(p.id));
      } else {
        people = await searchPeople(q, 30);
      }
      if (n !== asked) return;
      results = pinnedFirst(people.filter((p) => !excluded(p)));
      const kept = keep ? results.findIndex((p) => p.id === keep) : -1;
      active = Math.max(0, kept);
      status.textContent = results.length ? '' : (q.trim() ? t('picker-no-match', { query: q.trim() }) : t('picker-nobody'));
      draw();
    } catch (e) {
      if (n === asked) status.textContent = e.message;
    }
  }

  function toggle(p) {
    if (selected.has(p.id)) selected.delete(p.id);
    else selected.set(p.id, p);
    drawChips();
    draw();
    onChange(el.selected());
  }

  function drawChips() {
    replace(chipsBox, [...selected.values()].map((p) => {
      const x = h('button', { type: 'button', class: 'chip-x', 'aria-label': t('remove-person', { name: fullName(p) }) }, icon('close'));
      x.addEventListener('click', () => { toggle(p); input.focus(); });
      return h('span', { class: 'chip person-chip' }, avatar(p, 'xs'), fullName(p), x);
    }));
  }

  function draw() {
    const pins = chats.sidebar.pinned_people || [];
    replace(list, results.map((p, i) => {
      const on = selected.has(p.id);
      const li = h('li', {
        id: `${id}-o${i}`, role: 'option', class: ['picker-option', i === active ? 'active' : ''],
        'aria-selected': on ? 'true' : 'false',
      },
      h('span', { class: ['check', on ? 'on' : ''], 'aria-hidden': 'true' }, on ? icon('check') : null),
      avatar(p, 'sm'),
      h('span', { class: 'who' }, h('span', { class: 'nm' }, fullName(p)),
        h('span', { class: 'muted small' }, p.title || p.email || '')),
      pins.includes(p.id) ? h('span', { class: 'pin-mark', title: t('pinned') }, icon('pin')) : null);
      li.addEventListener('mousedown', (ev) => ev.preventDefault());
      li.addEventListener('click', () => { active = i; toggle(p); input.focus(); });
      return li;
    }));
    if (results[active]) input.setAttribute('aria-activedescendant', `${id}-o${active}`);
    else input.removeAttribute('aria-activedescendant');
    list.querySelector('.active')?.scrollIntoView({ block: 'nearest' });
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && results.length) { ev.preventDefault(); active = (active + 1) % results.length; draw(); }
    else if (ev.key === 'ArrowUp' && results.length) { ev.preventDefault(); active = (active - 1 + results.length) % results.length; draw(); }
    else if (ev.key === 'Enter' && !(ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      const p = results[active];
      const done = onDone && selected.size && (!p || selected.has(p.id) || !input.value.trim());
      if (done) {
        onDone();
      } else if (p) {
        toggle(p);
        if (input.value) {
          input.value = '';
          search(p.id);
        }
      }
    } else if (ev.key === 'Backspace' && !input.value && selected.size) {
      const last = [...selected.values()].pop();
      toggle(last);
    }
  });
  search();
  if (autofocus) setTimeout(() => input.focus());
  return el;
}
