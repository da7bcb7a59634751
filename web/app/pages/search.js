// The search view, /search?q=...: one box, filters (in a chat, from a person, has a file, a date
// range), and results grouped: messages (with the matched words marked), people, channels and
// files. Enter or a click opens the chat at the message, which is briefly highlighted.

import { h, icon, avatar, fullName, formatTime, replace } from '../dom.js';
import { api } from '../api.js';
import { setHeader, showMain, markCurrent, setView } from '../shell.js';
import { navigate } from '../router.js';
import { chats, chatList } from '../chats-state.js';
import { knownPerson, getPerson } from '../people-cache.js';
import { renderBody } from '../format.js';
import { session } from '../state.js';
import { chatsSection } from './chat.js';
import { fileKind, formatSize } from './attachments.js';
import { t } from '../i18n.js';

let seq = 0;

// Where a result opens: the chat at the message, or the thread of a reply.
export function messageLink(m) {
  if (m.thread_root) return `/c/${m.channel_id}?at=${m.thread_root}&thread=${m.thread_root}`;
  return `/c/${m.channel_id}?at=${m.id}`;
}

// Wraps the highlighted words in <mark> inside the text nodes of `el`.
function mark(el, words) {
  if (!words?.length) return;
  const esc = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${esc.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const n of nodes) {
    const text = n.nodeValue;
    re.lastIndex = 0;
    if (!re.test(text)) continue;
    re.lastIndex = 0;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const m of text.matchAll(re)) {
      frag.append(text.slice(at, m.index), h('mark', {}, m[0]));
      at = m.index + m[0].length;
    }
    frag.append(text.slice(at));
    n.replaceWith(frag);
  }
}

function chatName(id) {
  const c = chats.byId.get(id);
  return c ? (c.kind === 'channel' ? `#${c.name}` : c.name) : t('a-chat-capital');
}

export function showSearch(query) {
  chatsSection();
  markCurrent('/search');
  setHeader(t('search'), '');
  setView('main');
  const params = {
    q: query.get('q') || '', in: query.get('in') || '', from: query.get('from') || '',
    has: query.get('has') || '', after: query.get('after') || '', before: query.get('before') || '',
  };
  const input = h('input', { class: 'input search-input', type: 'search', value: params.q, placeholder: t('search-placeholder'), 'aria-label': t('search') });
  const inSel = h('select', { class: 'input', 'aria-label': t('search-in-chat') }, h('option', { value: '' }, t('search-in-any-chat')),
    chatList().slice().sort((a, b) => a.name.localeCompare(b.name)).map((c) => h('option', { value: c.id, selected: c.id === params.in }, c.kind === 'channel' ? `#${c.name}` : c.name)));
  const fromSel = h('select', { class: 'input', 'aria-label': t('search-from') }, h('option', { value: '' }, t('search-from-anyone')),
    h('option', { value: session.person.id, selected: params.from === session.person.id }, t('search-from-me')));
  if (params.from && params.from !== session.person.id) {
    const p = knownPerson(params.from);
    fromSel.append(h('option', { value: params.from, selected: true }, p ? t('search-from-person', { name: fullName(p) }) : t('search-from-this-person')));
  }
  const hasFile = h('input', { type: 'checkbox', id: 'search-has-file', checked: params.has === 'file' });
  const after = h('input', { class: 'input', type: 'date', value: params.after, 'aria-label': t('search-after') });
  const before = h('input', { class: 'input', type: 'date', value: params.before, 'aria-label': t('search-before') });
  const filters = h('div', { class: 'search-filters row wrap' }, inSel, fromSel,
    h('label', { class: 'checkbox', for: 'search-has-file' }, hasFile, t('search-has-file')),
    h('label', { class: 'small muted' }, t('search-after'), ' ', after), h('label', { class: 'small muted' }, t('search-before'), ' ', before));
  const results = h('div', { class: 'search-results', 'aria-live': 'polite' });
  const form = h('form', { class: 'search-form', role: 'search' }, h('div', { class: 'search-box' }, icon('search'), input), filters);
  const root = h('div', { class: 'search-view' }, form, results);
  showMain(root);
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);

  let timer = null;
  let cursor = null;
  const current = () => {
    const p = new URLSearchParams();
    if (input.value.trim()) p.set('q', input.value);
    if (inSel.value) p.set('in', inSel.value);
    if (fromSel.value) p.set('from', fromSel.value);
    if (hasFile.checked) p.set('has', 'file');
    if (after.value) p.set('after', after.value);
    if (before.value) p.set('before', before.value);
    return p;
  };
  const run = () => {
    const p = current();
    history.replaceState(null, '', `/search?${p}`);
    cursor = null;
    load(p, false);
  };
  const soon = () => { clearTimeout(timer); timer = setTimeout(run, 200); };
  input.addEventListener('input', soon);
  for (const el of [inSel, fromSel, hasFile, after, before]) el.addEventListener('change', run);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const first = results.querySelector('.search-hit');
    if (first) first.click();
    else run();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown') { ev.preventDefault(); results.querySelector('.search-hit, .search-item')?.focus(); }
  });
  results.addEventListener('keydown', (ev) => {
    const items = [...results.querySelectorAll('.search-hit, .search-item')];
    const i = items.indexOf(document.activeElement);
    if (ev.key === 'ArrowDown' && i >= 0) { ev.preventDefault(); items[Math.min(i + 1, items.length - 1)].focus(); }
    if (ev.key === 'ArrowUp' && i >= 0) { ev.preventDefault(); (i === 0 ? input : items[i - 1]).focus(); }
  });

  async function load(p, more) {
    const n = ++seq;
    if (!p.toString()) {
      replace(results, h('p', { class: 'muted' }, t('search-start')));
      return;
    }
    if (!more) replace(results, h('div', { class: 'skeleton line w60' }), h('div', { class: 'skeleton line w80' }));
    let r;
    try {
      r = await api.get(`/api/search?${p}${more && cursor ? `&cursor=${cursor}` : ''}&limit=30`);
    } catch (e) {
      if (n === seq) replace(results, h('div', { class: 'alert error', role: 'alert' }, e.message));
      return;
    }
    if (n !== seq) return;
    await Promise.all(r.messages.map((x) => getPerson(x.message.author_id).catch(() => null)));
    if (n !== seq) return;
    cursor = r.next_cursor || null;
    if (more) {
      results.querySelector('.more-results')?.remove();
      const list = results.querySelector('.hits');
      r.messages.forEach((x) => list.append(hit(x)));
      if (cursor) results.append(moreButton(p));
      return;
    }
    const groups = [];
    if (r.people?.length) groups.push(group(t('people-title'), r.people.map(personItem)));
    if (r.channels?.length) groups.push(group(t('channels-title'), r.channels.map(channelItem)));
    if (r.files?.length) groups.push(group(t('files'), r.files.map(fileHit)));
    groups.push(group(t('messages'), r.messages.length ? r.messages.map(hit)
      : [h('li', { class: 'muted' }, t('search-no-messages'))], 'hits'));
    replace(results, ...groups, cursor ? moreButton(p) : null);
  }

  function moreButton(p) {
    const b = h('button', { type: 'button', class: 'btn more-results' }, t('search-more'));
    b.addEventListener('click', () => load(p, true));
    return b;
  }

  if (params.q || params.in || params.from || params.has || params.after || params.before) run();
  else load(new URLSearchParams(), false);
}

function group(title, items, cls = '') {
  return h('section', { class: 'search-group' }, h('h3', { class: 'section-title' }, title), h('ul', { class: ['search-list', cls] }, items));
}

function hit(x) {
  const m = x.message;
  const p = knownPerson(m.author_id);
  const body = h('div', { class: 'msg-body' }, renderBody(m.body, { me: session.person.id, name: (id) => { const q = knownPerson(id); return q ? fullName(q) : null; } }));
  mark(body, x.highlights);
  const files = (m.files || []).length ? h('div', { class: 'muted small' }, icon('clip'), ` ${m.files.map((f) => f.name).join(', ')}`) : null;
  if (files) mark(files, x.highlights);
  const li = h('li', { class: 'search-hit', tabindex: '0', role: 'link', dataset: { id: m.id } },
    p ? avatar(p, 'sm') : h('span', { class: 'avatar sm' }, '?'),
    h('div', { class: 'hit-main' },
      h('div', { class: 'hit-head' }, h('strong', {}, p ? fullName(p) : '…'), h('span', { class: 'muted small' }, ` ${t(m.thread_root ? 'search-hit-in-thread' : 'search-hit-in', { where: chatName(m.channel_id) })} · ${formatTime(m.created_at)}`)),
      body, files));
  const open = () => navigate(messageLink(m));
  li.addEventListener('click', open);
  li.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); open(); } });
  return li;
}

function item(children, go) {
  const li = h('li', { class: 'search-item', tabindex: '0', role: 'link' }, children);
  li.addEventListener('click', go);
  li.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); go(); } });
  return li;
}

function personItem(p) {
  return item([avatar(p, 'sm'), h('span', {}, fullName(p)), p.title ? h('span', { class: 'muted small' }, ` ${p.title}`) : null], () => navigate(`/people/${p.id}`));
}

function channelItem(c) {
  return item([icon(c.private ? 'lock' : 'hash'), h('span', {}, c.name), h('span', { class: 'muted small' }, ` · ${c.joined ? t('search-you-are-in') : t('members-count', { count: c.member_count })}`)], () => navigate(`/c/${c.id}`));
}

function fileHit(x) {
  return item([icon('file'), h('span', {}, x.file.name), h('span', { class: 'muted small' }, ` ${fileKind(x.file)} · ${formatSize(x.file.size)} · ${chatName(x.channel_id)}`)],
    () => navigate(`/c/${x.channel_id}?at=${x.message_id}`));
}
