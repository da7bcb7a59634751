// The chats section's routes (/, /c/:id, /threads), its start after sign-in (live connection,
// chat list, people names) and its keyboard shortcuts: Ctrl/Cmd+K jumps, Alt+Up/Down moves
// between chats.

import { h, icon, toast } from '../dom.js';
import { api } from '../api.js';
import { openInviteDialog } from './invite-dialog.js';
import { route } from '../router.js';
import { setHeader, showMain, setView, markCurrent } from '../shell.js';
import { session } from '../state.js';
import { startLive, onLive } from '../live.js';
import { retryWhenBack } from '../outbox.js';
import { startPresence } from '../presence.js';
import { startInPageNotifications } from '../notifications.js';
import { startReminders } from './reminders.js';
import { primePeople } from '../people-cache.js';
import { loadChats, wireLive, applyTitle } from '../chats-state.js';
import { showChat, chatsSection } from './chat.js';
import { showThreads } from './thread.js';
import { showSearch } from './search.js';
import { stepChat } from './chat-sidebar.js';
import { quickSwitcher, newMessageDialog, browseChannelsDialog, newChannelDialog } from './chat-dialogs.js';
import { t } from '../i18n.js';

let started = false;

export function startChats() {
  if (started) return;
  started = true;
  wireLive();
  startLive();
  onLive('reconnected', retryWhenBack);
  startPresence();
  startInPageNotifications();
  startReminders();
  loadChats().catch(() => {});
  primePeople().catch(() => {});
  applyTitle();
  document.addEventListener('keydown', (ev) => {
    if ((ev.ctrlKey || ev.metaKey) && !ev.altKey && !ev.shiftKey && ev.key.toLowerCase() === 'k') {
      ev.preventDefault();
      if (!document.querySelector('dialog[open]')) quickSwitcher();
      return;
    }
    if (ev.altKey && !ev.shiftKey && !ev.ctrlKey && !ev.metaKey && (ev.key === 'ArrowUp' || ev.key === 'ArrowDown')) {
      if (document.querySelector('dialog[open], .menu')) return;
      if (stepChat(ev.key === 'ArrowUp' ? -1 : 1)) ev.preventDefault();
    }
  });
}

function home() {
  chatsSection();
  markCurrent('/');
  setHeader(t('chats-title'), '');
  const me = session.person;
  const box = h('div', { class: 'empty home-empty' }, icon('chat'),
    h('h2', {}, t('home-welcome', { name: me.first_name })),
    h('p', {}, t('home-pick')),
    homeActions(false),
    h('p', { class: 'muted small' }, h('kbd', {}, /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘K' : t('key-ctrl-k')), ' ', t('home-hint-jump'), ' · ',
      h('kbd', {}, t('key-alt-arrows')), ' ', t('home-hint-move')));
  showMain(box);
  // On a phone, the list of chats is the home screen.
  setView('sidebar');
  // Nobody else here yet: the first thing to do is to invite the team.
  if (session.can.invite.length) {
    api.get('/api/people?limit=2').then((r) => {
      if (!box.isConnected || r.people.some((p) => p.id !== me.id)) return;
      box.querySelector('p').textContent = t('home-alone');
      box.querySelector('.home-actions').replaceWith(homeActions(true));
    }).catch(() => {});
  }
}

function homeActions(empty) {
  const invite = () => openInviteDialog(() => toast(t('home-invited')));
  return h('div', { class: 'row wrap home-actions' },
    empty ? h('button', { class: 'btn primary', type: 'button', onclick: invite }, icon('plus'), t('invite-your-team'))
      : h('button', { class: 'btn primary', type: 'button', onclick: newMessageDialog }, icon('chat'), t('new-message')),
    session.can.browse_channels && !empty ? h('button', { class: 'btn', type: 'button', onclick: browseChannelsDialog }, icon('hash'), t('browse-channels')) : null,
    session.can.create_channels ? h('button', { class: 'btn', type: 'button', onclick: newChannelDialog }, icon('plus'), t('new-channel')) : null);
}

export function registerChatRoutes() {
  route('/', home);
  route('/c/:id', ({ id }, query) => showChat(id, query));
  route('/threads', () => showThreads(chatsSection));
  route('/search', (_, query) => showSearch(query));
}
