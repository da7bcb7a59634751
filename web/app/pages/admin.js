// The Administration section's sidebar: People and Invitations for Owner, Admins and
// Integrators; Audit log and Mail for Owner and Admins only.

import { h, icon } from '../dom.js';
import { emptyState } from '../ui.js';
import { setSection, setHeader, showMain, markCurrent, closePanel } from '../shell.js';
import { session, canSeeRoles, isAdmin } from '../state.js';

const ITEMS = [
  { href: '/admin/people', label: 'People', icon: 'people' },
  { href: '/admin/invitations', label: 'Invitations', icon: 'mail' },
  { href: '/admin/audit', label: 'Audit log', icon: 'audit', admin: true },
  { href: '/admin/mail', label: 'Mail', icon: 'send', admin: true },
];

// Draws the Administration sidebar and marks `path`. Returns false (after showing why) when the
// person may not use this screen.
export function adminSection(path, { adminOnly = false } = {}) {
  closePanel();
  if (!canSeeRoles() || (adminOnly && !isAdmin())) {
    setHeader('Administration');
    showMain(emptyState('lock', 'Not available',
      `Only ${adminOnly ? 'the owner and administrators' : 'the owner, administrators and integrators'} can open this page.`,
      h('a', { class: 'btn', href: '/' }, 'Go home')));
    return false;
  }
  setSection('admin', 'Administration', (body) => {
    body.append(h('nav', { 'aria-label': 'Administration' },
      ITEMS.filter((i) => !i.admin || isAdmin()).map((i) =>
        h('a', { class: 'nav-item', href: i.href }, icon(i.icon), h('span', { class: 'name' }, i.label)))),
    h('p', { class: 'sidebar-note' }, `Signed in as ${roleWords(session.person.role)}.`));
  });
  markCurrent(path);
  return true;
}

function roleWords(role) {
  return { owner: 'the owner', admin: 'an administrator', integrator: 'an integrator' }[role] || role;
}
