// The thread panel (root, replies, a reply composer, Follow/Unfollow, live, marks read) and the
// /threads page listing followed threads with their unread counts.

import { h, icon, replace, fullName, formatTime } from '../dom.js';
import { api } from '../api.js';
import { openPanel, closePanel, currentShell, setHeader, showMain, markCurrent } from '../shell.js';
import { emptyState, skeletonList } from '../ui.js';
import { navigate } from '../router.js';
import { onLive } from '../live.js';
import { onPeopleChange, knownPerson } from '../people-cache.js';
import { chats, subscribe, refreshThreads } from '../chats-state.js';
import { plainText } from '../format.js';
import { session } from '../state.js';
import { MessageList, authorOf } from './message-list.js';
import { composer } from './composer.js';
import { draftMessage, discard, unsent } from '../outbox.js';
import { t } from '../i18n.js';

let current = null;

export function closeThreadIf(channelId) {
  if (current && current.channelId === channelId) closePanel();
}

// ctx: { id (channel id), channel(), members(), sendInto }
export function openThread(ctx, rootId) {
  if (current && current.rootId === rootId && current.el.isConnected) {
    current.composer?.focus();
    return;
  }
  current?.dispose();
  current = new ThreadPanel(ctx, rootId);
}

class ThreadPanel {
  constructor(ctx, rootId) {
    this.ctx = ctx;
    this.channelId = ctx.id;
    this.rootId = rootId;
    this.offs = [];
    this.following = false;
    this.rootEl = h('div', { class: 'messages thread-root' });
    this.countEl = h('div', { class: 'thread-count', role: 'separator' });
    this.repliesEl = h('div', { class: 'messages thread-replies', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': t('replies') });
    this.followBtn = h('button', { type: 'button', class: 'btn small', 'aria-pressed': 'false' }, t('follow'));
    this.followBtn.addEventListener('click', () => this.toggleFollow());
    this.status = h('div', { class: 'thread-status', role: 'status' });
    this.scroller = h('div', { class: 'thread-scroll' }, this.rootEl, this.countEl, this.repliesEl);
    this.composerSlot = h('div', { class: 'composer-slot' });
    const c = ctx.channel();
    const where = c ? (c.kind === 'channel' ? `#${c.name}` : c.name) : '';
    this.el = h('div', { class: 'thread-view' },
      h('div', { class: 'thread-bar' }, h('span', { class: 'muted small where' }, where ? t('thread-in', { where }) : ''), h('span', { class: 'spacer' }), this.followBtn),
      this.status, this.scroller, this.composerSlot);
    const listOpts = {
      channel: () => this.ctx.channel(),
      members: () => this.ctx.members(),
      inThread: true,
      onRetry: (m) => this.ctx.sendInto(this.replies, m, { composer: this.composer, rerender: (s) => this.rerender(s) }),
      onDiscard: (m) => { discard(m); this.replies.remove(`c:${m.client_id}`); this.rerender(); },
      onEditDraft: (m) => {
        if (this.composer?.restore(m.body)) { discard(m); this.replies.remove(`c:${m.client_id}`); this.rerender(); }
      },
      afterEdit: () => this.composer?.focus(),
    };
    this.rootList = new MessageList({ ...listOpts, el: this.rootEl, noDays: true });
    this.replies = new MessageList({ ...listOpts, el: this.repliesEl });
    replace(this.repliesEl, skeletonList(3));
    openPanel(t('thread'), this.el);
    currentShell().onPanelClosed = () => this.dispose();
    this.wire();
    this.load();
  }

  dispose() {
    this.composer?.destroy();
    this.offs.forEach((f) => f());
    this.offs = [];
    clearTimeout(this.readTimer);
    if (current === this) {
      current = null;
      const shell = currentShell();
      if (shell.onPanelClosed) shell.onPanelClosed = null;
      if (new URLSearchParams(location.search).get('thread') === this.rootId) {
        history.replaceState(null, '', location.pathname);
      }
    }
  }

  alive() {
    if (this.el.isConnected) return true;
    this.dispose();
    return false;
  }

  wire() {
    const on = (type, fn) => this.offs.push(onLive(type, (f) => { if (this.alive()) fn(f); }));
    on('message.created', (m) => {
      if (m.thread_root !== this.rootId) return;
      this.replies.upsert(m);
      this.rerender(m.author_id === session.person.id);
      this.markReadSoon();
    });
    on('message.updated', (m) => {
      if (m.id === this.rootId) { this.rootList.upsert(m); this.root = m; this.drawRoot(); }
      else if (m.thread_root === this.rootId && this.replies.get(m.id)) { this.replies.upsert(m); this.rerender(); }
    });
    on('reaction.updated', (f) => {
      if (f.message_id === this.rootId) { this.root = { ...this.root, reactions: f.reactions }; this.rootList.upsert(this.root); this.drawRoot(); }
      else if (f.thread_root === this.rootId && this.replies.get(f.message_id)) {
        this.replies.upsert({ ...this.replies.get(f.message_id), reactions: f.reactions });
        this.rerender();
      }
    });
    on('message.deleted', (f) => {
      if (f.id === this.rootId) {
        this.root = { ...this.root, deleted: true, body: '', mentions: [] };
        this.rootList.upsert(this.root);
        this.drawRoot();
        this.setupComposer();
      } else if (f.thread_root === this.rootId) {
        const old = this.replies.get(f.id);
        if (old) { this.replies.upsert({ ...old, deleted: true, body: '', mentions: [] }); this.rerender(); }
      }
    });
    on('reconnected', () => {
      this.load(true);
      for (const m of unsent(this.channelId, this.rootId)) {
        if (m.local === 'failed' && !m.permanent) {
          this.ctx.sendInto(this.replies, m, { composer: this.composer, rerender: (s) => this.rerender(s) });
        }
      }
    });
    this.offs.push(onPeopleChange(() => { if (this.alive()) { this.rootList.refreshNames(); this.replies.refreshNames(); } }));
    const onFocus = () => { if (this.alive()) this.markReadSoon(); };
    window.addEventListener('focus', onFocus);
    this.offs.push(() => window.removeEventListener('focus', onFocus));
  }

  async load(again = false) {
    try {
      let th = await api.get(`/api/messages/${this.rootId}/thread`);
      if (!this.alive()) return;
      const replies = [...th.replies];
      for (let i = 0; th.has_more && i < 10; i++) {
        th = await api.get(`/api/messages/${this.rootId}/thread?after=${replies[replies.length - 1].id}`);
        replies.push(...th.replies);
      }
      if (!this.alive()) return;
      this.root = th.root;
      this.following = th.following;
      this.rootList.upsert(th.root);
      if (!again) this.repliesEl.replaceChildren();
      this.replies.add(replies);
      if (!again) this.replies.add(unsent(this.channelId, this.rootId));
      this.drawRoot();
      this.drawFollow();
      this.rerender(true);
      if (!again) this.setupComposer();
      this.markReadSoon();
    } catch (e) {
      if (!this.alive()) return;
      this.repliesEl.replaceChildren();
      const retry = h('button', { type: 'button', class: 'btn small' }, t('try-again'));
      retry.addEventListener('click', () => { this.status.replaceChildren(); this.load(); });
      replace(this.status, h('div', { class: 'alert error', role: 'alert' },
        e.status === 404 ? t('thread-unavailable') : e.message, ' ', e.status === 404 ? null : retry));
    }
  }

  drawRoot() {
    this.rootList.render();
    const n = this.root?.reply_count || 0;
    this.countEl.textContent = n ? t('replies-count', { count: n }) : t('replies-none');
  }

  drawFollow() {
    this.followBtn.textContent = this.following ? t('following') : t('follow');
    this.followBtn.setAttribute('aria-pressed', this.following ? 'true' : 'false');
    this.followBtn.title = this.following ? t('following-title') : t('follow-title');
    this.followBtn.classList.toggle('on', this.following);
  }

  async toggleFollow() {
    const want = !this.following;
    this.followBtn.disabled = true;
    try {
      if (want) await api.put(`/api/messages/${this.rootId}/follow`);
      else await api.del(`/api/messages/${this.rootId}/follow`);
      this.following = want;
      this.drawFollow();
      refreshThreads();
    } catch (e) {
      replace(this.status, h('div', { class: 'alert error', role: 'alert' }, e.message));
    } finally {
      this.followBtn.disabled = false;
    }
  }

  setupComposer() {
    this.composer?.destroy();
    this.composer = null;
    this.composerSlot.replaceChildren();
    const c = this.ctx.channel();
    if (this.root?.deleted) {
      this.composerSlot.append(h('div', { class: 'alert info' }, t('thread-root-deleted')));
      return;
    }
    if (c?.archived) return;
    this.composer = composer({
      key: `${this.channelId}.t.${this.rootId}`,
      label: t('reply-in-thread'),
      placeholder: t('reply-placeholder'),
      members: () => this.ctx.members(),
      channelId: this.channelId,
      files: true,
      onSend: (body, files) => {
        this.ctx.sendInto(this.replies, draftMessage(this.channelId, body, this.rootId, files), { composer: this.composer, rerender: (s) => this.rerender(s) });
        if (!this.following) { this.following = true; this.drawFollow(); }
      },
      onEditLast: () => this.replies.startEdit(this.replies.lastOwn()),
    });
    this.composerSlot.append(this.composer.el);
    setTimeout(() => this.composer?.focus());
  }

  rerender(stick = false) {
    const s = this.scroller;
    const wasBottom = s.scrollHeight - s.scrollTop - s.clientHeight < 60;
    this.replies.render();
    if (stick || wasBottom) s.scrollTop = s.scrollHeight;
  }

  markReadSoon() {
    clearTimeout(this.readTimer);
    this.readTimer = setTimeout(() => this.markRead(), 300);
  }

  markRead() {
    if (!this.alive() || !document.hasFocus() || !this.root) return;
    const last = this.replies.lastId() || this.rootId;
    if (this.lastRead && last <= this.lastRead) return;
    this.lastRead = last;
    api.post(`/api/messages/${this.rootId}/read`, { message_id: last }).catch(() => { this.lastRead = null; });
  }
}

// ----- /threads: the threads this person follows.

export function showThreads(section) {
  section();
  markCurrent('/threads');
  setHeader(t('threads-title'), t('threads-sub'));
  const box = h('div', { class: 'page threads-page' }, skeletonList(4));
  showMain(box);
  const draw = () => {
    if (!box.isConnected) { off(); return; }
    const list = chats.threads;
    if (!list.length) {
      replace(box, emptyState('thread', t('threads-none'), t('threads-none-text')));
      return;
    }
    replace(box, list.map((th) => threadCard(th)));
  };
  const off = subscribe(draw);
  const offPeople = onPeopleChange(() => { if (box.isConnected) draw(); else offPeople(); });
  refreshThreads();
  draw();
}

function threadCard(th) {
  const c = chats.byId.get(th.channel_id);
  const author = authorOf(th.root.author_id);
  const where = c ? (c.kind === 'channel' ? `#${c.name}` : c.name) : t('a-chat');
  const text = plainText(th.root.body, (id) => { const p = knownPerson(id); return p ? fullName(p) : null; });
  const body = th.root.deleted ? h('em', { class: 'muted' }, t('message-deleted'))
    : (text.length > 300 ? `${text.slice(0, 300)}…` : text);
  const open = h('button', { type: 'button', class: ['card', 'thread-card', th.unread ? 'unread' : ''],
    'aria-label': t('thread-card-label', { name: fullName(author), where, unread: th.unread || 0 }) },
  h('span', { class: 'row thread-card-head' }, icon('thread'), h('strong', {}, where), h('span', { class: 'spacer' }),
    th.mentions ? h('span', { class: 'badge mention' }, `@${th.mentions}`) : null,
    th.unread ? h('span', { class: 'badge unread' }, t('new-count', { count: th.unread })) : null),
  h('span', { class: 'thread-card-body' }, h('span', { class: 'msg-author' }, fullName(author)), h('span', { class: 'preview' }, body)),
  h('span', { class: 'muted small' }, t('replies-count', { count: th.root.reply_count }),
    th.last_reply_at ? ` · ${t('last-reply-short', { time: formatTime(th.last_reply_at) })}` : ''));
  open.addEventListener('click', () => navigate(`/c/${th.channel_id}?thread=${th.root.id}`));
  return open;
}
