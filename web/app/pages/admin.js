// The Administration section's sidebar: each screen shows to those the server's `session.can`
// lets use it (People for `administer`, Invitations for `list_invitations`, Audit log for
// `view_audit`, Mail for `manage_mail`).

import { h, icon } from '../dom.js';
import { emptyState } from '../ui.js';
import { setSection, setHeader, showMain, markCurrent, closePanel } from '../shell.js';
import { session } from '../state.js';
import { t } from '../i18n.js';

const ITEMS = [
  { href: '/admin/people', label: 'admin-people', icon: 'people', can: 'administer' },
  { href: '/admin/invitations', label: 'admin-invitations', icon: 'mail', can: 'list_invitations' },
  { href: '/admin/audit', label: 'admin-audit', icon: 'audit', can: 'view_audit' },
  { href: '/admin/mail', label: 'admin-mail', icon: 'send', can: 'manage_mail' },
  { href: '/admin/company', label: 'admin-company', icon: 'admin', can: 'change_workspace' },
];

// Who can open a screen, in words, by the capability it needs.
const WHO = {
  administer: 'admin-only-staff',
  list_invitations: 'admin-only-staff',
  view_audit: 'admin-only-admins',
  manage_mail: 'admin-only-admins',
  change_workspace: 'admin-only-owners',
};

// Draws the Administration sidebar and marks `path`. Returns false (after showing why) when the
// person may not use this screen.
export function adminSection(path) {
  closePanel();
  const need = ITEMS.find((i) => i.href === path)?.can || 'administer';
  if (!session.can.administer || !session.can[need]) {
    setHeader(t('admin-title'));
    showMain(emptyState('lock', t('not-available'),
      t(WHO[need]),
      h('a', { class: 'btn', href: '/' }, t('go-home'))));
    return false;
  }
  setSection('admin', t('admin-title'), (body) => {
    body.append(h('nav', { 'aria-label': t('admin-title') },
      ITEMS.filter((i) => session.can[i.can]).map((i) =>
        h('a', { class: 'nav-item', href: i.href }, icon(i.icon), h('span', { class: 'name' }, t(i.label))))),
    h('p', { class: 'sidebar-note' }, t('admin-signed-in-as', { role: session.person.role })));
  });
  markCurrent(path);
  return true;
}
