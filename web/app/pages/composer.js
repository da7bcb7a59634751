// The message composer: a growing textarea, Enter sends, Shift+Enter breaks the line, drafts per
// chat (memory and localStorage), @-mention autocomplete limited to the chat's members, typing
// notices. The textarea shows mentions as "@First Last"; a mapping turns them into <@id> on send.

import { h, icon, avatar, fullName, replace } from '../dom.js';
import { knownPerson, nameOf, personMatches } from '../people-cache.js';
import { sendLive } from '../live.js';
import { session } from '../state.js';
import { attachmentTray, acceptDrops, acceptPaste } from './attachments.js';
import { t } from '../i18n.js';

const drafts = new Map();
let seq = 0;

function draftStoreKey(key) {
  return `bivouac.draft.${session.person.id}.${key}`;
}

export function loadDraft(key) {
  if (drafts.has(key)) return drafts.get(key);
  try {
    const v = JSON.parse(localStorage.getItem(draftStoreKey(key)) || 'null');
    if (v && typeof v.text === 'string') return v;
  } catch { /* a broken draft is no draft */ }
  return { text: '', map: [] };
}

export function saveDraft(key, d) {
  drafts.set(key, d);
  try {
    if (d.text.trim()) localStorage.setItem(draftStoreKey(key), JSON.stringify(d));
    else localStorage.removeItem(draftStoreKey(key));
  } catch { /* storage full or off: the in-memory draft remains */ }
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// "@Ann Lee" (from the mapping) back into <@id> for the server.
export function toBody(text, map) {
  let out = text;
  const entries = [...map].sort((a, b) => b.name.length - a.name.length);
  for (const { name, id } of entries) {
    out = out.replace(new RegExp(`${escapeRe(name)}(?![\\p{L}\\p{N}])`, 'gu'), `<@${id}>`);
  }
  return out;
}

// A stored body for editing: <@id> shown as "@First Last", with the mapping to turn it back.
export function toDisplay(body) {
  const map = [];
  const text = body.replace(/<@([0-9a-z]{13})>/g, (raw, id) => {
    const n = nameOf(id);
    const p = knownPerson(id);
    if (!n || p?.former) return raw;
    const name = `@${n}`;
    if (!map.some((e) => e.name === name)) map.push({ name, id });
    return name;
  });
  return { text, map };
}

export function autoGrow(ta) {
  ta.style.height = 'auto';
  ta.style.height = `${Math.min(ta.scrollHeight + 2, Math.round(window.innerHeight * 0.4))}px`;
}

// Mention autocomplete on a textarea. `members()` gives the person ids that may be mentioned.
export function attachMentions(ta, wrap, members, map) {
  const id = `mp${++seq}`;
  const pop = h('ul', { class: 'mention-pop', id, role: 'listbox', 'aria-label': t('mention-people'), hidden: true });
  wrap.append(pop);
  ta.setAttribute('aria-autocomplete', 'list');
  ta.setAttribute('aria-controls', id);
  ta.setAttribute('aria-expanded', 'false');
  let items = [];
  let active = 0;
  let range = null;

  function close() {
    pop.hidden = true;
    items = [];
    range = null;
    ta.setAttribute('aria-expanded', 'false');
    ta.removeAttribute('aria-activedescendant');
  }

  function update() {
    const caret = ta.selectionStart;
    if (caret !== ta.selectionEnd) return close();
    const before = ta.value.slice(0, caret);
    const m = before.match(/(^|[\s(])@([\p{L}\p{N}._'-]*(?: [\p{L}\p{N}._'-]*)?)$/u);
    if (!m) return close();
    const q = m[2];
    const people = members().filter((pid) => pid !== session.person.id)
      .map((pid) => knownPerson(pid)).filter((p) => p && !p.former && personMatches(p, q));
    people.sort((a, b) => fullName(a).localeCompare(fullName(b)));
    if (!people.length) return close();
    items = people.slice(0, 8);
    range = [caret - q.length - 1, caret];
    active = Math.min(active, items.length - 1);
    draw();
  }

  function draw() {
    replace(pop, items.map((p, i) => {
      const li = h('li', { id: `${id}-${i}`, role: 'option', class: ['mention-opt', i === active ? 'active' : ''], 'aria-selected': i === active ? 'true' : 'false' },
        avatar(p, 'xs'), h('span', { class: 'nm' }, fullName(p)), p.title ? h('span', { class: 'muted small' }, p.title) : null);
      li.addEventListener('mousedown', (ev) => { ev.preventDefault(); choose(i); });
      return li;
    }));
    pop.hidden = false;
    ta.setAttribute('aria-expanded', 'true');
    ta.setAttribute('aria-activedescendant', `${id}-${active}`);
  }

  function choose(i) {
    const p = items[i];
    if (!p || !range) return;
    const name = `@${fullName(p)}`;
    if (!map.some((e) => e.name === name && e.id === p.id)) map.push({ name, id: p.id });
    const [a, b] = range;
    ta.value = `${ta.value.slice(0, a)}${name} ${ta.value.slice(b)}`;
    const at = a + name.length + 1;
    ta.setSelectionRange(at, at);
    close();
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }

  ta.addEventListener('input', update);
  ta.addEventListener('click', update);
  ta.addEventListener('blur', () => setTimeout(close, 100));
  ta.addEventListener('keydown', (ev) => {
    if (pop.hidden || !items.length) return;
    if (ev.key === 'ArrowDown') { ev.preventDefault(); ev.stopImmediatePropagation(); active = (active + 1) % items.length; draw(); }
    else if (ev.key === 'ArrowUp') { ev.preventDefault(); ev.stopImmediatePropagation(); active = (active - 1 + items.length) % items.length; draw(); }
    else if (ev.key === 'Enter' || ev.key === 'Tab') { ev.preventDefault(); ev.stopImmediatePropagation(); choose(active); }
    else if (ev.key === 'Escape') { ev.preventDefault(); ev.stopImmediatePropagation(); close(); }
  });
  return { isOpen: () => !pop.hidden, close };
}

// The composer of a chat or a thread.
//   key: the draft key; label: for the textarea; members(): ids for mentions;
//   onSend(body): hands the message over (the composer clears at once);
//   onEditLast(): Up arrow in an empty composer; channelId: for typing notices;
//   files: offer attachments (the paperclip, pasting, and drops onto `dropTarget`), and then
//   onSend(body, files) gets the uploaded files too.
export function composer({ key, label, placeholder, members, onSend, onEditLast, channelId, disabled, files, dropTarget }) {
  const d = loadDraft(key);
  const map = [...(d.map || [])];
  const ta = h('textarea', { class: 'composer-input', rows: '1', 'aria-label': label, placeholder: placeholder || label, maxlength: '12000' });
  ta.value = d.text;
  const send = h('button', { class: 'btn primary icon send-btn', type: 'submit', 'aria-label': t('send'), title: t('send-title') }, icon('send'));
  const tray = files ? attachmentTray({ onChange: () => sync(), limit: session.limits?.max_upload }) : null;
  const box = h('div', { class: 'composer-box' }, tray?.button, tray?.input, ta, send);
  const error = h('div', { class: 'composer-error', role: 'alert', hidden: true });
  const hint = h('div', { class: 'composer-hint' },
    h('span', {}, h('kbd', {}, t('key-enter')), ' ', t('hint-send'), ' · ', h('kbd', {}, t('key-shift-enter')), ' ', t('hint-new-line'), ' · ', h('kbd', {}, '↑'), ' ', t('hint-edit-last')),
    h('span', { class: 'fmt-hint' }, t('hint-format')));
  const form = h('form', { class: 'composer', novalidate: true }, error, tray?.list, box, hint);
  if (tray) {
    acceptPaste(ta, tray);
    acceptDrops(dropTarget || form, tray);
  }
  const mentions = attachMentions(ta, box, members, map);
  let saveTimer = null;
  let lastTyping = 0;

  function persist() {
    clearTimeout(saveTimer);
    const used = map.filter((e) => ta.value.includes(e.name));
    saveDraft(key, { text: ta.value, map: used });
  }

  function sync() {
    send.disabled = !(ta.value.trim() || tray?.count()) || !!tray?.uploading();
    autoGrow(ta);
  }

  ta.addEventListener('input', () => {
    sync();
    clearTimeout(saveTimer);
    saveTimer = setTimeout(persist, 250);
    if (ta.value.trim() && channelId && Date.now() - lastTyping > 2500) {
      lastTyping = Date.now();
      sendLive({ type: 'typing', channel_id: channelId });
    }
    if (!error.hidden && !ta.value.trim()) showError('');
  });
  ta.addEventListener('keydown', (ev) => {
    if (ev.isComposing || ev.keyCode === 229) return;
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.altKey) {
      ev.preventDefault();
      submit();
    } else if (ev.key === 'ArrowUp' && !ta.value && !ev.shiftKey && !ev.altKey && !ev.ctrlKey && !ev.metaKey) {
      if (onEditLast?.()) ev.preventDefault();
    }
  });
  form.addEventListener('submit', (ev) => { ev.preventDefault(); submit(); });

  function submit() {
    const text = ta.value;
    if ((!text.trim() && !tray?.count()) || disabled) return;
    if (tray?.uploading()) {
      showError(t('composer-wait-uploads'));
      return;
    }
    if (tray?.failed()) {
      showError(t('composer-failed-uploads'));
      return;
    }
    if (text.trim().length > 10000) {
      showError(t('composer-too-long', { length: text.trim().length, max: 10000 }));
      return;
    }
    const body = toBody(text.trim(), map);
    const attached = tray ? tray.files() : [];
    showError('');
    ta.value = '';
    map.length = 0;
    tray?.clear();
    persist();
    sync();
    onSend(body, attached);
    ta.focus();
  }

  function showError(msg) {
    error.textContent = msg || '';
    error.hidden = !msg;
  }

  // Puts a message that could not be sent back for editing (only into an empty composer).
  function restore(body, msg) {
    if (ta.value.trim()) return false;
    const dsp = toDisplay(body);
    ta.value = dsp.text;
    map.length = 0;
    map.push(...dsp.map);
    persist();
    sync();
    showError(msg);
    ta.focus();
    return true;
  }

  if (disabled) {
    ta.disabled = true;
    send.disabled = true;
  }
  setTimeout(sync);
  return {
    el: form,
    textarea: ta,
    focus: () => ta.focus(),
    restore,
    showError,
    mentionsOpen: () => mentions.isOpen(),
    destroy: persist,
  };
}
