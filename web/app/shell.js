// The signed-in layout: rail | sidebar | main | panel. Screens fill the sidebar, the main pane
// and the side panel; the shell keeps the person menu (in the rail) and the company's name (above
// the sidebar).

import { h, icon, avatar, fullName, replace, toast } from './dom.js';
import { api } from './api.js';
import { session } from './state.js';
import { t } from './i18n.js';
import { openMenu } from './ui.js';
import { navigate } from './router.js';
import { openNotifySettings } from './pages/notify-settings.js';

let shell = null;

const SECTIONS = [
  { id: 'chats', get label() { return t('chats-title'); }, icon: 'chat', href: '/' },
  { id: 'people', get label() { return t('people-title'); }, icon: 'people', href: '/people' },
  { id: 'bots', get label() { return t('bots-title'); }, icon: 'bot', href: '/bots', when: (can) => can.bots?.bots },
  { id: 'admin', get label() { return t('admin-title'); }, icon: 'admin', href: '/admin/people', when: (can) => can.administer },
];

export function mountShell(root) {
  const me = session.person;
  // The person is in the rail (their avatar opens the person menu: account, sign out), the
  // company above the sidebar; the main header is left to the chat or page title.
  const meBtn = h('button', {
    class: 'rail-btn me-btn', type: 'button', 'aria-haspopup': 'menu',
    'aria-label': t('me-button-label', { name: fullName(me) }), title: fullName(me),
  }, avatar(me, 'rail-avatar'));
  meBtn.addEventListener('click', () => personMenu(meBtn));
  const rail = h('nav', { class: 'rail', 'aria-label': t('rail-label') },
    h('span', { class: 'brand-mark', title: session.company_name }, icon('logo')),
    SECTIONS.filter((s) => !s.when || s.when(session.can)).map((s) =>
      h('a', { class: 'rail-btn', href: s.href, title: s.label, 'aria-label': s.label, dataset: { section: s.id } }, icon(s.icon))),
    h('div', { class: 'spacer' }), meBtn);
  const company = h('div', { class: 'company-name', title: session.company_name }, session.company_name);
  const sidebarTitle = h('h2', {}, '');
  const sidebarBody = h('div', { class: 'sidebar-body' });
  const sidebarActions = h('div', { class: 'row' });
  const sidebar = h('aside', { class: 'sidebar', 'aria-label': t('sidebar-label') },
    h('div', { class: 'sidebar-head' }, h('div', { class: 'sidebar-titles' }, company, sidebarTitle), sidebarActions),
    sidebarBody);
  const backBtn = h('button', { class: 'btn ghost icon back-btn', type: 'button', 'aria-label': t('back') }, icon('back'));
  backBtn.addEventListener('click', () => setView('sidebar'));
  const title = h('h1', {}, '');
  const sub = h('div', { class: 'sub' }, '');
  const headActions = h('div', { class: 'row head-actions' });
  const mainBody = h('div', { class: 'main-body', id: 'main-body' });
  const main = h('main', { class: 'main' },
    h('header', { class: 'main-head' }, backBtn, h('div', { class: 'head-titles' }, title, sub), headActions),
    mainBody);
  const panelTitle = h('h2', {}, '');
  const panelBody = h('div', { class: 'panel-body' });
  const closePanelBtn = h('button', { class: 'btn ghost icon', type: 'button', 'aria-label': t('close-panel') }, icon('close'));
  closePanelBtn.addEventListener('click', () => closePanel());
  const panel = h('aside', { class: 'panel', 'aria-label': t('panel-label'), hidden: true },
    h('div', { class: 'panel-head' }, panelTitle, closePanelBtn), panelBody);
  const el = h('div', { class: 'shell', dataset: { view: 'main' } }, rail, sidebar, main, panel);
  replace(root, el);
  shell = { el, rail, company, meBtn, sidebarTitle, sidebarBody, sidebarActions, title, sub, headActions, mainBody, panel, panelTitle, panelBody, section: null };
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !panel.hidden && !document.querySelector('dialog[open], .menu')) closePanel();
  });
  return shell;
}

// The person menu: who is signed in, to which company; their account; sign out.
function personMenu(anchor) {
  const me = session.person;
  const items = [[t('menu-account'), () => navigate('/me')], [t('notify-settings-title'), () => openNotifySettings()]];
  if (session.can.change_workspace) items.push([t('menu-company'), () => navigate('/admin/company')]);
  items.push([t('sign-out'), signOut]);
  const menu = openMenu(anchor, items, {
    heading: h('div', { class: 'menu-heading' }, h('strong', { class: 'me-name' }, fullName(me)),
      h('span', { class: 'muted small' }, session.company_name)),
    label: t('menu-account-label'),
  });
  menu.classList.add('person-menu');
}

// Shows a changed name of the person or the company at once (after they edited it).
export function refreshIdentity() {
  if (!shell) return;
  const me = session.person;
  shell.company.textContent = session.company_name;
  shell.company.title = session.company_name;
  shell.meBtn.setAttribute('aria-label', t('me-button-label', { name: fullName(me) }));
  shell.meBtn.title = fullName(me);
  replace(shell.meBtn, avatar(me, 'rail-avatar'));
  shell.rail.querySelector('.brand-mark')?.setAttribute('title', session.company_name);
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

// `title` is text, or `{text, icon, label}`: an icon before it (a channel's # or lock), named for
// screen readers by `label` ("Private channel").
export function setHeader(title, sub = '', ...actions) {
  const ti = typeof title === 'object' && title ? title : { text: title || '' };
  replace(shell.title, ti.icon ? h('span', { class: 'title-icon', role: 'img', 'aria-label': ti.label || null, title: ti.label || null }, icon(ti.icon)) : null,
    h('span', { class: 'title-text' }, ti.text));
  shell.title.title = ti.text;
  shell.sub.textContent = sub;
  shell.sub.title = sub;
  replace(shell.headActions, ...actions);
  document.title = ti.text ? `${ti.text} · Bivouac` : 'Bivouac';
}

// Replaces the main pane's content; on phones, shows the main pane.
export function showMain(...children) {
  replace(shell.mainBody, ...children);
  setView('main');
  return shell.mainBody;
}

// `title` as in setHeader: text, or `{text, icon, label}`. A long one wraps onto a second line.
export function openPanel(title, ...children) {
  const ti = typeof title === 'object' && title ? title : { text: title || '' };
  replace(shell.panelTitle, ti.icon ? h('span', { class: 'title-icon', role: 'img', 'aria-label': ti.label || null, title: ti.label || null }, icon(ti.icon)) : null,
    h('span', { class: 'title-text' }, ti.text));
  shell.panelTitle.title = ti.text;
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

export async function signOut() {
  try {
    await api.del('/api/session');
  } catch (e) {
    toast(e.message, 'error');
    return;
  }
  location.assign('/login');
}
