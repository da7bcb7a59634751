// Administration → Invitations: every invitation this person may manage, with its delivery
// state, and Resend / Revoke / Correct email on the open ones.

import { h, icon, avatar, fullName, replace, toast, formatTime } from '../dom.js';
import { api } from '../api.js';
import { field, confirmDialog, openMenu, emptyState, errorMessage, errorState } from '../ui.js';
import { setHeader, showMain } from '../shell.js';
import { session } from '../state.js';
import { loadAll } from '../paged.js';
import { adminSection } from './admin.js';
import { openInviteDialog, showInvitationLink } from './invite-dialog.js';
import { roleBadge, formatDay, formDialog } from './people-common.js';

const STATE_LABEL = {
  queued: 'Queued', sent: 'Sent', failed: 'Delivery failed', accepted: 'Accepted', expired: 'Expired', revoked: 'Revoked',
};
const OPEN = ['queued', 'sent', 'failed', 'expired'];

const FILTERS = [
  ['open', 'Pending', (i) => OPEN.includes(i.state)],
  ['accepted', 'Accepted', (i) => i.state === 'accepted'],
  ['revoked', 'Revoked', (i) => i.state === 'revoked'],
  ['all', 'All', () => true],
];

export function invitationBadge(state) {
  return h('span', { class: ['state-badge', `inv-${state}`] }, STATE_LABEL[state] || state);
}

export async function renderAdminInvitations(_params, query) {
  if (!adminSection('/admin/invitations')) return;
  const inviteBtn = h('button', { type: 'button', class: 'btn primary', onclick: () => openInviteDialog(() => load()) }, icon('plus'), h('span', { class: 'btn-label' }, 'Invite people'));
  setHeader('Invitations', 'Who was invited and whether the email arrived', inviteBtn);
  let filter = FILTERS.some(([k]) => k === query.get('show')) ? query.get('show') : 'open';
  const mailNote = h('div', { class: 'mail-note' });
  const tabs = h('div', { class: 'segmented', role: 'group', 'aria-label': 'Show invitations' });
  const content = h('div', {}, skeleton());
  const root = h('div', { class: 'page wide' }, mailNote, h('div', { class: 'toolbar' }, tabs), content);
  showMain(root);
  let list = [];

  function drawTabs() {
    replace(tabs, FILTERS.map(([key, label, test]) => {
      const n = list.filter(test).length;
      const b = h('button', { type: 'button', class: 'seg', 'aria-pressed': String(key === filter) }, label,
        h('span', { class: 'badge' }, String(n)));
      b.addEventListener('click', () => {
        filter = key;
        history.replaceState(null, '', key === 'open' ? '/admin/invitations' : `/admin/invitations?show=${key}`);
        drawTabs();
        draw();
      });
      return b;
    }));
  }

  async function load() {
    try {
      list = await loadAll('/api/invitations', 'invitations');
    } catch (e) {
      if (root.isConnected) replace(content, errorState(errorMessage(e), () => { replace(content, skeleton()); load(); }));
      return;
    }
    if (!root.isConnected) return;
    list.sort((a, b) => b.created_at.localeCompare(a.created_at));
    drawTabs();
    draw();
  }

  function draw() {
    const test = FILTERS.find(([k]) => k === filter)[2];
    const shown = list.filter(test);
    if (!shown.length) {
      replace(content, list.length && filter !== 'all'
        ? emptyState('mail', `No ${filter === 'open' ? 'pending' : filter} invitations`,
          filter === 'open' ? 'Everyone you invited has answered. Invite more people when you need them.' : 'Nothing to show here.',
          h('button', { type: 'button', class: 'btn', onclick: () => { filter = 'all'; drawTabs(); draw(); } }, 'Show all'))
        : emptyState('mail', 'No invitations yet', 'Invite colleagues by email: they get a link to set their password.',
          h('button', { type: 'button', class: 'btn primary', onclick: () => openInviteDialog(() => load()) }, 'Invite people')));
      return;
    }
    replace(content, h('div', { class: 'table-wrap' }, h('table', { class: 'table responsive' },
      h('caption', { class: 'visually-hidden' }, 'Invitations'),
      h('thead', {}, h('tr', {},
        ['Person', 'Role', 'State', 'Invited by', 'Expires'].map((t) => h('th', { scope: 'col' }, t)),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
      h('tbody', {}, shown.map(row)))));
  }

  function row(inv) {
    const name = fullName(inv);
    const open = OPEN.includes(inv.state);
    const trouble = inv.last_error && ['queued', 'failed'].includes(inv.state);
    let actions = null;
    if (open) {
      const more = h('button', { type: 'button', class: 'btn ghost icon', 'aria-label': `More actions for the invitation of ${name}`, 'aria-haspopup': 'menu' }, icon('more'));
      more.addEventListener('click', () => openMenu(more, [
        ...(inv.state === 'queued' ? [['Copy invitation link…', () => showInvitationLink(inv)]] : []),
        ['Correct email…', () => correct(inv)],
        ['Revoke…', () => revoke(inv), { danger: true }],
      ]));
      actions = h('div', { class: 'row nowrap' },
        h('button', { type: 'button', class: 'btn small', 'aria-label': `Resend the invitation to ${inv.email}`, onclick: (ev) => resend(inv, ev.currentTarget) }, 'Resend'),
        more);
    }
    return h('tr', { dataset: { invitationId: inv.id } },
      h('td', { 'data-label': 'Person' }, h('div', { class: 'person-line' }, avatar({ ...inv, id: inv.person_id }, 'sm'),
        h('div', { class: 'who' }, h('strong', {}, name), h('span', { class: 'muted' }, inv.email)))),
      h('td', { 'data-label': 'Role' }, roleBadge(inv.role)),
      h('td', { 'data-label': 'State' }, h('div', { class: 'stack tight' }, invitationBadge(inv.state),
        inv.state === 'sent' && inv.sent_at ? h('span', { class: 'muted small' }, `Sent ${formatTime(inv.sent_at)}`) : null,
        trouble ? h('span', { class: 'delivery-error' }, `Delivery failed: ${inv.last_error}`) : null)),
      h('td', { 'data-label': 'Invited by' }, inv.inviter || '—'),
      h('td', { 'data-label': 'Expires', class: 'nowrap' }, open ? formatDay(inv.expires_at) : h('span', { class: 'muted' }, '—')),
      h('td', { class: 'actions-cell menu-only' }, actions));
  }

  async function resend(inv, btn) {
    btn.disabled = true;
    btn.setAttribute('aria-busy', 'true');
    try {
      const r = await api.post(`/api/invitations/${encodeURIComponent(inv.id)}/resend`);
      toast(`A new link is on its way to ${r.email}; the old one no longer works.`);
      await load();
    } catch (e) {
      toast(errorMessage(e), 'error');
      btn.disabled = false;
      btn.removeAttribute('aria-busy');
    }
  }

  function correct(inv) {
    const email = field({ label: 'Email', name: 'email', type: 'email', value: inv.email, required: true, autocomplete: 'off' });
    formDialog({
      title: `Correct ${inv.first_name}'s email`,
      intro: 'A new invitation goes to the corrected address; the link sent to the old one stops working.',
      fields: [email],
      submit: 'Send to this address',
      action: async () => {
        const r = await api.patch(`/api/invitations/${encodeURIComponent(inv.id)}`, { email: email.input.value });
        toast(`The invitation now goes to ${r.email}.`);
        await load();
      },
      fieldFor: (code) => (['invalid_email', 'email_taken', 'invitation_pending', 'conflict'].includes(code) ? email : null),
    });
    email.input.select();
  }

  async function revoke(inv) {
    const name = fullName(inv);
    const ok = await confirmDialog({
      title: `Revoke the invitation for ${name}?`,
      message: `The link sent to ${inv.email} stops working at once. You can invite ${inv.first_name} again later.`,
      confirm: 'Revoke invitation',
    });
    if (!ok) return;
    try {
      await api.post(`/api/invitations/${encodeURIComponent(inv.id)}/revoke`);
      toast(`The invitation for ${name} is revoked.`);
      await load();
    } catch (e) {
      toast(errorMessage(e), 'error');
    }
  }

  // Whoever handles invitations learns when mail cannot go out at all.
  api.get('/api/mail').then((m) => {
    const note = root.isConnected ? mailTrouble(m) : null;
    if (note) replace(mailNote, note);
  }).catch(() => {});
  load();
}

// A note when mail is not configured or invitations bounced (with the Mail screen's link for
// those who may open it), or null.
function mailTrouble(m) {
  const link = (text) => (session.can.manage_mail ? h('a', { href: '/admin/mail' }, text) : null);
  if (!m.configured) {
    return h('div', { class: 'alert warning', role: 'status' },
      h('strong', {}, 'Mail is not configured: '), 'invitations stay queued until smtp.host is set. ', link('Mail settings'));
  }
  if (m.failed_invitations) {
    return h('div', { class: 'alert error', role: 'status' },
      `${m.failed_invitations} invitation${m.failed_invitations === 1 ? '' : 's'} could not be delivered. `,
      session.can.manage_mail ? ['Check the address and resend, or ', link('test the mail settings'), '.'] : 'Check the address and resend.');
  }
  return null;
}

function skeleton() {
  return h('div', { class: 'table-wrap', 'aria-busy': 'true', 'aria-label': 'Loading invitations' },
    h('div', { class: 'skeleton-rows' }, Array.from({ length: 4 }, (_, i) => h('div', { class: 'row' },
      h('div', { class: 'skeleton circle' }),
      h('div', { class: 'grow' }, h('div', { class: `skeleton line ${['w60', 'w40'][i % 2]}` })),
      h('div', { class: 'grow' }, h('div', { class: 'skeleton line w40' }))))));
}
