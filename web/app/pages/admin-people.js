// Administration → People: everyone (invited and deactivated too), with role, departments and
// access end date changed in place, and deactivate / reactivate / delete / transfer ownership
// from each row's menu. Every change is saved at once; a refusal shows the server's message and
// puts the control back. Which controls a row has comes from the server (`p.can`).

import { h, icon, avatar, fullName, toast } from '../dom.js';
import { api } from '../api.js';
import { confirmDialog, openMenu, emptyState, errorMessage } from '../ui.js';
import { setHeader, showMain } from '../shell.js';
import { navigate } from '../router.js';
import { session, setSession } from '../state.js';
import { pagedList, loadAll, countWords } from '../paged.js';
import { adminSection } from './admin.js';
import { openInviteDialog, showInvitationLink } from './invite-dialog.js';
import { showPersonPanel } from './people.js';
import { t, language } from '../i18n.js';
import {
  roleLabel, roleBadge, stateBadge, loadDepartments, departmentChips, departmentCheckboxes,
  toDateInput, fromDateInput, todayInput, formatDay, debounce, formDialog,
} from './people-common.js';

// Invitations that can still be resent or revoked.
const CLOSED_INVITATION = new Set(['accepted', 'revoked']);

export async function renderAdminPeople(_params, query) {
  if (!adminSection('/admin/people')) return;
  // What the screen's pieces share: the filter, departments, invitations and the rows shown.
  const page = {
    q: query.get('q') || '',
    byId: new Map(),
    deps: [],
    invitations: new Map(), // person id -> newest invitation
    rows: new Map(), // person id -> { p, tr }
    more: false,
    status: h('span', { class: 'muted small', 'aria-live': 'polite' }),
  };
  page.invite = () => openInviteDialog(() => loadInvitations(page).then(() => page.reload()));
  setHeader(t('people-title'), t('admin-people-sub'), inviteButton(page));

  const search = searchInput(page);
  const content = h('div', { class: 'admin-people' }, skeletonTable());
  const root = h('div', { class: 'page wide' }, toolbar(search, page.status), content);
  showMain(root);

  const list = pagedList({
    box: content,
    path: '/api/people',
    itemsKey: 'people',
    params: () => (page.q ? { state: 'all', q: page.q } : { state: 'all' }),
    skeleton: skeletonTable,
    empty: () => emptyPeople(page, search),
    frame: peopleTable,
    item: (p) => addRow(page, p),
    onPage: ({ count, more }) => {
      page.more = more;
      page.status.textContent = count ? countWords(count, more, 'people-count') : '';
    },
  });
  page.reload = () => {
    page.rows.clear();
    list.reload();
  };

  search.addEventListener('input', debounce(() => {
    if (search.value.trim() === page.q) return;
    page.q = search.value.trim();
    history.replaceState(null, '', listUrl(page));
    page.reload();
  }, 250));

  try {
    [page.deps] = await Promise.all([loadDepartments(), loadInvitations(page)]);
    page.byId = new Map(page.deps.map((d) => [d.id, d]));
  } catch {
    page.deps = []; // names then stay blank; the list reports its own errors
  }
  if (!root.isConnected) return;
  page.reload();
  if (query.get('invite')) {
    history.replaceState(null, '', listUrl(page));
    page.invite();
  }
}

function listUrl(page) {
  return page.q ? `/admin/people?q=${encodeURIComponent(page.q)}` : '/admin/people';
}

// ----- Toolbar, table and states

function inviteButton(page) {
  if (!session.can.invite.length) return null;
  return h('button', { type: 'button', class: 'btn primary', onclick: () => page.invite() },
    icon('plus'), h('span', { class: 'btn-label' }, t('invite-title')));
}

function searchInput(page) {
  return h('input', {
    class: 'input', type: 'search', value: page.q, placeholder: t('people-search-placeholder'),
    'aria-label': t('people-search-label'), autocomplete: 'off',
  });
}

function toolbar(search, status) {
  return h('div', { class: 'toolbar' },
    h('div', { class: 'search-box' }, icon('search'), search), h('div', { class: 'spacer' }), status);
}

function emptyPeople(page, search) {
  if (page.q) {
    const clear = () => {
      search.value = '';
      search.dispatchEvent(new Event('input'));
    };
    return emptyState('search', t('people-no-match', { query: page.q }), t('people-no-match-text'),
      h('button', { type: 'button', class: 'btn', onclick: clear }, t('clear-search')));
  }
  return emptyState('people', t('people-none-yet'), t('people-none-yet-text'),
    session.can.invite.length ? h('button', { type: 'button', class: 'btn primary', onclick: page.invite }, t('invite-title')) : null);
}

function peopleTable() {
  const tbody = h('tbody');
  const el = h('div', { class: 'table-wrap' }, h('table', { class: 'table responsive people-table' },
    h('caption', { class: 'visually-hidden' }, t('admin-people-caption')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('col-name')), h('th', { scope: 'col' }, t('field-role')), h('th', { scope: 'col' }, t('departments')),
      h('th', { scope: 'col' }, t('field-access-ends')), h('th', { scope: 'col' }, t('col-state')),
      h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('col-actions'))))),
    tbody));
  return { el, list: tbody };
}

function skeletonTable() {
  return h('div', { class: 'table-wrap', 'aria-busy': 'true', 'aria-label': t('loading-people') },
    h('div', { class: 'skeleton-rows' }, Array.from({ length: 6 }, (_, i) => h('div', { class: 'row' },
      h('div', { class: 'skeleton circle' }),
      h('div', { class: 'grow' }, h('div', { class: `skeleton line ${['w40', 'w60', 'w40'][i % 3]}` })),
      h('div', { class: 'grow' }, h('div', { class: 'skeleton line w60' }))))));
}

// The invitations, newest last per person. A failure leaves none: rows then offer Delete instead
// of Resend / Revoke.
async function loadInvitations(page) {
  try {
    const list = await loadAll('/api/invitations', 'invitations');
    page.invitations = new Map();
    for (const inv of list.sort((a, b) => a.created_at.localeCompare(b.created_at))) page.invitations.set(inv.person_id, inv);
  } catch {
    page.invitations = new Map();
  }
}

// ----- Rows

function addRow(page, p) {
  const tr = personRow(page, p);
  page.rows.set(p.id, { p, tr });
  return tr;
}

// Replaces a person's row after a change, keeping focus on the control that was used.
function updateRow(page, p, focusKey) {
  const old = page.rows.get(p.id);
  if (!old) return;
  const tr = personRow(page, p);
  old.tr.replaceWith(tr);
  page.rows.set(p.id, { p, tr });
  if (focusKey) tr.querySelector(`[data-focus="${focusKey}"]`)?.focus();
}

function removeRow(page, id) {
  page.rows.get(id)?.tr.remove();
  page.rows.delete(id);
  page.status.textContent = countWords(page.rows.size, page.more, 'people-count');
}

function patchPerson(p, body) {
  return api.patch(`/api/people/${encodeURIComponent(p.id)}`, body);
}

function personRow(page, p) {
  const self = p.id === session.person.id;
  return h('tr', { dataset: { personId: p.id }, class: p.state !== 'active' ? `is-${p.state}` : null },
    h('td', { 'data-label': t('col-name') }, h('div', { class: 'person-line' }, avatar(p, 'sm'),
      h('div', { class: 'who' },
        h('strong', {}, fullName(p), self ? h('span', { class: 'you' }, t('you')) : null),
        h('span', { class: 'muted' }, p.email)))),
    h('td', { 'data-label': t('field-role') }, roleCell(page, p)),
    h('td', { 'data-label': t('departments') }, departmentsCell(page, p)),
    h('td', { 'data-label': t('field-access-ends') }, accessCell(page, p)),
    h('td', { 'data-label': t('col-state') }, stateBadge(p.state)),
    h('td', { class: 'actions-cell menu-only' }, menuButton(page, p)));
}

// A select of the roles the server offers for this person (none: the role is shown, not
// changed; invitations keep the role of their link: revoke and invite again instead). Owner is
// never in it: that is "Make an owner too…" or "Transfer ownership…" in the row's menu. A change
// asks once, saying what it means for the person.
function roleCell(page, p) {
  const roles = p.can?.roles || [];
  if (!roles.length) return p.role ? roleBadge(p.role) : '—';
  const name = fullName(p);
  const sel = h('select', { class: 'input compact', 'aria-label': t('role-of', { name }), dataset: { focus: 'role' } },
    roles.map((r) => h('option', { value: r, selected: r === p.role }, roleLabel(r))));
  sel.addEventListener('change', async () => {
    const to = sel.value;
    const signsOut = (p.can?.roles_signing_out || []).includes(to);
    const ok = await confirmDialog({
      title: roleQuestion(name, to),
      message: signsOut ? `${roleEffect(to, name)} ${signedOutNote(name)}` : roleEffect(to, name),
      confirm: t('make-role', { role: to }),
      danger: signsOut,
    });
    if (!ok) {
      sel.value = p.role;
      sel.focus();
      return;
    }
    await changeRole(page, p, to, sel);
  });
  return sel;
}

// "Make Ivan Petrov an administrator?"
function roleQuestion(name, role) {
  return t('make-role-question', { name, role });
}

// What someone with each role can do, in a sentence about them.
const ROLE_EFFECT = {
  owner: 'role-effect-owner',
  admin: 'role-effect-admin',
  integrator: 'role-effect-integrator',
  employee: 'role-effect-employee',
  freelancer: 'role-effect-freelancer',
};

function roleEffect(role, name) {
  return ROLE_EFFECT[role] ? t(ROLE_EFFECT[role], { name }) : '';
}

function signedOutNote(name) {
  return t('role-signed-out-note', { name });
}

async function changeRole(page, p, to, sel) {
  const name = fullName(p);
  if (sel) sel.disabled = true;
  try {
    const u = await patchPerson(p, { role: to });
    toast(t('role-changed', { name, role: to }));
    updateRow(page, u, sel ? 'role' : 'menu');
  } catch (e) {
    toast(errorMessage(e), 'error');
    if (sel) {
      sel.value = p.role;
      sel.disabled = false;
      sel.focus();
    }
  }
}

// "Add another owner": its own question, naming what an owner can do.
async function confirmMakeOwner(page, p) {
  const name = fullName(p);
  const ok = await confirmDialog({
    title: t('make-owner-question', { name }),
    message: `${roleEffect('owner', name)} ${t('make-owner-note')}`,
    confirm: t('make-owner'),
  });
  if (ok) await changeRole(page, p, 'owner', null);
}

function departmentsCell(page, p) {
  const name = fullName(p);
  return h('div', { class: 'row deps-cell' },
    departmentChips(p.departments, page.byId) || h('span', { class: 'muted' }, t('none')),
    p.can?.departments
      ? h('button', {
        type: 'button', class: 'btn ghost icon small', 'aria-label': t('edit-departments-of', { name }), title: t('edit-departments'),
        dataset: { focus: 'deps' }, onclick: () => editDepartments(page, p),
      }, icon('edit'))
      : null);
}

// A date input (and a button to clear it) where the server lets the viewer set an access end;
// otherwise the date, if there is one.
function accessCell(page, p) {
  if (!p.can?.access_end) {
    return p.access_until ? formatDay(p.access_until) : h('span', { class: 'muted' }, '—');
  }
  const name = fullName(p);
  const input = h('input', {
    class: 'input compact', type: 'date', value: toDateInput(p.access_until), min: todayInput(),
    'aria-label': t('access-end-of', { name }), dataset: { focus: 'access' },
  });
  const clear = h('button', {
    type: 'button', class: 'btn ghost icon small', 'aria-label': t('access-end-remove', { name }),
    title: t('access-no-end'), hidden: !p.access_until,
  }, icon('close'));
  const save = async (value) => {
    input.disabled = true;
    try {
      const u = await patchPerson(p, { access_until: value });
      toast(value ? t('access-ends-on', { name, date: formatDay(u.access_until || value) }) : t('access-end-removed', { name }));
      updateRow(page, u, 'access');
    } catch (e) {
      toast(errorMessage(e), 'error');
      input.value = toDateInput(p.access_until);
      input.disabled = false;
      input.focus();
    }
  };
  // A date input reports each typed digit; save once the date is whole (or cleared).
  input.addEventListener('change', () => {
    if (input.value === toDateInput(p.access_until)) return;
    if (input.value || !input.validity.badInput) save(fromDateInput(input.value));
  });
  clear.addEventListener('click', () => save(null));
  return h('div', { class: 'row nowrap' }, input, clear);
}

function menuButton(page, p) {
  const btn = h('button', {
    type: 'button', class: 'btn ghost icon', 'aria-label': t('actions-for', { name: fullName(p) }), 'aria-haspopup': 'menu', dataset: { focus: 'menu' },
  }, icon('more'));
  btn.addEventListener('click', () => openMenu(btn, menuItems(page, p)));
  return btn;
}

// ----- The row menu

function menuItems(page, p) {
  const items = [[t('view-card'), () => showPersonPanel(p, page.byId, (u) => updateRow(page, u))]];
  const inv = page.invitations.get(p.id);
  // The server lists only the invitations this person may manage.
  if (p.state === 'invited' && inv && !CLOSED_INVITATION.has(inv.state)) return [...items, ...invitationItems(page, p, inv)];
  if (p.can?.deactivate) items.push([t('deactivate-menu'), () => confirmDeactivate(page, p), { danger: true }]);
  if (p.can?.reactivate) items.push([t('reactivate'), () => setActive(page, p, true)]);
  if (p.can?.make_owner) items.push([t('make-owner-menu'), () => confirmMakeOwner(page, p)]);
  if (p.can?.transfer_ownership) items.push([t('transfer-ownership-menu'), () => transferOwnership(p)]);
  if (p.can?.delete) items.push([t('delete-menu'), () => confirmDelete(page, p), { danger: true }]);
  return items;
}

function invitationItems(page, p, inv) {
  return [
    ...(inv.state === 'queued' ? [[t('invitation-copy-link-menu'), () => showInvitationLink(inv)]] : []),
    [t('invitation-resend'), () => resendInvitation(page, p, inv)],
    [t('invitation-revoke-menu'), () => confirmRevoke(page, p, inv), { danger: true }],
  ];
}

async function resendInvitation(page, p, inv) {
  try {
    const r = await api.post(`/api/invitations/${encodeURIComponent(inv.id)}/resend`);
    page.invitations.set(p.id, r);
    toast(t('invitation-resent', { email: r.email }));
  } catch (e) {
    toast(errorMessage(e), 'error');
  }
}

function confirmRevoke(page, p, inv) {
  const name = fullName(p);
  return confirmAndRemove(page, p, {
    title: t('invitation-revoke-question', { name }),
    message: t('invitation-revoke-text-people', { email: inv.email, name }),
    confirm: t('invitation-revoke'),
  }, () => api.post(`/api/invitations/${encodeURIComponent(inv.id)}/revoke`), t('invitation-revoked', { name }));
}

// Asks first; then `call()`, says `done` and drops the row. A refusal is a toast.
async function confirmAndRemove(page, p, question, call, done) {
  if (!(await confirmDialog(question))) return;
  try {
    await call();
    toast(done);
    removeRow(page, p.id);
  } catch (e) {
    toast(errorMessage(e), 'error');
  }
}

async function confirmDeactivate(page, p) {
  const name = fullName(p);
  const ok = await confirmDialog({
    title: t('deactivate-question', { name }),
    message: t('deactivate-text', { name }),
    confirm: t('deactivate'),
  });
  if (ok) setActive(page, p, false);
}

async function setActive(page, p, active) {
  try {
    const u = await patchPerson(p, { active });
    toast(active ? t('reactivated', { name: fullName(u) }) : t('deactivated', { name: fullName(u) }));
    updateRow(page, u, 'menu');
  } catch (e) {
    toast(errorMessage(e), 'error');
  }
}

function confirmDelete(page, p) {
  const name = fullName(p);
  return confirmAndRemove(page, p, {
    title: t('delete-question', { name }),
    message: t('delete-text', { name, email: p.email }),
    confirm: t('delete-for-good'),
  }, () => api.del(`/api/people/${encodeURIComponent(p.id)}`), t('deleted', { name }));
}

async function transferOwnership(p) {
  const name = fullName(p);
  const ok = await confirmDialog({
    title: t('transfer-question', { name }),
    message: t('transfer-text', { name, company: session.company_name }),
    confirm: t('transfer-ownership'),
  });
  if (!ok) return;
  try {
    await api.post(`/api/people/${encodeURIComponent(p.id)}/transfer-ownership`);
    setSession(await api.get('/api/session'));
    toast(t('transferred', { name }));
    navigate(location.pathname + location.search, { replace: true });
  } catch (e) {
    toast(errorMessage(e), 'error');
  }
}

function editDepartments(page, p) {
  const boxes = departmentCheckboxes(page.deps, p.departments, t('departments-of', { name: fullName(p) }));
  formDialog({
    title: t('edit-departments'),
    fields: [boxes],
    action: async () => {
      const u = await patchPerson(p, { departments: boxes.values() });
      const names = u.departments.map((id) => page.byId.get(id)?.name).filter(Boolean);
      toast(names.length
        ? t('departments-set', { name: fullName(u), departments: new Intl.ListFormat(language(), { type: 'conjunction' }).format(names) })
        : t('departments-none-now', { name: fullName(u) }));
      updateRow(page, u, 'deps');
    },
  });
}
