// The chats section's routes (/, /c/:id, /threads), its start after sign-in (live connection,
// chat list, people names) and its keyboard shortcuts: Ctrl/Cmd+K jumps, Alt+Up/Down moves
// between chats.

import { h, icon } from '../dom.js';
import { route } from '../router.js';
import { setHeader, showMain, setView, markCurrent } from '../shell.js';
import { session } from '../state.js';
import { startLive } from '../live.js';
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

let started = false;

export function startChats() {
  if (started) return;
  started = true;
  wireLive();
  startLive();
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
  setHeader('Chats', '');
  const me = session.person;
  const actions = h('div', { class: 'row wrap home-actions' },
    h('button', { class: 'btn primary', type: 'button', onclick: newMessageDialog }, icon('chat'), 'New message'),
    session.can.browse_channels ? h('button', { class: 'btn', type: 'button', onclick: browseChannelsDialog }, icon('hash'), 'Browse channels') : null,
    session.can.create_channels ? h('button', { class: 'btn', type: 'button', onclick: newChannelDialog }, icon('plus'), 'New channel') : null);
  showMain(h('div', { class: 'empty home-empty' }, icon('chat'),
    h('h2', {}, `Welcome, ${me.first_name}`),
    h('p', {}, 'Pick a conversation on the left, or start a new one.'),
    actions,
    h('p', { class: 'muted small' }, h('kbd', {}, /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘K' : 'Ctrl K'), ' jumps to any chat or person · ',
      h('kbd', {}, 'Alt ↑↓'), ' moves between chats')));
  // On a phone, the list of chats is the home screen.
  setView('sidebar');
}

export function registerChatRoutes() {
  route('/', home);
  route('/c/:id', ({ id }, query) => showChat(id, query));
  route('/threads', () => showThreads(chatsSection));
  route('/search', (_, query) => showSearch(query));
}
