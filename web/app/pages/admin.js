// The Administration section's sidebar: each screen shows to those the server's `session.can`
// lets use it (People for `administer`, Invitations for `list_invitations`, Audit log for
// `view_audit`, Mail for `manage_mail`).

import { h, icon } from '../dom.js';
import { emptyState } from '../ui.js';
import { setSection, setHeader, showMain, markCurrent, closePanel } from '../shell.js';
import { session } from '../state.js';

const ITEMS = [
  { href: '/admin/people', label: 'People', icon: 'people', can: 'administer' },
  { href: '/admin/invitations', label: 'Invitations', icon: 'mail', can: 'list_invitations' },
  { href: '/admin/audit', label: 'Audit log', icon: 'audit', can: 'view_audit' },
  { href: '/admin/mail', label: 'Mail', icon: 'send', can: 'manage_mail' },
  { href: '/admin/company', label: 'Company', icon: 'admin', can: 'change_workspace' },
];

// Who can open a screen, in words, by the capability it needs.
const WHO = {
  administer: 'the owner, administrators and integrators',
  list_invitations: 'the owner, administrators and integrators',
  view_audit: 'the owner and administrators',
  manage_mail: 'the owner and administrators',
  change_workspace: 'owners',
};

// How the sidebar names the signed-in person's role.
const ROLE_WORDS = { owner: 'the owner', admin: 'an administrator', integrator: 'an integrator' };

// Draws the Administration sidebar and marks `path`. Returns false (after showing why) when the
// person may not use this screen.
export function adminSection(path) {
  closePanel();
  const need = ITEMS.find((i) => i.href === path)?.can || 'administer';
  if (!session.can.administer || !session.can[need]) {
    setHeader('Administration');
    showMain(emptyState('lock', 'Not available',
      `Only ${WHO[need]} can open this page.`,
      h('a', { class: 'btn', href: '/' }, 'Go home')));
    return false;
  }
  setSection('admin', 'Administration', (body) => {
    body.append(h('nav', { 'aria-label': 'Administration' },
      ITEMS.filter((i) => session.can[i.can]).map((i) =>
        h('a', { class: 'nav-item', href: i.href }, icon(i.icon), h('span', { class: 'name' }, i.label)))),
    h('p', { class: 'sidebar-note' }, `Signed in as ${ROLE_WORDS[session.person.role] || session.person.role}.`));
  });
  markCurrent(path);
  return true;
}
