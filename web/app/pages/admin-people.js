// Administration → People: everyone (invited and deactivated too), with role, departments and
// access end date changed in place, and deactivate / reactivate / delete / transfer ownership
// from each row's menu. Every change is saved at once; a refusal shows the server's message and
// puts the control back.

import { h, icon, avatar, fullName, replace, toast } from '../dom.js';
import { api } from '../api.js';
import { confirmDialog, openMenu, emptyState } from '../ui.js';
import { setHeader, showMain } from '../shell.js';
import { navigate } from '../router.js';
import { session, setSession } from '../state.js';
import { adminSection } from './admin.js';
import { openInviteDialog } from './invite-dialog.js';
import { showPersonPanel } from './people.js';
import {
  ROLE_LABEL, ROLE_WITH_ARTICLE, TEMPORARY_ROLES, grantableRoles, manages, roleBadge, stateBadge,
  loadDepartments, departmentChips, departmentCheckboxes, toDateInput, fromDateInput, todayInput, formatDay,
  debounce, errorMessage, errorState, formDialog,
} from './people-common.js';

const PAGE = 50;

export async function renderAdminPeople(_params, query) {
  if (!adminSection('/admin/people')) return;
  let q = query.get('q') || '';
  const inviteBtn = h('button', { type: 'button', class: 'btn primary', onclick: () => invite() }, icon('plus'), h('span', { class: 'btn-label' }, 'Invite people'));
  setHeader('People', 'Roles, departments and access', inviteBtn);

  const search = h('input', {
    class: 'input', type: 'search', value: q, placeholder: 'Search by name, email or title',
    'aria-label': 'Search people', autocomplete: 'off',
  });
  const status = h('span', { class: 'muted small', 'aria-live': 'polite' });
  const content = h('div', { class: 'admin-people' }, skeletonTable());
  const root = h('div', { class: 'page wide' },
    h('div', { class: 'toolbar' }, h('div', { class: 'search-box' }, icon('search'), search), h('div', { class: 'spacer' }), status),
    content);
  showMain(root);

  let byId = new Map();
  let deps = [];
  let invitations = new Map(); // person id -> newest invitation
  let cursor = null;
  let seq = 0;
  let tbody = null;
  let more = null;
  const rows = new Map(); // person id -> { p, tr }

  function invite() {
    openInviteDialog(() => {
      loadInvitations().then(() => load(true));
    });
  }

  async function loadInvitations() {
    try {
      const list = await api.get('/api/invitations');
      invitations = new Map();
      for (const inv of list.sort((a, b) => a.created_at.localeCompare(b.created_at))) invitations.set(inv.person_id, inv);
    } catch {
      invitations = new Map(); // rows then offer Delete instead of Resend / Revoke
    }
  }

  async function load(reset) {
    const my = ++seq;
    if (reset) {
      cursor = null;
      rows.clear();
      replace(content, skeletonTable());
    }
    const qs = new URLSearchParams({ state: 'all', limit: String(PAGE) });
    if (q) qs.set('q', q);
    if (cursor) qs.set('cursor', cursor);
    let page;
    try {
      page = await api.get(`/api/people?${qs}`);
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
    cursor = page.next_cursor;
    if (reset) {
      if (!page.people.length) {
        replace(content, q
          ? emptyState('search', `No one matches “${q}”`, 'Check the spelling, or search by email.',
            h('button', { type: 'button', class: 'btn', onclick: () => { search.value = ''; search.dispatchEvent(new Event('input')); } }, 'Clear search'))
          : emptyState('people', 'No people yet', 'Invite your colleagues by email to get started.',
            h('button', { type: 'button', class: 'btn primary', onclick: invite }, 'Invite people')));
        status.textContent = '';
        return;
      }
      tbody = h('tbody');
      more = h('button', { type: 'button', class: 'btn load-more' }, 'Load more');
      more.addEventListener('click', () => { more.disabled = true; load(false); });
      replace(content,
        h('div', { class: 'table-wrap' }, h('table', { class: 'table responsive people-table' },
          h('caption', { class: 'visually-hidden' }, 'People in the workspace'),
          h('thead', {}, h('tr', {},
            h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Role'), h('th', { scope: 'col' }, 'Departments'),
            h('th', { scope: 'col' }, 'Access ends'), h('th', { scope: 'col' }, 'State'),
            h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
          tbody)),
        more);
    }
    for (const p of page.people) {
      const tr = row(p);
      rows.set(p.id, { p, tr });
      tbody.append(tr);
    }
    more.hidden = !cursor;
    more.disabled = false;
    status.textContent = cursor ? `${rows.size}+ people` : `${rows.size} ${rows.size === 1 ? 'person' : 'people'}`;
  }

  // Replaces a person's row after a change, keeping focus on the control that was used.
  function update(p, focusKey) {
    const old = rows.get(p.id);
    if (!old) return;
    const tr = row(p);
    old.tr.replaceWith(tr);
    rows.set(p.id, { p, tr });
    if (focusKey) tr.querySelector(`[data-focus="${focusKey}"]`)?.focus();
  }

  async function patch(p, body) {
    return api.patch(`/api/people/${encodeURIComponent(p.id)}`, body);
  }

  function row(p) {
    const me = session.person;
    const self = p.id === me.id;
    const mine = !self && manages(p.role);
    const name = fullName(p);

    // Role: a select of grantable roles on rows this person manages (not for invitations,
    // whose role is bound to the link: revoke and invite again instead).
    let roleCell;
    if (mine && p.state !== 'invited') {
      const sel = h('select', { class: 'input compact', 'aria-label': `Role of ${name}`, dataset: { focus: 'role' } },
        grantableRoles().map((r) => h('option', { value: r, selected: r === p.role }, ROLE_LABEL[r])));
      sel.addEventListener('change', async () => {
        const to = sel.value;
        sel.disabled = true;
        try {
          const u = await patch(p, { role: to });
          toast(`${name} is now ${ROLE_WITH_ARTICLE[to]}.`);
          update(u, 'role');
        } catch (e) {
          toast(errorMessage(e), 'error');
          sel.value = p.role;
          sel.disabled = false;
          sel.focus();
        }
      });
      roleCell = sel;
    } else {
      roleCell = p.role ? roleBadge(p.role) : '—';
    }

    const mayDeps = self || manages(p.role);
    const depsCell = h('div', { class: 'row deps-cell' },
      departmentChips(p.departments, byId) || h('span', { class: 'muted' }, 'None'),
      mayDeps
        ? h('button', {
          type: 'button', class: 'btn ghost icon small', 'aria-label': `Edit departments of ${name}`, title: 'Edit departments',
          dataset: { focus: 'deps' }, onclick: () => editDepartments(p),
        }, icon('edit'))
        : null);

    let accessCell;
    if (TEMPORARY_ROLES.includes(p.role) && mine) {
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
          const u = await patch(p, { access_until: value });
          toast(value ? `${name}'s access ends on ${formatDay(u.access_until || value)}.` : `${name}'s access has no end date now.`);
          update(u, 'access');
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
      accessCell = h('div', { class: 'row nowrap' }, input, clear);
    } else if (p.access_until) {
      accessCell = formatDay(p.access_until);
    } else {
      accessCell = h('span', { class: 'muted' }, TEMPORARY_ROLES.includes(p.role) ? 'No end date' : '—');
    }

    const items = menuItems(p, self, mine);
    const menuBtn = h('button', {
      type: 'button', class: 'btn ghost icon', 'aria-label': `Actions for ${name}`, 'aria-haspopup': 'menu', dataset: { focus: 'menu' },
    }, icon('more'));
    menuBtn.addEventListener('click', () => openMenu(menuBtn, items));

    return h('tr', { dataset: { personId: p.id }, class: p.state !== 'active' ? `is-${p.state}` : null },
      h('td', { 'data-label': 'Name' }, h('div', { class: 'person-line' }, avatar(p, 'sm'),
        h('div', { class: 'who' },
          h('strong', {}, name, self ? h('span', { class: 'you' }, 'you') : null),
          h('span', { class: 'muted' }, p.email)))),
      h('td', { 'data-label': 'Role' }, roleCell),
      h('td', { 'data-label': 'Departments' }, depsCell),
      h('td', { 'data-label': 'Access ends' }, accessCell),
      h('td', { 'data-label': 'State' }, stateBadge(p.state)),
      h('td', { class: 'actions-cell menu-only' }, menuBtn));
  }

  function menuItems(p, self, mine) {
    const name = fullName(p);
    const items = [['View card', () => showPersonPanel(p, byId, (u) => update(u))]];
    if (!mine) return items;
    const inv = invitations.get(p.id);
    if (p.state === 'invited' && inv && !['accepted', 'revoked'].includes(inv.state)) {
      items.push(['Resend invitation', async () => {
        try {
          const r = await api.post(`/api/invitations/${encodeURIComponent(inv.id)}/resend`);
          invitations.set(p.id, r);
          toast(`A new invitation link is on its way to ${r.email}. The old link no longer works.`);
        } catch (e) {
          toast(errorMessage(e), 'error');
        }
      }]);
      items.push(['Revoke invitation…', async () => {
        const ok = await confirmDialog({
          title: `Revoke the invitation for ${name}?`,
          message: `The link sent to ${inv.email} stops working and ${name} disappears from this list. You can invite them again later.`,
          confirm: 'Revoke invitation',
        });
        if (!ok) return;
        try {
          await api.post(`/api/invitations/${encodeURIComponent(inv.id)}/revoke`);
          toast(`The invitation for ${name} is revoked.`);
          removeRow(p.id);
        } catch (e) {
          toast(errorMessage(e), 'error');
        }
      }, { danger: true }]);
      return items;
    }
    if (p.state === 'active') {
      items.push(['Deactivate…', async () => {
        const ok = await confirmDialog({
          title: `Deactivate ${name}?`,
          message: `${name} will be signed out everywhere at once and cannot sign in until reactivated. Their messages stay.`,
          confirm: 'Deactivate',
        });
        if (ok) setActive(p, false);
      }, { danger: true }]);
    }
    if (p.state === 'deactivated') items.push(['Reactivate', () => setActive(p, true)]);
    if (session.person.role === 'owner' && p.state === 'active') {
      items.push(['Transfer ownership…', () => transfer(p)]);
    }
    items.push(['Delete…', async () => {
      const ok = await confirmDialog({
        title: `Delete ${name}?`,
        message: `${name} will be signed out and can never sign in again; ${p.email} becomes free for someone else. ` +
          'Their messages stay under their name. This cannot be undone.',
        confirm: 'Delete for good',
      });
      if (!ok) return;
      try {
        await api.del(`/api/people/${encodeURIComponent(p.id)}`);
        toast(`${name} is deleted.`);
        removeRow(p.id);
      } catch (e) {
        toast(errorMessage(e), 'error');
      }
    }, { danger: true }]);
    return items;
  }

  function removeRow(id) {
    rows.get(id)?.tr.remove();
    rows.delete(id);
    status.textContent = `${rows.size} ${rows.size === 1 ? 'person' : 'people'}`;
  }

  async function setActive(p, active) {
    try {
      const u = await patch(p, { active });
      toast(active ? `${fullName(u)} can sign in again.` : `${fullName(u)} is deactivated and signed out everywhere.`);
      update(u, 'menu');
    } catch (e) {
      toast(errorMessage(e), 'error');
    }
  }

  async function transfer(p) {
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

  function editDepartments(p) {
    const boxes = departmentCheckboxes(deps, p.departments, `Departments of ${fullName(p)}`);
    formDialog({
      title: 'Edit departments',
      fields: [boxes],
      action: async () => {
        const u = await patch(p, { departments: boxes.values() });
        const names = u.departments.map((id) => byId.get(id)?.name).filter(Boolean);
        toast(names.length ? `${fullName(u)} is in ${names.join(', ')}.` : `${fullName(u)} is in no department now.`);
        update(u, 'deps');
      },
    });
  }

  search.addEventListener('input', debounce(() => {
    if (search.value.trim() === q) return;
    q = search.value.trim();
    history.replaceState(null, '', q ? `/admin/people?q=${encodeURIComponent(q)}` : '/admin/people');
    load(true);
  }, 250));

  try {
    [deps] = await Promise.all([loadDepartments(), loadInvitations()]);
    byId = new Map(deps.map((d) => [d.id, d]));
  } catch {
    deps = []; // names then stay blank; the list reports its own errors
  }
  if (!root.isConnected) return;
  load(true);
  if (query.get('invite')) {
    history.replaceState(null, '', q ? `/admin/people?q=${encodeURIComponent(q)}` : '/admin/people');
    invite();
  }
}

function skeletonTable() {
  return h('div', { class: 'table-wrap', 'aria-busy': 'true', 'aria-label': 'Loading people' },
    h('div', { class: 'skeleton-rows' }, Array.from({ length: 6 }, (_, i) => h('div', { class: 'row' },
      h('div', { class: 'skeleton circle' }),
      h('div', { class: 'grow' }, h('div', { class: `skeleton line ${['w40', 'w60', 'w40'][i % 3]}` })),
      h('div', { class: 'grow' }, h('div', { class: 'skeleton line w60' }))))));
}
