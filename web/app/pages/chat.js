// The conversation view, /c/:id: header (name, topic, members, pin), the message history as a
// live region (older pages load on scrolling up, position kept), the composer with optimistic
// sending, typing notices, read marking while the chat is visible and the window focused.

import { h, icon, replace, fullName } from '../dom.js';
import { api } from '../api.js';
import { setSection, setHeader, showMain, markCurrent, closePanel, setView } from '../shell.js';
import { emptyState } from '../ui.js';
import { navigate } from '../router.js';
import { onLive } from '../live.js';
import { onPeopleChange, knownPerson, getPerson, rememberName } from '../people-cache.js';
import { loadAll } from '../paged.js';
import {
  chats, upsertChat, setOpenChat, onRemoved, togglePin, isPinned, joinChannel, reportError, subscribe,
} from '../chats-state.js';
import { fillChatsSidebar } from './chat-sidebar.js';
import { chatHeading, directPartner } from './chat-bits.js';
import { session } from '../state.js';
import { MessageList } from './message-list.js';
import { composer } from './composer.js';
import { draftMessage, deliver, discard, unsent } from '../outbox.js';
import { openThread, closeThreadIf } from './thread.js';
import { openChatDetails } from './chat-panel.js';
import { presenceOf, onPresence, statusLine, watchPresence, PRESENCE_LABEL } from '../presence.js';
import { notifyButton } from './notify-settings.js';
import { t } from '../i18n.js';

let view = null;

export function chatsSection() {
  setSection('chats', t('chats-title'), fillChatsSidebar);
}

export function showChat(id, query) {
  chatsSection();
  markCurrent(`/c/${id}`);
  const thread = query?.get('thread');
  const at = query?.get('at');
  if (view && view.id === id && view.root.isConnected && !at) {
    setView('main');
    if (thread) openThread(view.ctx, thread);
    else view.composer?.focus();
    return;
  }
  view?.dispose();
  closePanel();
  view = new ChatView(id, thread, at);
}

// Sends `m` (an outbox draft) and shows it in `list`: greyed while sending, normal once stored,
// "Not sent — Retry" on failure. A refusal that retrying cannot fix goes back to the composer.
export async function sendInto(list, m, { composer: comp, rerender }) {
  list.upsert({ ...m, local: 'sending' });
  rerender(true);
  try {
    const stored = await deliver(m);
    list.upsert(stored);
    rerender(false);
  } catch (e) {
    if (m.permanent && comp && comp.restore(m.body, e.message)) {
      discard(m);
      list.remove(`c:${m.client_id}`);
    } else {
      list.upsert({ ...m });
    }
    rerender(false);
  }
}

class ChatView {
  // `at`: open at this message (a search result) rather than at the newest.
  constructor(id, thread, at) {
    this.id = id;
    this.at = at || null;
    this.hasNewer = false;
    this.channel = chats.byId.get(id) || null;
    this.members = [];
    this.typing = new Map();
    this.hasMore = false;
    this.loadingOlder = false;
    this.lastRead = null;
    this.offs = [];
    this.removed = false;

    this.messagesEl = h('div', { class: 'messages', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': t('messages') });
    this.top = h('div', { class: 'history-top' });
    this.scroller = h('div', { class: 'chat-scroll', tabindex: '-1' }, this.top, this.messagesEl);
    this.typingEl = h('div', { class: 'typing-line', 'aria-live': 'polite' });
    this.jumpBtn = h('button', { type: 'button', class: 'jump-new', hidden: true }, t('new-messages'), icon('down'));
    this.jumpBtn.addEventListener('click', () => {
      if (this.hasNewer) { view = null; this.dispose(); showChat(this.id); return; }
      this.scrollToBottom(true);
    });
    this.notice = h('div', { class: 'chat-notice', hidden: true });
    this.composerSlot = h('div', { class: 'composer-slot' });
    this.root = h('div', { class: 'chat-view' }, this.scroller, this.jumpBtn, this.typingEl, this.notice, this.composerSlot);
    this.list = new MessageList({
      el: this.messagesEl,
      channel: () => this.channel,
      members: () => this.members,
      onReply: (m) => openThread(this.ctx, m.id),
      onRetry: (m) => sendInto(this.list, m, { composer: this.composer, rerender: (s) => this.rerender(s) }),
      onDiscard: (m) => { discard(m); this.list.remove(`c:${m.client_id}`); this.rerender(); },
      onEditDraft: (m) => {
        if (this.composer?.restore(m.body)) { discard(m); this.list.remove(`c:${m.client_id}`); this.rerender(); }
        else this.list.flash(m, t('composer-busy'));
      },
      afterEdit: () => this.composer?.focus(),
      onMarkUnread: (m, r) => {
        // Stay unread until the person comes back to the chat.
        this.holdRead = true;
        this.list.unreadFrom = m.id;
        this.rerender();
        upsertChat({ id: this.id, unread: r.unread, mentions: r.mentions });
      },
    });
    this.memberWatchers = new Set();
    this.ctx = {
      id, view: this,
      channel: () => this.channel,
      members: () => this.members,
      // `fn()` runs when the whole member list has arrived; answers a function to stop.
      watchMembers: (fn) => {
        this.memberWatchers.add(fn);
        return () => this.memberWatchers.delete(fn);
      },
      sendInto,
    };

    this.header();
    showMain(this.root);
    this.top.append(h('div', { class: 'msg-skeleton', 'aria-busy': 'true', 'aria-label': t('loading-messages') },
      [0, 1, 2, 3, 4].map((i) => h('div', { class: 'row' }, h('div', { class: 'skeleton circle' }),
        h('div', { class: 'stack spacer' }, h('div', { class: 'skeleton line w40' }), h('div', { class: `skeleton line ${['w80', 'w60', 'w40'][i % 3]}` }))))));
    setOpenChat({ id, isReading: () => this.isReading() });
    this.wire();
    this.load(thread);
  }

  // The page around `this.at`, that message brought into view and briefly highlighted.
  async loadAround() {
    const page = await api.get(`/api/channels/${this.id}/messages?around=${this.at}&limit=50`);
    if (!this.alive()) return false;
    this.hasMore = page.has_more;
    this.hasNewer = !!page.has_newer;
    this.list.add(page.messages);
    return true;
  }

  showAt() {
    const row = this.messagesEl.querySelector(`.msg[data-id="${CSS.escape(this.at)}"]`);
    if (!row) return false;
    this.stuck = false;
    row.scrollIntoView({ block: 'center' });
    row.classList.add('flash');
    setTimeout(() => row.classList.remove('flash'), 2500);
    return true;
  }

  async loadNewer() {
    if (!this.hasNewer || this.loadingNewer) return;
    const last = this.list.lastId();
    if (!last) return;
    this.loadingNewer = true;
    try {
      const page = await api.get(`/api/channels/${this.id}/messages?after=${last}&limit=50`);
      if (!this.alive()) return;
      this.hasNewer = page.has_more;
      this.list.add(page.messages);
      this.list.render();
    } catch { /* scrolling again retries */ } finally {
      this.loadingNewer = false;
    }
  }

  dispose() {
    this.composer?.destroy();
    this.offs.forEach((f) => f());
    this.offs = [];
    clearTimeout(this.readTimer);
    for (const t of this.typing.values()) clearTimeout(t);
    if (view === this) {
      view = null;
      setOpenChat(null);
    }
  }

  alive() {
    if (this.root.isConnected) return true;
    this.dispose();
    return false;
  }

  header() {
    const c = this.channel;
    if (!c) {
      setHeader(t('loading-ellipsis'), '');
      return;
    }
    const count = this.membersLoaded ? this.members.length : (c.member_count || this.members.length);
    const sub = c.archived ? [t('archived-title'), c.description].filter(Boolean).join(' · ')
      : c.description || (c.kind === 'direct' ? partnerLine(c) : c.kind === 'group' ? t('group-chat') : (c.private ? t('channel-private') : t('channel')));
    const membersBtn = h('button', { type: 'button', class: 'btn ghost small members-btn', 'aria-label': t('members-show-details', { count }), title: t('members-and-details') },
      icon('people'), String(count));
    membersBtn.addEventListener('click', () => openChatDetails(this.ctx));
    const pinned = isPinned(c.id);
    const pin = h('button', { type: 'button', class: ['btn', 'ghost', 'icon', 'pin-toggle', pinned ? 'on' : ''], 'aria-pressed': pinned ? 'true' : 'false',
      'aria-label': pinned ? t('unpin-from-sidebar') : t('pin-to-sidebar'), title: pinned ? t('unpin') : t('pin') }, icon('pin'));
    pin.addEventListener('click', () => togglePin(c.id).catch(reportError));
    const outside = c.joined === false || this.removed;
    const bell = outside ? null : notifyButton(c, (level) => this.applyChannel({ ...c, notify: level }));
    setHeader(chatHeading(c), sub, outside ? null : membersBtn, bell, outside ? null : pin);
  }

  // A changed copy of the chat from the server (details panel): keep everything in step.
  applyChannel(updated) {
    const was = this.channel;
    if (updated.members && !this.membersLoaded) this.members = updated.members;
    this.channel = chats.byId.has(updated.id) || !updated.archived ? upsertChat(updated) : { ...this.channel, ...updated };
    this.header();
    if (mayWriteChanged(was, this.channel)) {
      this.setupComposer();
      this.list.refreshAll();
    }
  }

  wire() {
    const on = (type, fn) => this.offs.push(onLive(type, (f) => { if (this.alive()) fn(f); }));
    on('message.created', (m) => {
      if (m.channel_id !== this.id || m.thread_root) return;
      // Reading older history (opened at a search result): newer messages load on scrolling.
      if (this.hasNewer) { this.jumpBtn.hidden = false; return; }
      const wasBottom = this.atBottom();
      this.list.upsert(m);
      this.stopTyping(m.author_id);
      const own = m.author_id === currentMe();
      this.rerender(own);
      if (!own) {
        if (wasBottom) this.scrollToBottom();
        else this.jumpBtn.hidden = false;
      }
      this.markReadSoon();
    });
    on('message.updated', (m) => {
      if (m.channel_id !== this.id || m.thread_root) return;
      if (this.list.get(m.id)) { this.list.upsert(m); this.rerender(); }
    });
    on('reaction.updated', (f) => {
      if (f.channel_id !== this.id || f.thread_root) return;
      const old = this.list.get(f.message_id);
      if (old) { this.list.upsert({ ...old, reactions: f.reactions }); this.rerender(); }
    });
    on('message.deleted', (f) => {
      if (f.channel_id !== this.id || f.thread_root) return;
      const old = this.list.get(f.id);
      if (old) { this.list.upsert({ ...old, deleted: true, body: '', mentions: [] }); this.rerender(); }
    });
    on('typing', (f) => {
      if (f.channel_id !== this.id || f.person_id === currentMe()) return;
      clearTimeout(this.typing.get(f.person_id));
      this.typing.set(f.person_id, setTimeout(() => this.stopTyping(f.person_id), 5000));
      getPerson(f.person_id).catch(() => {}).finally(() => this.drawTyping());
    });
    on('member.added', (f) => {
      if (f.channel_id !== this.id) return;
      if (!this.members.includes(f.person_id)) this.members.push(f.person_id);
      this.header();
    });
    on('member.removed', (f) => {
      if (f.channel_id !== this.id) return;
      this.members = this.members.filter((p) => p !== f.person_id);
      this.header();
    });
    on('reconnected', () => {
      this.catchUp();
      this.retryFailed();
    });
    this.offs.push(onRemoved((cid) => {
      if (cid !== this.id || !this.alive()) return;
      this.removed = true;
      this.showNotice(t('removed-from-chat'), 'warning');
      this.composerSlot.replaceChildren();
      this.typingEl.textContent = '';
      this.header();
      closeThreadIf(this.id);
    }));
    this.offs.push(subscribe(() => {
      if (!this.alive()) return;
      const c = chats.byId.get(this.id);
      if (c && c !== this.channel) {
        const was = this.channel;
        this.channel = { ...this.channel, ...c };
        if (mayWriteChanged(was, this.channel)) {
          this.setupComposer();
          this.list.refreshAll();
        }
      }
      this.header();
    }));
    this.offs.push(onPresence((pid) => {
      if (this.alive() && this.channel?.kind === 'direct' && directPartner(this.channel).id === pid) this.header();
    }));
    this.offs.push(onPeopleChange(() => {
      if (!this.alive()) return;
      this.list.refreshNames();
      this.drawTyping();
      if (this.channel?.kind === 'direct') this.header();
    }));
    const onFocus = () => { if (this.alive()) this.markReadSoon(); };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    this.offs.push(() => { window.removeEventListener('focus', onFocus); document.removeEventListener('visibilitychange', onFocus); });
    // Stay at the bottom when the view changes size (panel opens, composer grows, images).
    this.stuck = true;
    const ro = new ResizeObserver(() => { if (this.stuck) this.scroller.scrollTop = this.scroller.scrollHeight; });
    ro.observe(this.scroller);
    ro.observe(this.messagesEl);
    this.offs.push(() => ro.disconnect());
    this.scroller.addEventListener('scroll', () => {
      this.stuck = this.atBottom();
      if (this.scroller.scrollTop < 400) this.loadOlder();
      if (this.hasNewer && this.scroller.scrollHeight - this.scroller.scrollTop - this.scroller.clientHeight < 400) this.loadNewer();
      if (this.atBottom()) this.jumpBtn.hidden = true;
      this.markReadSoon();
    }, { passive: true });
  }

  async load(thread) {
    let detail;
    try {
      detail = await api.get(`/api/channels/${this.id}`);
    } catch (e) {
      if (!this.alive()) return;
      this.top.replaceChildren();
      if (e.status === 404) {
        setHeader(t('chat-not-found'));
        showMain(emptyState('chat', t('chat-unavailable'), t('chat-unavailable-text'),
          h('button', { class: 'btn', type: 'button', onclick: () => navigate('/') }, t('back-to-chats'))));
      } else {
        this.fail(e.message, () => this.load(thread));
      }
      return;
    }
    if (!this.alive()) return;
    this.members = detail.members || [];
    if (detail.joined) this.loadMembers();
    this.channel = detail.joined ? upsertChat(detail) : detail;
    this.header();
    if (!detail.joined) return this.joinPrompt(detail);
    const unread = this.channel.unread || 0;
    if (this.at) {
      try {
        if (!(await this.loadAround())) return;
      } catch (e) {
        if (this.alive()) this.fail(e.message, () => this.load(thread));
        return;
      }
      this.list.add(unsent(this.id));
      this.drawTop();
      this.list.render();
      this.setupComposer();
      requestAnimationFrame(() => { if (!this.showAt()) this.scrollToBottom(); });
      if (thread) openThread(this.ctx, thread);
      return;
    }
    try {
      const limit = Math.min(200, Math.max(50, unread + 20));
      const page = await api.get(`/api/channels/${this.id}/messages?limit=${limit}`);
      if (!this.alive()) return;
      this.hasMore = page.has_more;
      this.list.add(page.messages);
      this.list.add(unsent(this.id));
      if (unread > 0) {
        const top = page.messages;
        const first = top[Math.max(0, top.length - unread)];
        this.list.unreadFrom = first?.id || null;
      } else if (page.messages.length) {
        // Nothing unread: the server's read position is already at the newest message.
        this.lastRead = page.messages[page.messages.length - 1].id;
      }
    } catch (e) {
      if (this.alive()) this.fail(e.message, () => this.load(thread));
      return;
    }
    this.drawTop();
    this.list.render();
    this.setupComposer();
    requestAnimationFrame(() => {
      const line = this.list.unreadFrom && this.messagesEl.querySelector('.new-line');
      if (line && line.offsetTop > this.scroller.clientHeight * 0.6) {
        this.stuck = false;
        this.scroller.scrollTop = line.offsetTop - 80;
      } else {
        this.scrollToBottom();
      }
      this.markReadSoon();
    });
    if (thread) openThread(this.ctx, thread);
  }

  // Everyone in this chat, with their names (a channel's view names none of them, a group's only
  // the first few; a freelancer's directory does not hold them all).
  async loadMembers() {
    let list;
    try {
      list = await loadAll(`/api/channels/${this.id}/members`, 'members');
    } catch {
      return; // the header keeps the chat's member count; mentions offer who is known
    }
    if (!this.alive()) return;
    list.forEach(rememberName);
    this.members = list.map((m) => m.id);
    this.membersLoaded = true;
    this.header();
    for (const fn of [...this.memberWatchers]) fn();
  }

  fail(msg, retry) {
    const again = h('button', { type: 'button', class: 'btn small' }, t('try-again'));
    again.addEventListener('click', () => { this.top.replaceChildren(); retry(); });
    replace(this.top, h('div', { class: 'alert error history-error', role: 'alert' }, msg, ' ', again));
  }

  joinPrompt(c) {
    this.top.replaceChildren();
    const join = h('button', { type: 'button', class: 'btn primary' }, t('channel-join-named', { name: c.name }));
    join.addEventListener('click', async () => {
      join.disabled = true;
      try {
        await joinChannel(c.id);
        view = null;
        this.dispose();
        showChat(c.id);
      } catch (e) {
        join.disabled = false;
        reportError(e);
      }
    });
    showMain(emptyState(c.private ? 'lock' : 'hash', `#${c.name}`,
      [c.description, t('join-prompt', { count: c.member_count })].filter(Boolean).join(' — '), join));
  }

  drawTop() {
    if (this.hasMore) {
      replace(this.top, h('div', { class: 'older-loading', hidden: !this.loadingOlder },
        h('div', { class: 'skeleton line w60' }), h('div', { class: 'skeleton line w40' })));
      return;
    }
    const c = this.channel;
    const intro = c.kind === 'channel'
      ? [h('h2', {}, t('channel-welcome', { name: c.name })), h('p', { class: 'muted' }, [t('channel-beginning', { name: c.name }), c.description].filter(Boolean).join(' '))]
      : [h('h2', {}, c.name), h('p', { class: 'muted' }, c.kind === 'direct' ? t('direct-beginning', { name: c.name }) : t('group-beginning'))];
    replace(this.top, h('div', { class: 'history-start' }, ...intro,
      this.list.size === 0 ? h('p', { class: 'muted small' }, t('no-messages-yet')) : null));
  }

  async loadOlder() {
    if (!this.hasMore || this.loadingOlder) return;
    const first = this.list.firstId();
    if (!first) return;
    this.loadingOlder = true;
    this.drawTop();
    try {
      const page = await api.get(`/api/channels/${this.id}/messages?before=${first}&limit=50`);
      if (!this.alive()) return;
      const prevH = this.scroller.scrollHeight;
      const prevTop = this.scroller.scrollTop;
      this.hasMore = page.has_more;
      this.list.add(page.messages);
      this.loadingOlder = false;
      this.drawTop();
      this.list.render();
      this.scroller.scrollTop = prevTop + (this.scroller.scrollHeight - prevH);
    } catch (e) {
      this.loadingOlder = false;
      if (this.alive()) this.fail(e.message, () => { this.drawTop(); this.loadOlder(); });
    }
  }

  async catchUp() {
    try {
      const detail = await api.get(`/api/channels/${this.id}`);
      if (!this.alive()) return;
      this.loadMembers();
      this.channel = upsertChat(detail);
      let after = this.list.lastId();
      for (let i = 0; i < 20; i++) {
        const q = after ? `after=${after}&limit=200` : 'limit=50';
        const page = await api.get(`/api/channels/${this.id}/messages?${q}`);
        if (!this.alive()) return;
        this.list.add(page.messages);
        if (!after || !page.has_more || !page.messages.length) break;
        after = page.messages[page.messages.length - 1].id;
      }
      // Edits and deletions of recent messages made while we were away.
      const recent = await api.get(`/api/channels/${this.id}/messages?limit=50`);
      if (!this.alive()) return;
      for (const m of recent.messages) if (this.list.get(m.id)) this.list.upsert(m);
      this.rerender();
      this.markReadSoon();
    } catch { /* the next reconnect tries again */ }
  }

  setupComposer() {
    const c = this.channel;
    this.composer?.destroy();
    this.composer = null;
    this.composerSlot.replaceChildren();
    if (this.removed) return;
    if (c.archived) {
      this.showNotice(t('channel-archived-notice', { name: c.name }), 'info');
      return;
    }
    this.showNotice('');
    if (!c.can?.post) return;
    this.composer = composer({
      key: this.id,
      label: c.kind === 'channel' ? t('message-channel', { name: c.name }) : t('message-chat', { name: c.name }),
      members: () => this.members,
      channelId: this.id,
      files: true,
      dropTarget: this.root,
      onSend: (body, files) => {
        this.list.unreadFrom = null;
        sendInto(this.list, draftMessage(this.id, body, null, files), { composer: this.composer, rerender: (s) => this.rerender(s) });
      },
      onEditLast: () => this.list.startEdit(this.list.lastOwn()),
    });
    this.composerSlot.append(this.composer.el);
    if (!document.querySelector('dialog[open]') && window.matchMedia('(min-width: 761px)').matches) this.composer.focus();
  }

  showNotice(msg, kind = 'info') {
    this.notice.className = `chat-notice alert ${kind}`;
    this.notice.textContent = msg;
    this.notice.hidden = !msg;
  }

  // Redraws the list; keeps the bottom in view if it was (or if `stick`).
  rerender(stick = false) {
    const wasBottom = this.atBottom();
    this.list.render();
    if (this.list.size && this.top.querySelector('.history-start')) this.drawTop();
    if (stick || wasBottom) this.scrollToBottom();
  }

  atBottom() {
    const s = this.scroller;
    return s.scrollHeight - s.scrollTop - s.clientHeight < 80;
  }

  scrollToBottom(smooth = false) {
    this.stuck = true;
    this.scroller.scrollTo({ top: this.scroller.scrollHeight, behavior: smooth ? 'smooth' : 'auto' });
    this.jumpBtn.hidden = true;
  }

  isReading() {
    return this.root.isConnected && document.hasFocus() && document.visibilityState === 'visible' && this.atBottom();
  }

  markReadSoon() {
    clearTimeout(this.readTimer);
    this.readTimer = setTimeout(() => this.markRead(), 250);
  }

  // Marks read up to the newest message on screen, when the window has the focus.
  markRead() {
    if (this.hasNewer || this.holdRead) return;
    if (!this.alive() || this.removed || !document.hasFocus() || document.visibilityState !== 'visible') return;
    const bottom = this.scroller.getBoundingClientRect().bottom;
    const rows = this.messagesEl.querySelectorAll('.msg[data-id]');
    let newest = null;
    for (let i = rows.length - 1; i >= 0; i--) {
      const id = rows[i].dataset.id;
      if (id && rows[i].getBoundingClientRect().top < bottom - 8) { newest = id; break; }
    }
    // Whatever the local count says: messages read live (never counted here as unread) must move
    // the server's read position too, or they come back unread on reload and on other devices.
    if (!newest || (this.lastRead && newest <= this.lastRead)) return;
    const prev = this.lastRead;
    this.lastRead = newest;
    api.post(`/api/channels/${this.id}/read`, { message_id: newest })
      .then((r) => { if (chats.byId.has(this.id)) upsertChat({ id: this.id, unread: r.unread, mentions: r.mentions }); })
      .catch(() => { this.lastRead = prev; });
  }

  // Messages that failed for want of a connection go out again by themselves once it is back
  // (the server stores each client_id once, so a retry that crosses a late answer is harmless).
  retryFailed() {
    for (const m of unsent(this.id)) {
      if (m.local === 'failed' && !m.permanent) {
        sendInto(this.list, m, { composer: this.composer, rerender: (s) => this.rerender(s) });
      }
    }
  }

  stopTyping(pid) {
    if (!this.typing.has(pid)) return;
    clearTimeout(this.typing.get(pid));
    this.typing.delete(pid);
    this.drawTyping();
  }

  drawTyping() {
    const names = [...this.typing.keys()].map((p) => knownPerson(p)).filter((p) => p && !p.former).map((p) => p.first_name || fullName(p));
    let text = '';
    if (names.length === 1) text = t('typing-one', { name: names[0] });
    else if (names.length === 2) text = t('typing-two', { first: names[0], second: names[1] });
    else if (names.length > 2) text = t('typing-several');
    this.typingEl.textContent = text;
  }
}

// Whether what one may write or do with messages changed (archived, or the server's `can`).
function mayWriteChanged(a, b) {
  return !!a?.archived !== !!b?.archived || !!a?.can?.post !== !!b?.can?.post || !!a?.can?.moderate !== !!b?.can?.moderate;
}

// Under a direct chat's name: the other person's presence, status and job title, when known.
function partnerLine(c) {
  const id = directPartner(c).id;
  watchPresence([id]);
  const p = knownPerson(id);
  const pr = presenceOf(id);
  const parts = [pr ? t(PRESENCE_LABEL[pr.presence] || 'presence-offline') : null, pr?.dnd ? t('presence-dnd') : null, statusLine(pr) || null,
    p && !p.former && p.title ? p.title : null];
  return parts.filter(Boolean).join(' · ') || t('direct-chat');
}

function currentMe() {
  return session.person.id;
}
