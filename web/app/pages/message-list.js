// A list of messages drawn into an element: day separators, one author's consecutive messages
// within 5 minutes grouped under one name, the "New messages" line, edited and deleted markers,
// reply counts, a hover/focus "…" menu (reply, edit, delete) and inline editing. Rows are kept
// by key and redrawn only when their message changes, so scrolling and focus stay put.

import { h, icon, avatar, fullName, formatTime, formatDate, toast } from '../dom.js';
import { api } from '../api.js';
import { openMenu, confirmDialog } from '../ui.js';
import { renderBody } from '../format.js';
import { knownPerson } from '../people-cache.js';
import { session } from '../state.js';
import { toDisplay, toBody, attachMentions, autoGrow } from './composer.js';
import { cardIds, withoutCards, requestCard } from './bots-card.js';
import { filesBlock } from './attachments.js';
import { t, language, formatRelative, firstDayOfWeek } from '../i18n.js';
import { reactionsBar, reactionPicker, toggleReaction } from './reactions.js';
import { remindMenu } from './reminders.js';

const GROUP_MS = 5 * 60 * 1000;

export function keyOf(m) {
  return m.id ? m.id : `c:${m.client_id}`;
}

function cmp(a, b) {
  if (a.id && b.id) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  if (a.id) return -1;
  if (b.id) return 1;
  return a.created_at < b.created_at ? -1 : 1;
}

// The same message with nothing visible changed (the live event and the post's answer).
function same(a, b) {
  return a.id === b.id && !a.local && !b.local && a.body === b.body && a.deleted === b.deleted
    && a.edited_at === b.edited_at && a.reply_count === b.reply_count && a.last_reply_at === b.last_reply_at
    && (a.files?.length || 0) === (b.files?.length || 0)
    && JSON.stringify(a.reactions || []) === JSON.stringify(b.reactions || []);
}

function dayKey(iso) {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

// The start (midnight) of the week that holds `d`, by the week the person's language starts on.
function weekStart(d) {
  const first = firstDayOfWeek() % 7; // 0 Sunday .. 6 Saturday, as getDay()
  const s = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  s.setDate(s.getDate() - ((s.getDay() - first + 7) % 7));
  return s;
}

function capitalized(s) {
  return s.charAt(0).toLocaleUpperCase(language()) + s.slice(1);
}

// "Today", "Yesterday" (Intl, in the person's language), the weekday alone within this week (as
// the language's week starts: Monday in Russian, German and Spanish), else the full date.
export function dayLabel(iso) {
  const d = new Date(iso);
  const today = new Date();
  const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const day = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  const ago = Math.round((midnight - day) / 86400000);
  if (ago === 0 || ago === 1) return capitalized(formatRelative(-ago, 'day'));
  const wd = capitalized(d.toLocaleDateString(language(), { weekday: 'long' }));
  if (ago > 0 && day >= weekStart(today)) return wd;
  return t('day-label', { weekday: wd, date: formatDate(iso) });
}

export function clockTime(iso) {
  return new Date(iso).toLocaleTimeString(language(), { hour: '2-digit', minute: '2-digit' });
}

function fullStamp(iso) {
  return new Date(iso).toLocaleString(language(), { dateStyle: 'full', timeStyle: 'short' });
}

export function authorOf(id) {
  return knownPerson(id) || { id, first_name: '…', last_name: '', loading: true };
}

export class MessageList {
  // opts: { el, channel: () => chat, inThread, members: () => ids, onReply(m), onRetry(m), onDiscard(m), onEditDraft(m) }
  constructor(opts) {
    this.o = opts;
    this.el = opts.el;
    this.msgs = new Map();
    this.rows = new Map();
    this.days = new Map();
    this.unreadFrom = null;
    this.editing = null;
    this.lineEl = h('div', { class: 'new-line', role: 'separator', 'aria-label': t('new-messages') }, h('span', {}, t('new-messages')));
  }

  get size() {
    return this.msgs.size;
  }

  upsert(m) {
    const ck = m.client_id ? `c:${m.client_id}` : null;
    if (m.id && ck && this.msgs.has(ck)) {
      // The pending copy was stored: its row moves to the stored message's key, to be settled
      // in place (a new row would be announced again by the live region).
      this.msgs.delete(ck);
      const r = this.rows.get(ck);
      this.rows.delete(ck);
      if (r && !this.rows.has(m.id)) this.rows.set(m.id, r);
      else r?.node.remove();
    }
    const k = keyOf(m);
    const old = this.msgs.get(k);
    // A live event may be older than what we have (an edit arriving before the post's answer).
    if (old && old.id && m.id && old.edited_at && !m.edited_at && !m.deleted && !(m.reply_count > old.reply_count)) return;
    this.msgs.set(k, m);
  }

  add(list) {
    for (const m of list) this.upsert(m);
  }

  remove(k) {
    this.msgs.delete(k);
    const r = this.rows.get(k);
    r?.node.remove();
    this.rows.delete(k);
  }

  get(k) {
    return this.msgs.get(k);
  }

  sorted() {
    return [...this.msgs.values()].sort(cmp);
  }

  firstId() {
    return this.sorted().find((m) => m.id)?.id || null;
  }

  lastId() {
    const s = this.sorted().filter((m) => m.id);
    return s.length ? s[s.length - 1].id : null;
  }

  lastOwn() {
    const mine = this.sorted().filter((m) => m.id && !m.deleted && m.author_id === session.person.id);
    return mine[mine.length - 1] || null;
  }

  // Redraw every row (what one may do with messages changed, e.g. the chat was archived).
  refreshAll() {
    for (const r of this.rows.values()) r.stale = true;
    this.render();
  }

  // Redraw the rows that showed a name not known at the time.
  refreshNames() {
    let any = false;
    for (const r of this.rows.values()) {
      if (r.names) { r.stale = true; any = true; }
    }
    if (any) this.render();
  }

  render() {
    const want = [];
    let prev = null;
    for (const m of this.sorted()) {
      const dk = dayKey(m.created_at);
      const newDay = !prev || dayKey(prev.created_at) !== dk;
      if (newDay && !this.o.noDays) want.push(this.daySep(dk, m.created_at));
      const line = this.unreadFrom && m.id === this.unreadFrom;
      if (line) want.push(this.lineEl);
      const cont = !!prev && !newDay && !line && prev.author_id === m.author_id
        && new Date(m.created_at) - new Date(prev.created_at) < GROUP_MS;
      want.push(this.row(m, cont));
      prev = m;
    }
    const kids = this.el.children;
    want.forEach((node, i) => {
      if (kids[i] !== node) this.el.insertBefore(node, kids[i] || null);
    });
    while (this.el.children.length > want.length) this.el.lastElementChild.remove();
  }

  daySep(dk, iso) {
    let n = this.days.get(dk);
    const label = dayLabel(iso);
    if (!n || n.dataset.label !== label) {
      n = h('div', { class: 'day-sep', role: 'separator', dataset: { label } }, h('span', {}, label));
      this.days.set(dk, n);
    }
    return n;
  }

  row(m, cont) {
    const k = keyOf(m);
    const r = this.rows.get(k);
    if (r && this.editing === k && !m.deleted && !r.stale) return r.node;
    if (r && r.cont === cont && !r.stale && (r.m === m || same(r.m, m))) {
      r.m = m;
      return r.node;
    }
    if (r && !r.stale && r.m.local && !m.local && !m.deleted && r.m.body === m.body && r.cont === cont) {
      this.settle(r, m);
      return r.node;
    }
    this.unknownNames = false;
    const node = this.build(m, cont);
    if (r?.node.contains(document.activeElement)) setTimeout(() => node.querySelector('.msg-more')?.focus());
    r?.node.replaceWith(node);
    this.rows.set(k, { m, cont, node, stale: false, names: this.unknownNames });
    return node;
  }

  // A pending row whose message the server stored: same text, now normal, with its actions.
  settle(r, m) {
    const node = r.node;
    node.className = this.classes(m, r.cont).filter(Boolean).join(' ');
    node.dataset.key = keyOf(m);
    node.dataset.id = m.id;
    node.querySelector('.msg-status')?.remove();
    const bar = this.actions(m, m.author_id === session.person.id);
    if (bar) node.append(bar);
    r.m = m;
  }

  classes(m, cont) {
    const me = session.person.id;
    return ['msg', cont ? 'cont' : '', m.local ? `local ${m.local}` : '', m.deleted ? 'deleted' : '',
      (m.mentions || []).includes(me) ? 'mentions-me' : ''];
  }

  build(m, cont) {
    const me = session.person.id;
    const author = authorOf(m.author_id);
    if (author.loading) this.unknownNames = true;
    const name = author.loading ? '…' : fullName(author);
    const mine = m.author_id === me;
    const cls = this.classes(m, cont);
    const time = h('time', { class: 'msg-time', datetime: m.created_at, title: fullStamp(m.created_at) }, clockTime(m.created_at));
    const face = author.former ? h('span', { class: 'avatar former', 'aria-hidden': 'true' }, '?') : avatar(author);
    const gutter = h('div', { class: 'msg-gutter' }, cont ? time.cloneNode(true) : face);
    const head = cont ? null : h('div', { class: 'msg-head' },
      h('span', { class: ['msg-author', author.former ? 'former' : ''] }, name), time);
    let body;
    if (m.deleted) {
      body = h('div', { class: 'msg-body deleted-note' }, t('message-deleted'));
    } else if (this.editing === keyOf(m)) {
      body = this.editor(m);
    } else {
      // A bot's message about a request carries its card (bots-card.js).
      const cards = cardIds(m.body);
      body = h('div', { class: 'msg-body' }, renderBody(cards.length ? withoutCards(m.body) : m.body, { me, name: (id) => {
        const p = knownPerson(id);
        if (!p) this.unknownNames = true;
        return p ? fullName(p) : null;
      } }), cards.map((id) => requestCard(id)));
      if (m.edited_at) body.append(h('span', { class: 'msg-edited', title: t('edited-at', { time: fullStamp(m.edited_at) }) }, t('edited')));
    }
    let status = null;
    if (m.local === 'sending') status = h('div', { class: 'msg-status' }, t('sending'));
    if (m.local === 'failed') {
      const retry = h('button', { type: 'button', class: 'link-btn' }, t('retry'));
      retry.addEventListener('click', () => this.o.onRetry?.(m));
      const edit = h('button', { type: 'button', class: 'link-btn' }, t('edit'));
      edit.addEventListener('click', () => this.o.onEditDraft?.(m));
      const drop = h('button', { type: 'button', class: 'link-btn' }, t('discard'));
      drop.addEventListener('click', () => this.o.onDiscard?.(m));
      status = h('div', { class: 'msg-status failed', role: 'alert' }, icon('close'),
        h('span', {}, m.error ? t('not-sent-because', { error: m.error }) : t('not-sent'), ' — '), retry, ' · ', edit, ' · ', drop);
    }
    let replies = null;
    if (!this.o.inThread && m.reply_count > 0) {
      replies = h('button', { type: 'button', class: 'msg-replies' }, icon('thread'),
        h('strong', {}, t('replies-count', { count: m.reply_count })),
        m.last_reply_at ? h('span', { class: 'muted' }, t('last-reply', { time: formatTime(m.last_reply_at) })) : null);
      replies.addEventListener('click', () => this.o.onReply?.(m));
    }
    const actions = this.actions(m, mine);
    return h('article', { class: cls, dataset: { key: keyOf(m), id: m.id || '' } }, gutter,
      h('div', { class: 'msg-main' }, head, body, filesBlock(m), this.reactions(m), status, replies), actions);
  }

  // The message's reactions; clicking one adds or takes back one's own.
  reactions(m) {
    if (m.local || m.deleted) return null;
    const may = !!this.o.channel()?.can?.react;
    return reactionsBar(m, may, (emoji, on) => this.react(m, emoji, on));
  }

  async react(m, emoji, on) {
    try {
      const r = await toggleReaction(m.id, emoji, on);
      const cur = this.msgs.get(keyOf(m)) || m;
      this.upsert({ ...cur, reactions: r.reactions });
      this.render();
    } catch (e) {
      this.flash(m, e.message);
    }
  }

  actions(m, mine) {
    if (m.local || m.deleted) return null;
    const c = this.o.channel();
    // Others' messages: where the server lets this person moderate the chat.
    const moderator = !!c?.can?.moderate;
    const items = [];
    if (!this.o.inThread && !c?.archived) items.push([t('reply-in-thread'), () => this.o.onReply?.(m)]);
    if (mine && !c?.archived) items.push([t('edit-message'), () => this.startEdit(m)]);
    if (mine || moderator) items.push([t('delete-message-menu'), () => this.confirmDelete(m, mine), { danger: true }]);
    items.push([t('copy-message-link'), () => this.copyLink(m)]);
    if (!this.o.inThread && this.o.onMarkUnread) items.push([t('mark-unread'), () => this.markUnread(m)]);
    items.push([t('remind-me'), () => remindMenu(this.el.querySelector(`[data-key="${CSS.escape(keyOf(m))}"] .msg-more`) || this.el, m)]);
    const bar = h('div', { class: 'msg-actions', role: 'toolbar', 'aria-label': t('message-actions') });
    if (c?.can?.react) {
      const add = h('button', { type: 'button', class: 'btn ghost icon small react-btn', tabindex: '-1', 'aria-label': t('reaction-add'), title: t('reaction-add'), 'aria-haspopup': 'dialog' }, icon('smile'));
      add.addEventListener('click', () => reactionPicker(add, (emoji) => this.react(m, emoji, true)));
      bar.append(add);
    }
    if (!this.o.inThread && !c?.archived) {
      // A pointer shortcut: keyboard users reach "Reply in thread" in the "More actions" menu, so
      // each message costs one Tab stop, not two.
      const reply = h('button', { type: 'button', class: 'btn ghost icon small', tabindex: '-1', 'aria-label': t('reply-in-thread'), title: t('reply-in-thread') }, icon('thread'));
      reply.addEventListener('click', () => this.o.onReply?.(m));
      bar.append(reply);
    }
    const more = h('button', { type: 'button', class: 'btn ghost icon small msg-more', 'aria-label': t('more-actions'), title: t('more'), 'aria-haspopup': 'menu' }, icon('more'));
    more.addEventListener('click', () => openMenu(more, items));
    bar.append(more);
    return bar;
  }

  // A link that opens the chat at this message (its thread, for a reply), for anyone who may read it.
  copyLink(m) {
    const at = m.thread_root || m.id;
    const url = `${location.origin}/c/${m.channel_id}?at=${at}${m.thread_root ? `&thread=${m.thread_root}` : ''}`;
    const done = () => toast(t('link-copied'));
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(url).then(done, () => prompt(t('copy-link'), url));
    else prompt(t('copy-link'), url);
  }

  async markUnread(m) {
    try {
      const r = await api.post(`/api/channels/${m.channel_id}/unread`, { message_id: m.id });
      this.o.onMarkUnread?.(m, r);
    } catch (e) {
      this.flash(m, e.message);
    }
  }

  async confirmDelete(m, mine) {
    const author = fullName(authorOf(m.author_id));
    const ok = await confirmDialog({
      title: t('delete-message-question'),
      message: [mine ? t('delete-message-text-own') : t('delete-message-text', { name: author }),
        m.reply_count ? t('delete-message-thread') : ''].filter(Boolean).join(' '),
      confirm: t('delete'),
    });
    if (!ok) return;
    try {
      const d = await api.del(`/api/messages/${m.id}`);
      this.upsert(d);
      this.render();
    } catch (e) {
      this.flash(m, e.message);
    }
  }

  flash(m, msg) {
    const node = this.rows.get(keyOf(m))?.node;
    if (!node) return;
    node.querySelector('.msg-flash')?.remove();
    const n = h('div', { class: 'msg-flash alert error', role: 'alert' }, msg);
    node.querySelector('.msg-main').append(n);
    setTimeout(() => n.remove(), 8000);
  }

  startEdit(m) {
    if (!m || m.local || m.deleted || m.author_id !== session.person.id) return false;
    this.editing = keyOf(m);
    const r = this.rows.get(this.editing);
    if (r) r.stale = true;
    this.render();
    const ta = this.el.querySelector(`[data-key="${CSS.escape(this.editing)}"] textarea`);
    if (ta) {
      ta.focus();
      ta.setSelectionRange(ta.value.length, ta.value.length);
      ta.closest('.msg').scrollIntoView({ block: 'nearest' });
    }
    return true;
  }

  stopEdit() {
    const k = this.editing;
    this.editing = null;
    // The editor goes away with focus in it; focus goes back to the composer (`afterEdit`), not to
    // the redrawn message's menu button.
    const r0 = this.rows.get(k);
    if (r0?.node.contains(document.activeElement)) document.activeElement.blur();
    const r = this.rows.get(k);
    if (r) r.stale = true;
    this.render();
    this.o.afterEdit?.();
  }

  editor(m) {
    const d = toDisplay(m.body);
    const ta = h('textarea', { class: 'input edit-input', 'aria-label': t('edit-message'), rows: '2' });
    ta.value = d.text;
    const err = h('div', { class: 'field-error', role: 'alert' });
    const save = h('button', { type: 'submit', class: 'btn primary small' }, t('save'));
    const cancel = h('button', { type: 'button', class: 'btn small' }, t('cancel'));
    const wrap = h('div', { class: 'edit-wrap' }, ta);
    const form = h('form', { class: 'msg-edit', novalidate: true }, wrap, err,
      h('div', { class: 'row' }, cancel, save, h('span', { class: 'muted small' }, t('edit-hint'))));
    attachMentions(ta, wrap, () => this.o.members?.() || [], d.map);
    setTimeout(() => autoGrow(ta));
    ta.addEventListener('input', () => autoGrow(ta));
    cancel.addEventListener('click', () => this.stopEdit());
    ta.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') { ev.preventDefault(); ev.stopPropagation(); this.stopEdit(); }
      if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); form.requestSubmit(); }
    });
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const text = ta.value.trim();
      if (!text) { err.textContent = t('edit-empty'); return; }
      const body = toBody(text, d.map);
      if (body === m.body) { this.stopEdit(); return; }
      save.disabled = true;
      save.setAttribute('aria-busy', 'true');
      try {
        const updated = await api.patch(`/api/messages/${m.id}`, { body });
        this.upsert(updated);
        this.stopEdit();
      } catch (e) {
        err.textContent = e.message;
        save.disabled = false;
        save.removeAttribute('aria-busy');
        ta.focus();
      }
    });
    return form;
  }
}
