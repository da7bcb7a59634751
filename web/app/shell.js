// The signed-in layout: rail | sidebar | main | panel. Screens fill the sidebar, the main pane
// and the side panel; the shell keeps the header with the person's name and the sign-out button.

import { h, icon, avatar, fullName, replace, toast } from './dom.js';
import { api } from './api.js';
import { session } from './state.js';
import { t } from './i18n.js';
import { openNotifySettings } from './pages/notify-settings.js';

let shell = null;

const SECTIONS = [
  { id: 'chats', label: 'Chats', icon: 'chat', href: '/' },
  { id: 'people', label: 'People', icon: 'people', href: '/people' },
  { id: 'admin', label: 'Administration', icon: 'admin', href: '/admin/people', when: (can) => can.administer },
];

export function mountShell(root) {
  const me = session.person;
  const rail = h('nav', { class: 'rail', 'aria-label': 'Sections' },
    h('span', { class: 'brand-mark', title: session.company_name }, icon('logo')),
    SECTIONS.filter((s) => !s.when || s.when(session.can)).map((s) =>
      h('a', { class: 'rail-btn', href: s.href, title: s.label, 'aria-label': s.label, dataset: { section: s.id } }, icon(s.icon))),
    h('div', { class: 'spacer' }));
  const sidebarTitle = h('h2', {}, session.company_name);
  const sidebarBody = h('div', { class: 'sidebar-body' });
  const sidebarActions = h('div', { class: 'row' });
  const sidebar = h('aside', { class: 'sidebar', 'aria-label': 'Sidebar' },
    h('div', { class: 'sidebar-head' }, sidebarTitle, h('div', { class: 'spacer' }), sidebarActions),
    sidebarBody);
  const backBtn = h('button', { class: 'btn ghost icon back-btn', type: 'button', 'aria-label': 'Back' }, icon('back'));
  backBtn.addEventListener('click', () => setView('sidebar'));
  const title = h('h1', {}, '');
  const sub = h('div', { class: 'sub' }, '');
  const headActions = h('div', { class: 'row' });
  const logout = h('button', { class: 'btn ghost icon', type: 'button', title: 'Sign out', 'aria-label': 'Sign out' }, icon('logout'));
  logout.addEventListener('click', signOut);
  const settings = h('button', { class: 'btn ghost icon notify-settings-btn', type: 'button', title: t('notify-settings-title'), 'aria-label': t('notify-settings-title') }, icon('settings'));
  settings.addEventListener('click', () => openNotifySettings());
  const meBox = h('div', { class: 'me' }, avatar(me), h('div', { class: 'who' },
    h('strong', { class: 'me-name' }, fullName(me)), h('span', {}, session.company_name)), settings, logout);
  const mainBody = h('div', { class: 'main-body', id: 'main-body' });
  const main = h('main', { class: 'main' },
    h('header', { class: 'main-head' }, backBtn, h('div', { class: 'head-titles' }, title, sub), headActions, meBox),
    mainBody);
  const panelTitle = h('h2', {}, '');
  const panelBody = h('div', { class: 'panel-body' });
  const closePanelBtn = h('button', { class: 'btn ghost icon', type: 'button', 'aria-label': 'Close panel' }, icon('close'));
  closePanelBtn.addEventListener('click', () => closePanel());
  const panel = h('aside', { class: 'panel', 'aria-label': 'Details', hidden: true },
    h('div', { class: 'panel-head' }, panelTitle, closePanelBtn), panelBody);
  const el = h('div', { class: 'shell', dataset: { view: 'main' } }, rail, sidebar, main, panel);
  replace(root, el);
  shell = { el, rail, sidebarTitle, sidebarBody, sidebarActions, title, sub, headActions, mainBody, panel, panelTitle, panelBody, section: null };
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !panel.hidden && !document.querySelector('dialog[open], .menu')) closePanel();
  });
  return shell;
}

export function currentShell() {
  return shell;
}

// Shows `section` in the rail and, if it changed, lets `fill` draw the sidebar.
export function setSection(id, title, fill) {
  for (const a of shell.rail.querySelectorAll('.rail-btn')) {
    if (a.dataset.section === id) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (shell.section !== id) {
    shell.section = id;
    shell.sidebarTitle.textContent = title;
    replace(shell.sidebarActions);
    replace(shell.sidebarBody);
    fill?.(shell.sidebarBody, shell.sidebarActions);
  }
}

export function setHeader(title, sub = '', ...actions) {
  shell.title.textContent = title;
  shell.sub.textContent = sub;
  replace(shell.headActions, ...actions);
  document.title = title ? `${title} · Bivouac` : 'Bivouac';
}

// Replaces the main pane's content; on phones, shows the main pane.
export function showMain(...children) {
  replace(shell.mainBody, ...children);
  setView('main');
  return shell.mainBody;
}

export function openPanel(title, ...children) {
  shell.panelTitle.textContent = title;
  replace(shell.panelBody, ...children);
  shell.panel.hidden = false;
  setView('panel');
  return shell.panelBody;
}

export function closePanel() {
  if (!shell) return;
  shell.panel.hidden = true;
  replace(shell.panelBody);
  setView('main');
  shell.onPanelClosed?.();
}

export function setView(view) {
  shell.el.dataset.view = view;
}

// Marks the sidebar entry whose href is `path` as current.
export function markCurrent(path) {
  for (const a of shell.sidebarBody.querySelectorAll('[href]')) {
    if (a.getAttribute('href') === path) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function signOut() {
  try {
    await api.del('/api/session');
  } catch (e) {
    toast(e.message, 'error');
    return;
  }
  location.assign('/login');
}
