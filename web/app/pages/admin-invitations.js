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
import { t } from '../i18n.js';

const STATE_LABEL = {
  queued: 'invitation-state-queued',
  sent: 'invitation-state-sent',
  failed: 'invitation-state-failed',
  accepted: 'invitation-state-accepted',
  expired: 'invitation-state-expired',
  revoked: 'invitation-state-revoked',
};
// "No pending invitations", per filter.
const NONE = { open: 'invitations-none-open', accepted: 'invitations-none-accepted', revoked: 'invitations-none-revoked' };
const OPEN = ['queued', 'sent', 'failed', 'expired'];

const FILTERS = [
  ['open', 'invitations-pending', (i) => OPEN.includes(i.state)],
  ['accepted', 'invitation-state-accepted', (i) => i.state === 'accepted'],
  ['revoked', 'invitation-state-revoked', (i) => i.state === 'revoked'],
  ['all', 'all', () => true],
];

export function invitationBadge(state) {
  return h('span', { class: ['state-badge', `inv-${state}`] }, STATE_LABEL[state] ? t(STATE_LABEL[state]) : state);
}

export async function renderAdminInvitations(_params, query) {
  if (!adminSection('/admin/invitations')) return;
  const inviteBtn = h('button', { type: 'button', class: 'btn primary', onclick: () => openInviteDialog(() => load()) }, icon('plus'), h('span', { class: 'btn-label' }, t('invite-title')));
  setHeader(t('admin-invitations'), t('invitations-sub'), inviteBtn);
  let filter = FILTERS.some(([k]) => k === query.get('show')) ? query.get('show') : 'open';
  const mailNote = h('div', { class: 'mail-note' });
  const tabs = h('div', { class: 'segmented', role: 'group', 'aria-label': t('invitations-show') });
  const content = h('div', {}, skeleton());
  const root = h('div', { class: 'page wide' }, mailNote, h('div', { class: 'toolbar' }, tabs), content);
  showMain(root);
  let list = [];

  function drawTabs() {
    replace(tabs, FILTERS.map(([key, label, test]) => {
      const n = list.filter(test).length;
      const b = h('button', { type: 'button', class: 'seg', 'aria-pressed': String(key === filter) }, t(label),
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
        ? emptyState('mail', t(NONE[filter]),
          filter === 'open' ? t('invitations-none-open-text') : t('nothing-to-show'),
          h('button', { type: 'button', class: 'btn', onclick: () => { filter = 'all'; drawTabs(); draw(); } }, t('show-all')))
        : emptyState('mail', t('invitations-none-yet'), t('invitations-none-yet-text'),
          h('button', { type: 'button', class: 'btn primary', onclick: () => openInviteDialog(() => load()) }, t('invite-title'))));
      return;
    }
    replace(content, h('div', { class: 'table-wrap' }, h('table', { class: 'table responsive' },
      h('caption', { class: 'visually-hidden' }, t('admin-invitations')),
      h('thead', {}, h('tr', {},
        ['col-person', 'field-role', 'col-state', 'col-invited-by', 'col-expires'].map((k) => h('th', { scope: 'col' }, t(k))),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('col-actions'))))),
      h('tbody', {}, shown.map(row)))));
  }

  function row(inv) {
    const name = fullName(inv);
    const open = OPEN.includes(inv.state);
    const trouble = inv.last_error && ['queued', 'failed'].includes(inv.state);
    let actions = null;
    if (open) {
      const more = h('button', { type: 'button', class: 'btn ghost icon', 'aria-label': t('invitation-more-actions', { name }), 'aria-haspopup': 'menu' }, icon('more'));
      more.addEventListener('click', () => openMenu(more, [
        ...(inv.state === 'queued' ? [[t('invitation-copy-link-menu'), () => showInvitationLink(inv)]] : []),
        [t('invitation-correct-menu'), () => correct(inv)],
        [t('revoke-menu'), () => revoke(inv), { danger: true }],
      ]));
      actions = h('div', { class: 'row nowrap' },
        h('button', { type: 'button', class: 'btn small', 'aria-label': t('invitation-resend-to', { email: inv.email }), onclick: (ev) => resend(inv, ev.currentTarget) }, t('resend')),
        more);
    }
    return h('tr', { dataset: { invitationId: inv.id } },
      h('td', { 'data-label': t('col-person') }, h('div', { class: 'person-line' }, avatar({ ...inv, id: inv.person_id }, 'sm'),
        h('div', { class: 'who' }, h('strong', {}, name), h('span', { class: 'muted' }, inv.email)))),
      h('td', { 'data-label': t('field-role') }, roleBadge(inv.role)),
      h('td', { 'data-label': t('col-state') }, h('div', { class: 'stack tight' }, invitationBadge(inv.state),
        inv.state === 'sent' && inv.sent_at ? h('span', { class: 'muted small' }, t('invitation-sent-at', { time: formatTime(inv.sent_at) })) : null,
        trouble ? h('span', { class: 'delivery-error' }, t('invitation-delivery-failed', { error: inv.last_error })) : null)),
      h('td', { 'data-label': t('col-invited-by') }, inv.inviter || '—'),
      h('td', { 'data-label': t('col-expires'), class: 'nowrap' }, open ? formatDay(inv.expires_at) : h('span', { class: 'muted' }, '—')),
      h('td', { class: 'actions-cell menu-only' }, actions));
  }

  async function resend(inv, btn) {
    btn.disabled = true;
    btn.setAttribute('aria-busy', 'true');
    try {
      const r = await api.post(`/api/invitations/${encodeURIComponent(inv.id)}/resend`);
      toast(t('invitation-resent', { email: r.email }));
      await load();
    } catch (e) {
      toast(errorMessage(e), 'error');
      btn.disabled = false;
      btn.removeAttribute('aria-busy');
    }
  }

  function correct(inv) {
    const email = field({ label: t('field-email'), name: 'email', type: 'email', value: inv.email, required: true, autocomplete: 'off' });
    formDialog({
      title: t('invitation-correct-title', { name: inv.first_name }),
      intro: t('invitation-correct-intro'),
      fields: [email],
      submit: t('invitation-correct-submit'),
      action: async () => {
        const r = await api.patch(`/api/invitations/${encodeURIComponent(inv.id)}`, { email: email.input.value });
        toast(t('invitation-corrected', { email: r.email }));
        await load();
      },
      fieldFor: (code) => (['invalid_email', 'email_taken', 'invitation_pending', 'conflict'].includes(code) ? email : null),
    });
    email.input.select();
  }

  async function revoke(inv) {
    const name = fullName(inv);
    const ok = await confirmDialog({
      title: t('invitation-revoke-question', { name }),
      message: t('invitation-revoke-text', { email: inv.email, name: inv.first_name }),
      confirm: t('invitation-revoke'),
    });
    if (!ok) return;
    try {
      await api.post(`/api/invitations/${encodeURIComponent(inv.id)}/revoke`);
      toast(t('invitation-revoked', { name }));
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
      h('strong', {}, t('mail-not-configured')), ' ', t('mail-not-configured-text'), ' ', link(t('mail-settings')));
  }
  if (m.failed_invitations) {
    return h('div', { class: 'alert error', role: 'status' },
      t('mail-failed-alert', { count: m.failed_invitations }), ' ',
      session.can.manage_mail ? [t('mail-failed-resend-or'), ' ', link(t('mail-test-settings'))] : t('mail-failed-resend'));
  }
  return null;
}

function skeleton() {
  return h('div', { class: 'table-wrap', 'aria-busy': 'true', 'aria-label': t('loading-invitations') },
    h('div', { class: 'skeleton-rows' }, Array.from({ length: 4 }, (_, i) => h('div', { class: 'row' },
      h('div', { class: 'skeleton circle' }),
      h('div', { class: 'grow' }, h('div', { class: `skeleton line ${['w60', 'w40'][i % 2]}` })),
      h('div', { class: 'grow' }, h('div', { class: 'skeleton line w40' }))))));
}
