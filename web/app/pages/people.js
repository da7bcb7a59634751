// People: the directory as cards (search, department filter, load more) and the person card in
// the side panel, where people edit their own card.

import { h, icon, avatar, fullName, replace, toast } from '../dom.js';
import { api } from '../api.js';
import { field, alertBox, emptyState, onSubmit } from '../ui.js';
import { setSection, setHeader, showMain, openPanel, closePanel, currentShell, markCurrent } from '../shell.js';
import { navigate } from '../router.js';
import { session, canSeeRoles } from '../state.js';
import { chats, subscribe, isPersonPinned, togglePersonPin, movePersonPin } from '../chats-state.js';
import { getPerson } from '../people-cache.js';
import {
  loadDepartments, departmentTree, roleBadge, stateBadge, formatDay, debounce,
  errorMessage, errorState, manages, nameFieldFor, canManageDepartments,
} from './people-common.js';

const PAGE = 50;

// The People sidebar: every department as a filter link, and the company structure.
async function fillSidebar(body) {
  replace(body, h('div', { class: 'sidebar-section', 'aria-busy': 'true' },
    [60, 40, 80, 50].map((w) => h('div', { class: 'nav-skeleton' }, h('div', { class: `skeleton line w${w === 50 ? 60 : w}` })))));
  let deps;
  try {
    deps = await loadDepartments();
  } catch (e) {
    replace(body, h('div', { class: 'nav-empty' }, errorMessage(e), ' ',
      h('button', { class: 'btn small', type: 'button', onclick: () => fillSidebar(body) }, 'Try again')));
    return;
  }
  if (!body.isConnected) return;
  replace(body,
    h('nav', { 'aria-label': 'People' },
      h('a', { class: 'nav-item', href: '/people' }, icon('people'), h('span', { class: 'name' }, 'Everyone')),
      h('a', { class: 'nav-item', href: '/people/structure' }, icon('tree'), h('span', { class: 'name' }, 'Company structure'))),
    h('div', { class: 'sidebar-section' },
      h('div', { class: 'section-head' }, h('span', {}, 'Departments')),
      deps.length
        ? h('nav', { 'aria-label': 'Departments' }, departmentTree(deps).map(({ dep, depth }) =>
          h('a', { class: ['nav-item', `depth-${Math.min(depth, 4)}`], href: `/people?department=${encodeURIComponent(dep.id)}` },
            h('span', { class: 'name' }, dep.name), h('span', { class: 'count' }, String(dep.member_count)))))
        : h('div', { class: 'nav-empty' }, canManageDepartments()
          ? 'No departments yet. Create them in Company structure.'
          : 'No departments yet.')));
  markCurrent(location.pathname + location.search);
}

export function peopleSection() {
  setSection('people', 'People', (body) => fillSidebar(body));
}

// Redraws the department links (after departments changed).
export function refreshPeopleSidebar() {
  const s = currentShell();
  if (s?.section === 'people') fillSidebar(s.sidebarBody);
}

function skeletonGrid(n = 6) {
  return h('div', { class: 'people-grid', 'aria-busy': 'true', 'aria-label': 'Loading people' },
    Array.from({ length: n }, () => h('div', { class: 'card person-card skeleton-card' },
      h('div', { class: 'skeleton circle lg' }),
      h('div', { class: 'info grow' }, h('div', { class: 'skeleton line w60' }), h('div', { class: 'skeleton line w40' })))));
}

function personCard(p, byId, onOpen) {
  const card = h('button', {
    type: 'button', class: 'card person-card', dataset: { personId: p.id },
    'aria-label': `${fullName(p)}${p.title ? `, ${p.title}` : ''}`,
  },
  avatar(p, 'md'),
  h('span', { class: 'info' },
    h('span', { class: 'name-row' }, h('strong', {}, fullName(p)),
      p.id === session.person.id ? h('span', { class: 'you' }, 'you') : null),
    h('span', { class: 'muted' }, p.title || p.email),
    meta(p, byId)));
  card.addEventListener('click', () => onOpen(p, card));
  return card;
}

// Role, state and department chips in one wrapping line.
function meta(p, byId) {
  const names = (p.departments || []).map((id) => byId.get(id)?.name).filter(Boolean);
  if (!p.role && p.state === 'active' && !names.length) return null;
  return h('span', { class: 'badges' },
    p.role ? roleBadge(p.role) : null,
    p.state !== 'active' ? stateBadge(p.state) : null,
    names.map((n) => h('span', { class: 'chip' }, n)));
}

export async function renderPeople(_params, query) {
  closePanel();
  peopleSection();
  markCurrent(location.pathname + location.search);
  const dept = query.get('department') || '';
  let q = query.get('q') || '';
  setHeader('People', session.company_name);

  const search = h('input', {
    class: 'input', type: 'search', name: 'q', value: q, placeholder: 'Search by name, email or title',
    'aria-label': 'Search people', autocomplete: 'off',
  });
  const deptSelect = h('select', { class: 'input', name: 'department', 'aria-label': 'Department' },
    h('option', { value: '' }, 'All departments'));
  const status = h('span', { class: 'muted small', 'aria-live': 'polite' });
  const results = h('div', { class: 'people-results' }, skeletonGrid());
  // Pinned colleagues head the page (in the person's own order; Alt+Shift+Left/Right moves one).
  const pinnedBox = h('section', { class: 'pinned-people', 'aria-label': 'Pinned people', hidden: true });
  const root = h('div', { class: 'page' },
    h('div', { class: 'toolbar' },
      h('div', { class: 'search-box' }, icon('search'), search), deptSelect, h('div', { class: 'spacer' }), status),
    pinnedBox,
    results);
  showMain(root);

  let byId = new Map();
  let cursor = null;
  let seq = 0;
  let grid = null;
  let more = null;
  const cards = new Map();

  const open = (p, card) => {
    for (const c of root.querySelectorAll('.person-card[aria-current]')) c.removeAttribute('aria-current');
    card?.setAttribute('aria-current', 'true');
    showPersonPanel(p, byId, (updated) => {
      const old = cards.get(updated.id);
      if (old) {
        const fresh = personCard(updated, byId, open);
        fresh.setAttribute('aria-current', 'true');
        old.replaceWith(fresh);
        cards.set(updated.id, fresh);
      }
    });
  };

  let pinSeq = 0;
  async function drawPinned() {
    const my = ++pinSeq;
    const ids = chats.sidebar.pinned_people || [];
    if (!ids.length || q || dept) {
      pinnedBox.hidden = true;
      return;
    }
    const people = (await Promise.all(ids.map((id) => getPerson(id).catch(() => null)))).filter((p) => p && !p.former);
    if (my !== pinSeq || !root.isConnected) return;
    const focused = document.activeElement?.dataset?.personId;
    const list = h('ul', { class: 'people-grid', 'aria-label': 'Pinned people' }, people.map((p) => {
      const card = personCard(p, byId, open);
      card.addEventListener('keydown', (ev) => {
        if (ev.altKey && ev.shiftKey && (ev.key === 'ArrowLeft' || ev.key === 'ArrowRight')) {
          ev.preventDefault();
          movePersonPin(p.id, ev.key === 'ArrowLeft' ? -1 : 1).catch((e) => toast(errorMessage(e), 'error'));
        }
      });
      return h('li', {}, card);
    }));
    replace(pinnedBox, h('h2', { class: 'section-title' }, icon('pin'), 'Pinned'), list);
    pinnedBox.hidden = !people.length;
    if (focused) pinnedBox.querySelector(`[data-person-id="${CSS.escape(focused)}"]`)?.focus();
  }
  const unsubscribe = subscribe(() => {
    if (!root.isConnected) return unsubscribe();
    drawPinned();
  });
  drawPinned();

  async function load(reset) {
    const my = ++seq;
    if (reset) {
      cursor = null;
      cards.clear();
      replace(results, skeletonGrid());
      status.textContent = '';
    }
    const qs = new URLSearchParams({ limit: String(PAGE) });
    if (q) qs.set('q', q);
    if (dept) qs.set('department', dept);
    if (cursor) qs.set('cursor', cursor);
    let page;
    try {
      page = await api.get(`/api/people?${qs}`);
    } catch (e) {
      if (my !== seq || !root.isConnected) return;
      if (reset) replace(results, errorState(errorMessage(e), () => load(true)));
      else {
        more.disabled = false;
        more.removeAttribute('aria-busy');
        toast(errorMessage(e), 'error');
      }
      return;
    }
    if (my !== seq || !root.isConnected) return;
    cursor = page.next_cursor;
    if (reset) {
      if (!page.people.length) {
        replace(results, emptyResults());
        return;
      }
      grid = h('ul', { class: 'people-grid', 'aria-label': 'People' });
      more = h('button', { type: 'button', class: 'btn load-more' }, 'Load more');
      more.addEventListener('click', () => {
        more.disabled = true;
        more.setAttribute('aria-busy', 'true');
        load(false);
      });
      replace(results, grid, more);
    }
    for (const p of page.people) {
      const card = personCard(p, byId, open);
      cards.set(p.id, card);
      grid.append(h('li', {}, card));
    }
    more.hidden = !cursor;
    more.disabled = false;
    more.removeAttribute('aria-busy');
    status.textContent = cursor ? `${cards.size}+ people` : `${cards.size} ${cards.size === 1 ? 'person' : 'people'}`;
  }

  function emptyResults() {
    if (q || dept) {
      const name = byId.get(dept)?.name;
      const what = q ? `No one matches “${q}”${name ? ` in ${name}` : ''}` : `No one is in ${name || 'this department'} yet`;
      return emptyState('search', what,
        q ? 'Check the spelling, or search by email or job title.' : 'People join a department from their card in Administration.',
        h('button', { class: 'btn', type: 'button', onclick: () => navigate('/people') }, 'Show everyone'));
    }
    return emptyState('people', 'Nobody here yet',
      canSeeRoles() ? 'Invite your colleagues by email; they appear here once they join.' : 'Your colleagues appear here once they join.',
      canSeeRoles() ? h('a', { class: 'btn primary', href: '/admin/people?invite=1' }, 'Invite people') : null);
  }

  const setUrl = () => {
    const qs = new URLSearchParams();
    if (q) qs.set('q', q);
    if (dept) qs.set('department', dept);
    const s = qs.toString();
    history.replaceState(null, '', `/people${s ? `?${s}` : ''}`);
  };

  search.addEventListener('input', debounce(() => {
    if (search.value.trim() === q) return;
    q = search.value.trim();
    setUrl();
    load(true);
  }, 250));
  search.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && search.value) {
      ev.stopPropagation();
      search.value = '';
      search.dispatchEvent(new Event('input'));
    }
  });
  deptSelect.addEventListener('change', () => {
    const qs = new URLSearchParams();
    if (q) qs.set('q', q);
    if (deptSelect.value) qs.set('department', deptSelect.value);
    const s = qs.toString();
    navigate(`/people${s ? `?${s}` : ''}`);
  });

  // Department names first (for the chips), then the first page.
  try {
    const deps = await loadDepartments();
    byId = new Map(deps.map((d) => [d.id, d]));
    for (const { dep, depth } of departmentTree(deps)) {
      deptSelect.append(h('option', { value: dep.id, selected: dep.id === dept }, `${'\u2003'.repeat(depth)}${dep.name}`));
    }
    const name = byId.get(dept)?.name;
    if (name) setHeader(name, `People in ${name}`);
  } catch {
    // Cards then show without department names; the people list reports its own errors.
  }
  if (!root.isConnected) return;
  load(true);
}

// Pin or unpin a colleague (they head the People page and the "new message" picker).
function pinButton(p) {
  const label = () => (isPersonPinned(p.id) ? 'Unpin' : 'Pin to top');
  const b = h('button', { type: 'button', class: 'btn pin-person', 'aria-pressed': String(isPersonPinned(p.id)) }, icon('pin'), label());
  b.addEventListener('click', async () => {
    b.disabled = true;
    try {
      await togglePersonPin(p.id);
      toast(isPersonPinned(p.id) ? `${fullName(p)} is pinned to the top of People.` : `${fullName(p)} is no longer pinned.`);
    } catch (e) {
      toast(errorMessage(e), 'error');
    } finally {
      b.disabled = false;
      b.setAttribute('aria-pressed', String(isPersonPinned(p.id)));
      replace(b, icon('pin'), label());
    }
  });
  return b;
}

// The person card in the side panel. `onChanged(person)` is told about saved edits.
export function showPersonPanel(p, byId, onChanged = () => {}) {
  const me = session.person;
  const own = p.id === me.id;
  const mayEdit = own || (canSeeRoles() && manages(p.role));
  const detail = (label, value) => (value ? [h('dt', {}, label), h('dd', {}, value)] : null);
  const depNames = (p.departments || []).map((id) => byId.get(id)?.name).filter(Boolean);
  const view = h('div', { class: 'person-panel' },
    h('div', { class: 'person-hero' }, avatar(p, 'lg'),
      h('div', { class: 'who' }, h('h3', {}, fullName(p)), p.title ? h('p', { class: 'muted' }, p.title) : null,
        p.role || p.state !== 'active'
          ? h('div', { class: 'badges' }, p.role ? roleBadge(p.role) : null, p.state !== 'active' ? stateBadge(p.state) : null)
          : null)),
    h('dl', { class: 'detail-list' },
      detail('Email', h('a', { href: `mailto:${p.email}` }, p.email)),
      detail('Phone', p.phone ? h('a', { href: `tel:${p.phone.replace(/[^\d+]/g, '')}` }, p.phone) : null),
      detail('Departments', depNames.length ? h('span', { class: 'chips' }, depNames.map((n) => h('span', { class: 'chip' }, n))) : null),
      detail('Role', p.role ? roleBadge(p.role) : null),
      detail('Access ends', p.access_until ? formatDay(p.access_until) : null)),
    mayEdit || !own
      ? h('div', { class: 'row wrap panel-actions' },
        mayEdit ? h('button', { type: 'button', class: 'btn', onclick: () => edit() }, icon('edit'), own ? 'Edit my card' : 'Edit card') : null,
        !own && p.state === 'active' ? pinButton(p) : null,
        canSeeRoles() && !own && manages(p.role)
          ? h('a', { class: 'btn ghost', href: `/admin/people?q=${encodeURIComponent(p.email)}` }, 'Manage')
          : null)
      : null);
  const body = h('div', { class: 'panel-inner' }, view);
  openPanel(own ? 'Your card' : 'Person', body);

  function edit() {
    const first = field({ label: 'First name', name: 'first_name', value: p.first_name, autocomplete: own ? 'given-name' : 'off', required: true, maxlength: 100 });
    const last = field({ label: 'Last name', name: 'last_name', value: p.last_name, autocomplete: own ? 'family-name' : 'off', required: true, maxlength: 100 });
    const title = field({ label: 'Job title', name: 'title', value: p.title, autocomplete: own ? 'organization-title' : 'off', maxlength: 100, placeholder: 'e.g. Sales manager' });
    const phone = field({ label: 'Phone', name: 'phone', type: 'tel', value: p.phone, autocomplete: own ? 'tel' : 'off', maxlength: 40, placeholder: '+1 555 0100' });
    const alert = alertBox();
    const save = h('button', { type: 'submit', class: 'btn primary' }, 'Save');
    const cancel = h('button', { type: 'button', class: 'btn' }, 'Cancel');
    const form = h('form', { class: 'stack', novalidate: true, 'aria-label': own ? 'Edit your card' : `Edit ${fullName(p)}'s card` },
      alert, h('div', { class: 'field-row' }, first, last), title, phone, h('div', { class: 'row' }, save, cancel));
    replace(body, h('div', { class: 'person-hero' }, avatar(p, 'lg'), h('div', { class: 'who' }, h('h3', {}, fullName(p)))), form);
    cancel.addEventListener('click', () => showPersonPanel(p, byId, onChanged));
    form.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') {
        ev.stopPropagation();
        showPersonPanel(p, byId, onChanged);
      }
    });
    first.input.focus();
    onSubmit(form, save, alert, async () => {
      const updated = await api.patch(`/api/people/${encodeURIComponent(p.id)}`, {
        first_name: first.input.value,
        last_name: last.input.value,
        title: title.input.value,
        phone: phone.input.value,
      });
      if (own) {
        Object.assign(session.person, updated);
        const name = document.querySelector('.me-name');
        if (name) name.textContent = fullName(updated);
      }
      toast(own ? 'Your card is saved.' : `${fullName(updated)}'s card is saved.`);
      onChanged(updated);
      showPersonPanel(updated, byId, onChanged);
    }, (code, message) => {
      if (code === 'invalid_phone') return phone;
      if (code === 'invalid_name') {
        if (/^title/i.test(message)) return title;
        if (/^phone/i.test(message)) return phone;
        return nameFieldFor(message, first, last);
      }
      return null;
    });
  }
}

