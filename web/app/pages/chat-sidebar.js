// The chats sidebar: Jump to…, Threads, Pinned, Folders, Channels, Direct and group chats.
// Pins, folder items and folders reorder by drag and drop and by Alt+Shift+Up/Down; a chat
// dragged onto a folder joins it, onto Pinned gets pinned. Every chat has a menu ("…" button,
// right click, the Menu key or Shift+F10).

import { h, icon, replace } from '../dom.js';
import { openMenu, confirmDialog } from '../ui.js';
import { navigate } from '../router.js';
import { markCurrent } from '../shell.js';
import {
  chats, chatList, subscribe, totals, folderTotals, togglePin, placePin, movePin, folderById, ownFolders,
  createFolder, patchFolder, deleteFolder, addToFolder, removeFromFolder, moveInFolder, placeFolder, moveFolder,
  leaveChat, reportError, loadChats,
} from '../chats-state.js';
import { onLive, liveState } from '../live.js';
import { session } from '../state.js';
import { byName } from './people-common.js';
import { t } from '../i18n.js';
import { chatIcon, unreadBadges, unreadLabel } from './chat-bits.js';
import { newChannelDialog, browseChannelsDialog, newMessageDialog, promptDialog, quickSwitcher } from './chat-dialogs.js';

let root = null;
let drag = null;
let renderWhenDropped = false;
let offline = false;

export function fillChatsSidebar(body, actions) {
  const plus = h('button', { class: 'btn ghost icon', type: 'button', 'aria-label': t('new-menu-label'), title: t('new-menu'), 'aria-haspopup': 'menu' }, icon('plus'));
  plus.addEventListener('click', () => openMenu(plus, newMenuItems()));
  actions.append(plus);
  root = h('div', { class: 'chat-sidebar' });
  body.append(root);
  wireDragAndDrop(root);
  render();
  const mine = root;
  const unsub = subscribe(() => {
    if (!mine.isConnected) { unsub(); return; }
    render();
  });
  // The "Reconnecting…" note shows only when the connection stays away for a few seconds.
  let offlineTimer = null;
  const unlive = onLive('state', (st) => {
    if (!mine.isConnected) { unlive(); return; }
    clearTimeout(offlineTimer);
    if (st === 'reconnecting') offlineTimer = setTimeout(() => { offline = liveState() === 'reconnecting'; render(); }, 3000);
    else if (offline) { offline = false; render(); }
  });
}

function newMenuItems() {
  const items = [];
  if (session.can.create_channels) items.push([t('new-channel-menu'), newChannelDialog]);
  items.push([t('new-message-menu'), newMessageDialog]);
  if (session.can.browse_channels) items.push([t('browse-channels-menu'), browseChannelsDialog]);
  items.push([t('new-folder-menu'), () => newFolder()]);
  return items;
}

export function newFolder(withChat) {
  promptDialog({
    title: t('new-folder'), label: t('folder-name'), confirm: t('folder-create'),
    lede: withChat ? t('folder-new-with-chat') : t('folder-new-lede'),
    save: (name) => createFolder(name, withChat ? [withChat] : []),
  });
}

// ----- Drawing

function render() {
  if (!root) return;
  if (drag) { renderWhenDropped = true; return; }
  const scroller = root.parentElement;
  const top = scroller?.scrollTop || 0;
  const focusKey = root.contains(document.activeElement) ? document.activeElement.dataset.key : null;

  if (!chats.loaded) {
    replace(root, chats.error
      ? h('div', { class: 'nav-empty', role: 'alert' }, chats.error, ' ', linkButton(t('try-again'), () => loadChats({ force: true }).catch(() => {})))
      : h('div', { class: 'sidebar-skeleton', 'aria-busy': 'true', 'aria-label': t('loading-chats') },
        ['w60', 'w80', 'w40', 'w60', 'w80', 'w40'].map((w) => h('div', { class: `skeleton line ${w}` }))));
    return;
  }
  const pins = chats.sidebar.pinned_chats.map((id) => chats.byId.get(id)).filter((c) => c && !c.archived);
  const folders = chats.sidebar.folders;
  const filed = new Set(pins.map((c) => c.id));
  for (const f of folders) if (!f.hidden) f.items.forEach((id) => filed.add(id));
  const all = chatList();
  // The server lists chats in creation order; channels show by name.
  const channels = all.filter((c) => c.kind === 'channel').sort((a, b) => byName(a.name, b.name));
  const directs = all.filter((c) => c.kind !== 'channel')
    .sort((a, b) => String(b.last_message_at || '').localeCompare(String(a.last_message_at || '')));
  const tu = totals().threads;

  replace(root,
    offline ? h('div', { class: 'conn-status', role: 'status' }, t('reconnecting')) : null,
    h('button', { class: 'jump-btn', type: 'button', 'aria-keyshortcuts': 'Control+K Meta+K', onclick: quickSwitcher },
      icon('search'), h('span', {}, t('jump-to')), h('kbd', {}, isMac() ? '⌘K' : t('key-ctrl-k'))),
    h('a', { class: ['nav-item', 'threads-item', tu.unread ? 'unread' : ''], href: '/threads', dataset: { key: 'threads' }, 'aria-label': unreadLabel(t('threads-title'), tu) },
      icon('thread'), h('span', { class: 'name' }, t('threads-title')), unreadBadges(tu)),
    section(t('pinned'), 'pinned', null,
      pins.length ? pins.map((c) => chatRow(c, { zone: 'pinned' }))
        : h('div', { class: 'nav-empty drop-hint' }, t('pinned-empty'))),
    foldersSection(folders),
    section(t('channels-title'), 'channels',
      session.can.create_channels ? sectionButton(t('new-channel'), newChannelDialog) : null,
      channels.filter((c) => !filed.has(c.id)).map((c) => chatRow(c, { zone: 'channels' })),
      channels.length && channels.every((c) => filed.has(c.id)) ? h('div', { class: 'nav-empty' }, t('channels-all-filed')) : null,
      channels.length === 0 ? h('div', { class: 'nav-empty' }, noChannels()) : null),
    section(t('directs-title'), 'direct', sectionButton(t('new-message'), newMessageDialog),
      directs.filter((c) => !filed.has(c.id)).map((c) => chatRow(c, { zone: 'direct' })),
      directs.length && directs.every((c) => filed.has(c.id)) ? h('div', { class: 'nav-empty' }, t('directs-all-filed')) : null,
      directs.length === 0
        ? h('div', { class: 'nav-empty' }, t('directs-none'), ' ', linkButton(t('directs-none-action'), newMessageDialog), '.')
        : null));

  markCurrent(location.pathname);
  if (focusKey) root.querySelector(`[data-key="${CSS.escape(focusKey)}"]`)?.focus();
  if (scroller) scroller.scrollTop = top;
}

function noChannels() {
  const create = session.can.create_channels;
  const browse = session.can.browse_channels;
  if (!create && !browse) return t('channels-none-added');
  return h('span', {}, t('channels-none'), ' ',
    create ? linkButton(t('channels-none-create'), newChannelDialog) : null,
    create && browse ? ` ${t('or')} ` : null,
    browse ? linkButton(t('channels-none-browse'), browseChannelsDialog) : null, '.');
}

function isMac() {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

function section(title, id, action, ...content) {
  return h('section', { class: 'sidebar-section', 'aria-labelledby': `sh-${id}`, dataset: { drop: id === 'pinned' ? 'pinned' : '' } },
    h('div', { class: 'section-head' }, h('h3', { class: 'section-title', id: `sh-${id}` }, title), h('span', { class: 'spacer' }), action),
    h('div', { class: 'section-items', role: 'list' }, content));
}

function sectionButton(label, fn) {
  return h('button', { class: 'btn ghost icon', type: 'button', 'aria-label': label, title: label, onclick: fn }, icon('plus'));
}

function linkButton(label, fn) {
  return h('button', { class: 'link-btn', type: 'button', onclick: fn }, label);
}

function chatRow(c, ctx) {
  const key = ctx.zone === 'folder' ? `f:${ctx.folderId}:${c.id}` : `${ctx.zone}:${c.id}`;
  const link = h('a', {
    class: ['nav-item', 'chat-item', c.unread ? 'unread' : ''], href: `/c/${c.id}`, draggable: 'true',
    dataset: { chat: c.id, key, zone: ctx.zone, folder: ctx.folderId || '' },
    'aria-label': unreadLabel(c.kind === 'channel' ? t(c.private ? 'channel-private-named' : 'channel-named', { name: c.name }) : c.name, c),
    'aria-keyshortcuts': 'Shift+F10 Alt+Shift+ArrowUp Alt+Shift+ArrowDown',
  }, chatIcon(c), h('span', { class: 'name' }, c.name), unreadBadges(c));
  const more = h('button', { class: 'item-more', type: 'button', tabindex: '-1', 'aria-label': t('options-for', { name: c.name }), 'aria-haspopup': 'menu' }, icon('more'));
  const row = h('div', { class: 'chat-row', role: 'listitem', dataset: { chat: c.id, zone: ctx.zone, folder: ctx.folderId || '' } }, link, more);
  more.addEventListener('click', (ev) => { ev.preventDefault(); chatMenu(c, ctx, more); });
  row.addEventListener('contextmenu', (ev) => { ev.preventDefault(); chatMenu(c, ctx, link); });
  link.addEventListener('keydown', (ev) => {
    if (ev.key === 'ContextMenu' || (ev.key === 'F10' && ev.shiftKey)) {
      ev.preventDefault();
      chatMenu(c, ctx, link);
    } else if (ev.altKey && ev.shiftKey && (ev.key === 'ArrowUp' || ev.key === 'ArrowDown')) {
      ev.preventDefault();
      ev.stopPropagation();
      const d = ev.key === 'ArrowUp' ? -1 : 1;
      if (ctx.zone === 'pinned') movePin(c.id, d).catch(reportError);
      else if (ctx.zone === 'folder' && !folderById(ctx.folderId)?.department_id) moveInFolder(ctx.folderId, c.id, d).catch(reportError);
    }
  });
  return row;
}

function chatMenu(c, ctx, anchor) {
  const pinned = chats.sidebar.pinned_chats.includes(c.id);
  const items = [[pinned ? t('unpin') : t('pin-to-top'), () => togglePin(c.id).catch(reportError)]];
  if (pinned && ctx.zone === 'pinned') {
    items.push([t('move-up'), () => movePin(c.id, -1).catch(reportError)]);
    items.push([t('move-down'), () => movePin(c.id, 1).catch(reportError)]);
  }
  items.push([t('add-to-folder-menu'), () => folderMenu(c, anchor)]);
  const f = ctx.zone === 'folder' ? folderById(ctx.folderId) : null;
  if (f && !f.department_id) {
    items.push([t('remove-from-folder', { name: f.name }), () => removeFromFolder(f.id, c.id).catch(reportError)]);
  }
  if (c.can?.leave) {
    items.push([c.kind === 'channel' ? t('leave-channel-menu') : t('leave-group-menu'), () => confirmLeave(c), { danger: true }]);
  }
  openMenu(anchor, items);
}

function folderMenu(c, anchor) {
  const own = ownFolders();
  const items = own.map((f) => {
    const inIt = f.items.includes(c.id);
    return [`${inIt ? '✓ ' : ''}${f.name}`, () => (inIt ? Promise.resolve() : addToFolder(f.id, c.id)).catch(reportError)];
  });
  items.push([t('new-folder-menu'), () => newFolder(c.id)]);
  openMenu(anchor, items);
}

export async function confirmLeave(c) {
  const ok = await confirmDialog({
    title: c.kind === 'channel' ? t('leave-channel-question', { name: c.name }) : t('leave-group-question', { name: c.name }),
    message: c.kind === 'channel' && c.private ? t('leave-private-text') : t('leave-text'),
    confirm: t('leave'),
  });
  if (!ok) return;
  try {
    await leaveChat(c.id);
    if (location.pathname === `/c/${c.id}`) navigate('/');
  } catch (e) {
    reportError(e);
  }
}

// ----- Folders

function foldersSection(folders) {
  const visible = folders.filter((f) => !f.hidden);
  const hidden = folders.filter((f) => f.hidden);
  return section(t('folders-title'), 'folders', sectionButton(t('new-folder'), () => newFolder()),
    visible.map(folderBlock),
    visible.length === 0 ? h('div', { class: 'nav-empty' }, t('folders-none'), ' ', linkButton(t('folders-none-action'), () => newFolder()), '.') : null,
    hidden.length ? h('div', { class: 'hidden-folders' }, hidden.map((f) => {
      const b = linkButton(t('folder-show', { name: f.name }), () => patchFolder(f.id, { hidden: false }).catch(reportError));
      return b;
    })) : null);
}

function folderBlock(f) {
  const dept = !!f.department_id;
  const items = f.items.map((id) => chats.byId.get(id)).filter((c) => c && !c.archived);
  const sums = folderTotals(f);
  const toggle = h('button', {
    class: 'folder-toggle', type: 'button', 'aria-expanded': f.collapsed ? 'false' : 'true',
    draggable: dept ? null : 'true', dataset: { key: `fh:${f.id}`, folder: f.id },
    'aria-label': unreadLabel(t(dept ? 'folder-department-named' : 'folder-named', { name: f.name }), sums),
    'aria-keyshortcuts': dept ? null : 'Alt+Shift+ArrowUp Alt+Shift+ArrowDown Shift+F10',
  }, h('span', { class: 'chev' }, icon(f.collapsed ? 'chevron' : 'down')), icon('folder'),
  h('span', { class: 'name' }, f.name),
  dept ? h('span', { class: 'dept-tag', title: t('folder-department-title') }, t('folder-department-tag')) : null,
  unreadBadges(sums));
  toggle.addEventListener('click', () => patchFolder(f.id, { collapsed: !f.collapsed }).catch(reportError));
  toggle.addEventListener('keydown', (ev) => {
    if (ev.key === 'ContextMenu' || (ev.key === 'F10' && ev.shiftKey)) {
      ev.preventDefault();
      folderOptions(f, toggle);
    } else if (!dept && ev.altKey && ev.shiftKey && (ev.key === 'ArrowUp' || ev.key === 'ArrowDown')) {
      ev.preventDefault();
      moveFolder(f.id, ev.key === 'ArrowUp' ? -1 : 1).catch(reportError);
    }
  });
  const more = h('button', { class: 'item-more', type: 'button', tabindex: '-1', 'aria-label': t('folder-options-for', { name: f.name }), 'aria-haspopup': 'menu' }, icon('more'));
  more.addEventListener('click', () => folderOptions(f, more));
  const head = h('div', { class: 'folder-head', dataset: { folder: f.id } }, toggle, more);
  head.addEventListener('contextmenu', (ev) => { ev.preventDefault(); folderOptions(f, toggle); });
  return h('div', { class: ['folder', dept ? 'dept' : ''], dataset: { folder: f.id, drop: dept ? '' : 'folder' } },
    head,
    f.collapsed ? null : h('div', { class: 'folder-items', role: 'list', 'aria-label': f.name },
      items.length ? items.map((c) => chatRow(c, { zone: 'folder', folderId: f.id }))
        : h('div', { class: 'nav-empty drop-hint' }, dept ? t('folder-department-empty') : t('folder-empty'))));
}

function folderOptions(f, anchor) {
  if (f.department_id) {
    openMenu(anchor, [
      [f.collapsed ? t('expand') : t('collapse'), () => patchFolder(f.id, { collapsed: !f.collapsed }).catch(reportError)],
      [t('folder-department-hide'), () => patchFolder(f.id, { hidden: true }).catch(reportError)],
    ]);
    return;
  }
  openMenu(anchor, [
    [t('rename-menu'), () => promptDialog({ title: t('folder-rename'), label: t('folder-name'), value: f.name, confirm: t('rename'), save: (name) => patchFolder(f.id, { name }) })],
    [t('move-up'), () => moveFolder(f.id, -1).catch(reportError)],
    [t('move-down'), () => moveFolder(f.id, 1).catch(reportError)],
    [t('folder-delete-menu'), async () => {
      const ok = await confirmDialog({
        title: t('folder-delete-question', { name: f.name }),
        message: t('folder-delete-text'),
        confirm: t('folder-delete'),
      });
      if (ok) deleteFolder(f.id).catch(reportError);
    }, { danger: true }],
  ]);
}

// ----- Drag and drop (HTML5 drag events)

const MIME = 'application/x-bivouac-chat';

function wireDragAndDrop(el) {
  el.addEventListener('dragstart', (ev) => {
    const link = ev.target.closest?.('.chat-item');
    const fhead = ev.target.closest?.('.folder-toggle[draggable="true"]');
    if (link) {
      drag = { kind: 'chat', id: link.dataset.chat, zone: link.dataset.zone, folder: link.dataset.folder };
      ev.dataTransfer?.setData(MIME, link.dataset.chat);
      ev.dataTransfer?.setData('text/uri-list', `${location.origin}/c/${link.dataset.chat}`);
      if (ev.dataTransfer) ev.dataTransfer.effectAllowed = 'copyMove';
      link.closest('.chat-row')?.classList.add('dragging');
    } else if (fhead) {
      drag = { kind: 'folder', id: fhead.dataset.folder };
      ev.dataTransfer?.setData('application/x-bivouac-folder', fhead.dataset.folder);
      if (ev.dataTransfer) ev.dataTransfer.effectAllowed = 'move';
      fhead.closest('.folder')?.classList.add('dragging');
    }
  });
  el.addEventListener('dragover', (ev) => {
    const t = target(ev);
    clearOver();
    if (!t) return;
    ev.preventDefault();
    if (ev.dataTransfer) ev.dataTransfer.dropEffect = 'move';
    t.mark.classList.add('drag-over');
  });
  el.addEventListener('dragleave', (ev) => {
    if (!el.contains(ev.relatedTarget)) clearOver();
  });
  el.addEventListener('drop', (ev) => {
    const t = target(ev);
    clearOver();
    if (!t) return;
    ev.preventDefault();
    const d = drag;
    endDrag();
    t.act(d).catch(reportError);
  });
  el.addEventListener('dragend', () => endDrag());
}

function endDrag() {
  drag = null;
  clearOver();
  root?.querySelectorAll('.dragging').forEach((x) => x.classList.remove('dragging'));
  if (renderWhenDropped) {
    renderWhenDropped = false;
    render();
  }
}

function clearOver() {
  root?.querySelectorAll('.drag-over').forEach((x) => x.classList.remove('drag-over'));
}

// Where a drop at this point would go: {mark: element to highlight, act(drag): Promise}.
function target(ev) {
  let d = drag;
  if (!d) {
    const id = ev.dataTransfer?.getData?.(MIME);
    if (!id) return null;
    d = drag = { kind: 'chat', id };
  }
  const el = ev.target.closest ? ev.target : ev.target.parentElement;
  if (!el) return null;
  if (d.kind === 'folder') {
    const f = el.closest('.folder[data-drop="folder"]');
    if (!f || f.dataset.folder === d.id) return null;
    return { mark: f.querySelector('.folder-head'), act: () => placeFolder(d.id, f.dataset.folder) };
  }
  const row = el.closest('.chat-row');
  const pinned = el.closest('[data-drop="pinned"]');
  if (pinned) {
    if (row && row.dataset.zone === 'pinned') {
      if (row.dataset.chat === d.id) return null;
      return { mark: row, act: () => placePin(d.id, beforeId(row, ev)) };
    }
    return { mark: pinned.querySelector('.section-head'), act: () => placePin(d.id, null) };
  }
  const folder = el.closest('.folder[data-drop="folder"]');
  if (folder) {
    const fid = folder.dataset.folder;
    if (row && row.dataset.zone === 'folder' && row.dataset.folder === fid) {
      if (row.dataset.chat === d.id) return null;
      return { mark: row, act: () => addToFolder(fid, d.id, beforeId(row, ev)) };
    }
    return { mark: folder.querySelector('.folder-head'), act: () => addToFolder(fid, d.id) };
  }
  return null;
}

// Dropping on the lower half of a row puts the chat after it.
function beforeId(row, ev) {
  const r = row.getBoundingClientRect();
  if (ev.clientY && ev.clientY > r.top + r.height / 2) {
    let next = row.nextElementSibling;
    while (next && !next.classList.contains('chat-row')) next = next.nextElementSibling;
    return next ? next.dataset.chat : null;
  }
  return row.dataset.chat;
}

// ----- Alt+Up/Down: the previous or next chat in the sidebar.

export function stepChat(delta) {
  if (!root || !root.isConnected) return false;
  const links = [...root.querySelectorAll('.chat-item')];
  const seen = new Set();
  const ids = [];
  for (const a of links) {
    if (!seen.has(a.dataset.chat)) { seen.add(a.dataset.chat); ids.push(a.dataset.chat); }
  }
  if (!ids.length) return false;
  const m = location.pathname.match(/^\/c\/([^/]+)/);
  const i = m ? ids.indexOf(m[1]) : -1;
  const j = i < 0 ? (delta > 0 ? 0 : ids.length - 1) : Math.min(ids.length - 1, Math.max(0, i + delta));
  if (j === i) return true;
  navigate(`/c/${ids[j]}`);
  return true;
}
