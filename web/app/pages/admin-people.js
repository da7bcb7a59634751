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
import {
  ROLE_LABEL, ROLE_WITH_ARTICLE, roleBadge, stateBadge, loadDepartments, departmentChips, departmentCheckboxes,
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
  setHeader('People', 'Roles, departments and access', inviteButton(page));

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
      page.status.textContent = count ? countWords(count, more, 'person', 'people') : '';
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
    icon('plus'), h('span', { class: 'btn-label' }, 'Invite people'));
}

function searchInput(page) {
  return h('input', {
    class: 'input', type: 'search', value: page.q, placeholder: 'Search by name, email or title',
    'aria-label': 'Search people', autocomplete: 'off',
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
    return emptyState('search', `No one matches “${page.q}”`, 'Check the spelling, or search by email.',
      h('button', { type: 'button', class: 'btn', onclick: clear }, 'Clear search'));
  }
  return emptyState('people', 'No people yet', 'Invite your colleagues by email to get started.',
    session.can.invite.length ? h('button', { type: 'button', class: 'btn primary', onclick: page.invite }, 'Invite people') : null);
}

function peopleTable() {
  const tbody = h('tbody');
  const el = h('div', { class: 'table-wrap' }, h('table', { class: 'table responsive people-table' },
    h('caption', { class: 'visually-hidden' }, 'People in the workspace'),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Role'), h('th', { scope: 'col' }, 'Departments'),
      h('th', { scope: 'col' }, 'Access ends'), h('th', { scope: 'col' }, 'State'),
      h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
    tbody));
  return { el, list: tbody };
}

function skeletonTable() {
  return h('div', { class: 'table-wrap', 'aria-busy': 'true', 'aria-label': 'Loading people' },
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
  page.status.textContent = countWords(page.rows.size, page.more, 'person', 'people');
}

function patchPerson(p, body) {
  return api.patch(`/api/people/${encodeURIComponent(p.id)}`, body);
}

function personRow(page, p) {
  const self = p.id === session.person.id;
  return h('tr', { dataset: { personId: p.id }, class: p.state !== 'active' ? `is-${p.state}` : null },
    h('td', { 'data-label': 'Name' }, h('div', { class: 'person-line' }, avatar(p, 'sm'),
      h('div', { class: 'who' },
        h('strong', {}, fullName(p), self ? h('span', { class: 'you' }, 'you') : null),
        h('span', { class: 'muted' }, p.email)))),
    h('td', { 'data-label': 'Role' }, roleCell(page, p)),
    h('td', { 'data-label': 'Departments' }, departmentsCell(page, p)),
    h('td', { 'data-label': 'Access ends' }, accessCell(page, p)),
    h('td', { 'data-label': 'State' }, stateBadge(p.state)),
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
  const sel = h('select', { class: 'input compact', 'aria-label': `Role of ${name}`, dataset: { focus: 'role' } },
    roles.map((r) => h('option', { value: r, selected: r === p.role }, ROLE_LABEL[r] || r)));
  sel.addEventListener('change', async () => {
    const to = sel.value;
    const signsOut = (p.can?.roles_signing_out || []).includes(to);
    const ok = await confirmDialog({
      title: roleQuestion(name, to),
      message: signsOut ? `${ROLE_EFFECT[to](name)} ${signedOutNote(name)}` : ROLE_EFFECT[to](name),
      confirm: `Make ${ROLE_WITH_ARTICLE[to] || to}`,
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
  return `Make ${name} ${ROLE_WITH_ARTICLE[role] || role}?`;
}

// What someone with each role can do, in a sentence about them.
const ROLE_EFFECT = {
  owner: (name) => `${name} will be able to do everything in the workspace, including changing other owners, renaming the company and transferring ownership.`,
  admin: (name) => `${name} will be able to invite and manage everyone except owners, change departments, read the audit log and test mail.`,
  integrator: (name) => `${name} will be able to invite and manage employees and freelancers and change departments, but not administrators.`,
  employee: (name) => `${name} will see everyone in the directory, chat, and create and join public channels, but manage nobody.`,
  freelancer: (name) => `${name} will see only the people they have a direct chat with and only the chats they are added to.`,
};

function signedOutNote(name) {
  return `${name} loses rights with this change and is signed out everywhere at once; they sign in again to go on.`;
}

async function changeRole(page, p, to, sel) {
  const name = fullName(p);
  if (sel) sel.disabled = true;
  try {
    const u = await patchPerson(p, { role: to });
    toast(`${name} is now ${ROLE_WITH_ARTICLE[to] || to}.`);
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
    title: `Make ${name} an owner too?`,
    message: `${ROLE_EFFECT.owner(name)} You both stay owners; only an owner can take this back.`,
    confirm: 'Make an owner',
  });
  if (ok) await changeRole(page, p, 'owner', null);
}

function departmentsCell(page, p) {
  const name = fullName(p);
  return h('div', { class: 'row deps-cell' },
    departmentChips(p.departments, page.byId) || h('span', { class: 'muted' }, 'None'),
    p.can?.departments
      ? h('button', {
        type: 'button', class: 'btn ghost icon small', 'aria-label': `Edit departments of ${name}`, title: 'Edit departments',
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
    'aria-label': `Access end date of ${name}`, dataset: { focus: 'access' },
  });
  const clear = h('button', {
    type: 'button', class: 'btn ghost icon small', 'aria-label': `Remove the access end date of ${name}`,
    title: 'No end date', hidden: !p.access_until,
  }, icon('close'));
  const save = async (value) => {
    input.disabled = true;
    try {
      const u = await patchPerson(p, { access_until: value });
      toast(value ? `${name}'s access ends on ${formatDay(u.access_until || value)}.` : `${name}'s access has no end date now.`);
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
    type: 'button', class: 'btn ghost icon', 'aria-label': `Actions for ${fullName(p)}`, 'aria-haspopup': 'menu', dataset: { focus: 'menu' },
  }, icon('more'));
  btn.addEventListener('click', () => openMenu(btn, menuItems(page, p)));
  return btn;
}

// ----- The row menu

function menuItems(page, p) {
  const items = [['View card', () => showPersonPanel(p, page.byId, (u) => updateRow(page, u))]];
  const inv = page.invitations.get(p.id);
  // The server lists only the invitations this person may manage.
  if (p.state === 'invited' && inv && !CLOSED_INVITATION.has(inv.state)) return [...items, ...invitationItems(page, p, inv)];
  if (p.can?.deactivate) items.push(['Deactivate…', () => confirmDeactivate(page, p), { danger: true }]);
  if (p.can?.reactivate) items.push(['Reactivate', () => setActive(page, p, true)]);
  if (p.can?.make_owner) items.push(['Make an owner too…', () => confirmMakeOwner(page, p)]);
  if (p.can?.transfer_ownership) items.push(['Transfer ownership…', () => transferOwnership(p)]);
  if (p.can?.delete) items.push(['Delete…', () => confirmDelete(page, p), { danger: true }]);
  return items;
}

function invitationItems(page, p, inv) {
  return [
    ...(inv.state === 'queued' ? [['Copy invitation link…', () => showInvitationLink(inv)]] : []),
    ['Resend invitation', () => resendInvitation(page, p, inv)],
    ['Revoke invitation…', () => confirmRevoke(page, p, inv), { danger: true }],
  ];
}

async function resendInvitation(page, p, inv) {
  try {
    const r = await api.post(`/api/invitations/${encodeURIComponent(inv.id)}/resend`);
    page.invitations.set(p.id, r);
    toast(`A new invitation link is on its way to ${r.email}. The old link no longer works.`);
  } catch (e) {
    toast(errorMessage(e), 'error');
  }
}

function confirmRevoke(page, p, inv) {
  const name = fullName(p);
  return confirmAndRemove(page, p, {
    title: `Revoke the invitation for ${name}?`,
    message: `The link sent to ${inv.email} stops working and ${name} disappears from this list. You can invite them again later.`,
    confirm: 'Revoke invitation',
  }, () => api.post(`/api/invitations/${encodeURIComponent(inv.id)}/revoke`), `The invitation for ${name} is revoked.`);
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
    title: `Deactivate ${name}?`,
    message: `${name} will be signed out everywhere at once and cannot sign in until reactivated. Their messages stay.`,
    confirm: 'Deactivate',
  });
  if (ok) setActive(page, p, false);
}

async function setActive(page, p, active) {
  try {
    const u = await patchPerson(p, { active });
    toast(active ? `${fullName(u)} can sign in again.` : `${fullName(u)} is deactivated and signed out everywhere.`);
    updateRow(page, u, 'menu');
  } catch (e) {
    toast(errorMessage(e), 'error');
  }
}

function confirmDelete(page, p) {
  const name = fullName(p);
  return confirmAndRemove(page, p, {
    title: `Delete ${name}?`,
    message: `${name} will be signed out and can never sign in again; ${p.email} becomes free for someone else. ` +
      'Their messages stay under their name. This cannot be undone.',
    confirm: 'Delete for good',
  }, () => api.del(`/api/people/${encodeURIComponent(p.id)}`), `${name} is deleted.`);
}

async function transferOwnership(p) {
  const name = fullName(p);
  const ok = await confirmDialog({
    title: `Transfer ownership to ${name}?`,
    message: `${name} becomes the owner of ${session.company_name}. You become an administrator and cannot take ownership back yourself.`,
    confirm: 'Transfer ownership',
  });
  if (!ok) return;
  try {
    await api.post(`/api/people/${encodeURIComponent(p.id)}/transfer-ownership`);
    setSession(await api.get('/api/session'));
    toast(`${name} is now the owner. You are an administrator.`);
    navigate(location.pathname + location.search, { replace: true });
  } catch (e) {
    toast(errorMessage(e), 'error');
  }
}

function editDepartments(page, p) {
  const boxes = departmentCheckboxes(page.deps, p.departments, `Departments of ${fullName(p)}`);
  formDialog({
    title: 'Edit departments',
    fields: [boxes],
    action: async () => {
      const u = await patchPerson(p, { departments: boxes.values() });
      const names = u.departments.map((id) => page.byId.get(id)?.name).filter(Boolean);
      toast(names.length ? `${fullName(u)} is in ${names.join(', ')}.` : `${fullName(u)} is in no department now.`);
      updateRow(page, u, 'deps');
    },
  });
}
