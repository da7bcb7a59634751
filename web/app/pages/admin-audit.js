// Administration → Audit log (Owner and Admins): every administrative action with who, what,
// whom and when, filtered by action, by who did it or by whom it was about.

import { h, icon, replace, toast, formatTime, fullName } from '../dom.js';
import { api } from '../api.js';
import { emptyState } from '../ui.js';
import { setHeader, showMain } from '../shell.js';
import { adminSection } from './admin.js';
import { ROLE_LABEL, errorMessage, errorState, loadAllPeople } from './people-common.js';

export const ACTIONS = {
  role_changed: 'Role changed',
  departments_changed: 'Departments changed',
  access_end_set: 'Access end date set',
  access_ended: 'Access ended',
  person_deactivated: 'Deactivated',
  person_reactivated: 'Reactivated',
  person_deleted: 'Deleted',
  card_edited: 'Card edited',
  ownership_transferred: 'Ownership transferred',
  department_created: 'Department created',
  department_changed: 'Department changed',
  department_deleted: 'Department deleted',
  invitation_sent: 'Invited',
  invitation_resent: 'Invitation resent',
  invitation_revoked: 'Invitation revoked',
  invitation_email_corrected: 'Invitation email corrected',
  invitation_accepted: 'Invitation accepted',
  password_reset: 'Password reset',
};

const PAGE = 50;

// "employee -> admin" reads "Employee → Administrator".
function detailWords(e) {
  if (e.action === 'role_changed') {
    return e.detail.split(' -> ').map((r) => ROLE_LABEL[r] || r).join(' → ');
  }
  return e.detail.replace(/ -> /g, ' → ');
}

export async function renderAdminAudit(_params, query) {
  if (!adminSection('/admin/audit', { adminOnly: true })) return;
  setHeader('Audit log', 'Every administrative action, newest first');
  const f = { action: query.get('action') || '', actor: query.get('actor') || '', target: query.get('target') || '' };
  const actionSel = h('select', { class: 'input', 'aria-label': 'Action' },
    h('option', { value: '' }, 'All actions'),
    Object.entries(ACTIONS).map(([k, v]) => h('option', { value: k, selected: k === f.action }, v)));
  const actorSel = h('select', { class: 'input', 'aria-label': 'Done by' }, h('option', { value: '' }, 'Done by anyone'));
  const targetChip = h('span', { class: 'filter-chip', hidden: !f.target });
  const content = h('div', {}, skeleton());
  const root = h('div', { class: 'page wide' },
    h('div', { class: 'toolbar' }, actionSel, actorSel, targetChip), content);
  showMain(root);

  let before = null;
  let seq = 0;
  let tbody = null;
  let more = null;

  const setUrl = () => {
    const qs = new URLSearchParams(Object.entries(f).filter(([, v]) => v));
    const s = qs.toString();
    history.replaceState(null, '', `/admin/audit${s ? `?${s}` : ''}`);
  };

  function drawTarget(name) {
    targetChip.hidden = !f.target;
    if (!f.target) return;
    const x = h('button', { type: 'button', class: 'btn ghost icon small', 'aria-label': 'Show entries about anyone' }, icon('close'));
    x.addEventListener('click', () => {
      f.target = '';
      setUrl();
      drawTarget();
      load(true);
    });
    replace(targetChip, `About ${name || 'one person'}`, x);
  }

  async function load(reset) {
    const my = ++seq;
    if (reset) {
      before = null;
      replace(content, skeleton());
    }
    const qs = new URLSearchParams({ limit: String(PAGE) });
    for (const [k, v] of Object.entries(f)) if (v) qs.set(k, v);
    if (before) qs.set('before', before);
    let page;
    try {
      page = await api.get(`/api/audit?${qs}`);
    } catch (e) {
      if (my !== seq || !root.isConnected) return;
      if (reset) replace(content, errorState(errorMessage(e), () => load(true)));
      else {
        toast(errorMessage(e), 'error');
        more.disabled = false;
      }
      return;
    }
    if (my !== seq || !root.isConnected) return;
    before = page.next_before;
    if (reset) {
      if (!page.entries.length) {
        const filtered = f.action || f.actor || f.target;
        replace(content, emptyState('audit', filtered ? 'No entries match' : 'Nothing recorded yet',
          filtered ? 'Try another action or person, or clear the filters.' : 'Role changes, invitations, deactivations and department changes appear here.',
          filtered ? h('button', { type: 'button', class: 'btn', onclick: clearFilters }, 'Clear filters') : null));
        return;
      }
      tbody = h('tbody');
      more = h('button', { type: 'button', class: 'btn load-more' }, 'Load older entries');
      more.addEventListener('click', () => { more.disabled = true; load(false); });
      replace(content, h('div', { class: 'table-wrap' }, h('table', { class: 'table responsive audit-table' },
        h('caption', { class: 'visually-hidden' }, 'Audit log'),
        h('thead', {}, h('tr', {}, ['When', 'Who', 'Action', 'About', 'Detail'].map((t) => h('th', { scope: 'col' }, t)))),
        tbody)), more);
    }
    for (const e of page.entries) tbody.append(row(e));
    more.hidden = !before;
    more.disabled = false;
    if (f.target && reset && page.entries[0]) drawTarget(page.entries[0].target.name);
  }

  function row(e) {
    const about = e.target.kind === 'person' || e.target.kind === 'department'
      ? h('button', { type: 'button', class: 'link-btn', title: `Show only entries about ${e.target.name}` }, e.target.name)
      : e.target.name;
    if (about instanceof Node) {
      about.addEventListener('click', () => {
        f.target = e.target.id;
        setUrl();
        drawTarget(e.target.name);
        load(true);
      });
    }
    return h('tr', {},
      h('td', { 'data-label': 'When', class: 'nowrap' }, h('time', { datetime: e.at, title: new Date(e.at).toLocaleString() }, formatTime(e.at))),
      h('td', { 'data-label': 'Who' }, e.actor ? e.actor.name : h('span', { class: 'muted' }, 'Bivouac (automatic)')),
      h('td', { 'data-label': 'Action' }, h('span', { class: ['action-tag', e.action.split('_')[0]] }, ACTIONS[e.action] || e.action.replace(/_/g, ' '))),
      h('td', { 'data-label': 'About' }, about),
      h('td', { 'data-label': 'Detail', class: 'detail' }, detailWords(e) || h('span', { class: 'muted' }, '—')));
  }

  function clearFilters() {
    f.action = '';
    f.actor = '';
    f.target = '';
    actionSel.value = '';
    actorSel.value = '';
    setUrl();
    drawTarget();
    load(true);
  }

  actionSel.addEventListener('change', () => { f.action = actionSel.value; setUrl(); load(true); });
  actorSel.addEventListener('change', () => { f.actor = actorSel.value; setUrl(); load(true); });
  drawTarget();
  load(true);
  // The people for "Done by" come after the first page.
  try {
    const people = await loadAllPeople({ state: 'all' });
    for (const p of people) actorSel.append(h('option', { value: p.id, selected: p.id === f.actor }, fullName(p)));
  } catch {
    actorSel.append(h('option', { value: '', disabled: true }, 'Could not load people'));
  }
}

function skeleton() {
  return h('div', { class: 'table-wrap', 'aria-busy': 'true', 'aria-label': 'Loading the audit log' },
    h('div', { class: 'skeleton-rows' }, Array.from({ length: 8 }, (_, i) => h('div', { class: 'row' },
      h('div', { class: 'grow' }, h('div', { class: 'skeleton line w40' })),
      h('div', { class: 'grow' }, h('div', { class: `skeleton line ${['w60', 'w80'][i % 2]}` })),
      h('div', { class: 'grow' }, h('div', { class: 'skeleton line w60' }))))));
}
