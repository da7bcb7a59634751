// People: the directory as cards (search, department filter, load more) and the person card in
// the side panel, where people edit their own card.

import { h, icon, avatar, fullName, replace, toast } from '../dom.js';
import { api } from '../api.js';
import { field, alertBox, emptyState, onSubmit, errorMessage } from '../ui.js';
import { setSection, setHeader, showMain, openPanel, closePanel, currentShell, markCurrent, refreshIdentity } from '../shell.js';
import { navigate } from '../router.js';
import { session } from '../state.js';
import { withPresence, statusLine, presenceOf, onPresence } from '../presence.js';
import { chats, subscribe, isPersonPinned, togglePersonPin, movePersonPin, openChatWith } from '../chats-state.js';
import { getPerson } from '../people-cache.js';
import { absenceNote } from './bots-card.js';
import { pagedList, countWords } from '../paged.js';
import { t } from '../i18n.js';
import {
  loadDepartments, departmentTree, roleBadge, stateBadge, formatDay, debounce, nameFieldFor, mayManage, memberWords,
} from './people-common.js';

// The People sidebar: every department as a filter link, and the company structure.
async function fillSidebar(body) {
  replace(body, h('div', { class: 'sidebar-section', 'aria-busy': 'true' },
    [60, 40, 80, 50].map((w) => h('div', { class: 'nav-skeleton' }, h('div', { class: `skeleton line w${w === 50 ? 60 : w}` })))));
  let deps;
  try {
    deps = await loadDepartments();
  } catch (e) {
    replace(body, h('div', { class: 'nav-empty' }, errorMessage(e), ' ',
      h('button', { class: 'btn small', type: 'button', onclick: () => fillSidebar(body) }, t('try-again'))));
    return;
  }
  if (!body.isConnected) return;
  replace(body,
    h('nav', { 'aria-label': t('people-title') },
      h('a', { class: 'nav-item', href: '/people' }, icon('people'), h('span', { class: 'name' }, t('people-everyone'))),
      h('a', { class: 'nav-item', href: '/people/structure' }, icon('tree'), h('span', { class: 'name' }, t('structure-title')))),
    h('div', { class: 'sidebar-section' },
      h('div', { class: 'section-head' }, h('span', {}, t('departments'))),
      deps.length
        ? h('nav', { 'aria-label': t('departments') }, departmentTree(deps).map(({ dep, depth }) =>
          h('a', {
            class: ['nav-item', `depth-${Math.min(depth, 4)}`], href: `/people?department=${encodeURIComponent(dep.id)}`,
            'aria-label': `${dep.name}, ${memberWords(dep)}`, title: dep.name,
          }, h('span', { class: 'name' }, dep.name),
          h('span', { class: 'count', title: memberWords(dep) }, String(dep.total_member_count ?? dep.member_count)))))
        : h('div', { class: 'nav-empty' }, session.can.manage_departments
          ? t('departments-none-yet-create')
          : t('departments-none'))));
  markCurrent(location.pathname + location.search);
}

export function peopleSection() {
  setSection('people', t('people-title'), (body) => fillSidebar(body));
}

// Redraws the department links (after departments changed).
export function refreshPeopleSidebar() {
  const s = currentShell();
  if (s?.section === 'people') fillSidebar(s.sidebarBody);
}

function skeletonGrid(n = 6) {
  return h('div', { class: 'people-grid', 'aria-busy': 'true', 'aria-label': t('loading-people') },
    Array.from({ length: n }, () => h('div', { class: 'card person-card skeleton-card' },
      h('div', { class: 'skeleton circle lg' }),
      h('div', { class: 'info grow' }, h('div', { class: 'skeleton line w60' }), h('div', { class: 'skeleton line w40' })))));
}

function personCard(p, byId, onOpen) {
  const card = h('button', {
    type: 'button', class: 'card person-card', dataset: { personId: p.id },
    'aria-label': `${fullName(p)}${p.title ? `, ${p.title}` : ''}`,
  },
  withPresence(avatar(p, 'md'), p.id),
  h('span', { class: 'info' },
    h('span', { class: 'name-row' }, h('strong', {}, fullName(p)),
      p.id === session.person.id ? h('span', { class: 'you' }, t('you')) : null),
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
  // What the screen's pieces share: the filter, department names and the cards shown.
  const view = {
    dept: query.get('department') || '',
    q: query.get('q') || '',
    byId: new Map(),
    cards: new Map(),
    status: h('span', { class: 'muted small', 'aria-live': 'polite' }),
  };
  setHeader(t('people-title'), session.company_name);

  const search = searchInput(view);
  const deptSelect = h('select', { class: 'input', name: 'department', 'aria-label': t('department') },
    h('option', { value: '' }, t('all-departments')));
  const results = h('div', { class: 'people-results' }, skeletonGrid());
  // Pinned colleagues head the page (in the person's own order; Alt+Shift+Left/Right moves one).
  const pinnedBox = h('section', { class: 'pinned-people', 'aria-label': t('pinned-people'), hidden: true });
  const root = h('div', { class: 'page' },
    h('div', { class: 'toolbar' },
      h('div', { class: 'search-box' }, icon('search'), search), deptSelect, h('div', { class: 'spacer' }), view.status),
    pinnedBox,
    results);
  showMain(root);

  view.open = (p, card) => openCard(view, root, p, card);
  watchPinned(view, root, pinnedBox);

  const list = pagedList({
    box: results,
    path: '/api/people',
    itemsKey: 'people',
    params: () => {
      const params = {};
      if (view.q) params.q = view.q;
      if (view.dept) params.department = view.dept;
      return params;
    },
    skeleton: skeletonGrid,
    empty: () => emptyResults(view),
    frame: () => {
      const grid = h('ul', { class: 'people-grid', 'aria-label': t('people-title') });
      return { el: grid, list: grid };
    },
    item: (p) => {
      const card = personCard(p, view.byId, view.open);
      view.cards.set(p.id, card);
      return h('li', {}, card);
    },
    onPage: ({ count, more }) => {
      if (count) view.status.textContent = countWords(count, more, 'people-count');
    },
  });
  view.reload = () => {
    view.cards.clear();
    view.status.textContent = '';
    list.reload();
  };
  wireFilters(view, search, deptSelect);

  // Department names first (for the chips), then the first page.
  await fillDepartments(view, deptSelect);
  if (!root.isConnected) return;
  view.reload();
}

function searchInput(view) {
  return h('input', {
    class: 'input', type: 'search', name: 'q', value: view.q, placeholder: t('people-search-placeholder'),
    'aria-label': t('people-search-label'), autocomplete: 'off',
  });
}

// Opens a person's card in the panel and keeps their card in the grid current with its edits.
function openCard(view, root, p, card) {
  for (const c of root.querySelectorAll('.person-card[aria-current]')) c.removeAttribute('aria-current');
  card?.setAttribute('aria-current', 'true');
  showPersonPanel(p, view.byId, (updated) => {
    const old = view.cards.get(updated.id);
    if (old) {
      const fresh = personCard(updated, view.byId, view.open);
      fresh.setAttribute('aria-current', 'true');
      old.replaceWith(fresh);
      view.cards.set(updated.id, fresh);
    }
  });
}

// Draws the pinned colleagues now and whenever the person's pins change.
function watchPinned(view, root, pinnedBox) {
  let seq = 0;
  async function draw() {
    const my = ++seq;
    const ids = chats.sidebar.pinned_people || [];
    if (!ids.length || view.q || view.dept) {
      pinnedBox.hidden = true;
      return;
    }
    const people = (await Promise.all(ids.map((id) => getPerson(id).catch(() => null)))).filter((p) => p && !p.former);
    if (my !== seq || !root.isConnected) return;
    const focused = document.activeElement?.dataset?.personId;
    const list = h('ul', { class: 'people-grid', 'aria-label': t('pinned-people') }, people.map((p) => h('li', {}, pinnedCard(view, p))));
    replace(pinnedBox, h('h2', { class: 'section-title' }, icon('pin'), t('pinned')), list);
    pinnedBox.hidden = !people.length;
    if (focused) pinnedBox.querySelector(`[data-person-id="${CSS.escape(focused)}"]`)?.focus();
  }
  const unsubscribe = subscribe(() => {
    if (!root.isConnected) return unsubscribe();
    draw();
  });
  draw();
}

function pinnedCard(view, p) {
  const card = personCard(p, view.byId, view.open);
  card.addEventListener('keydown', (ev) => {
    if (ev.altKey && ev.shiftKey && (ev.key === 'ArrowLeft' || ev.key === 'ArrowRight')) {
      ev.preventDefault();
      movePersonPin(p.id, ev.key === 'ArrowLeft' ? -1 : 1).catch((e) => toast(errorMessage(e), 'error'));
    }
  });
  return card;
}

function emptyResults(view) {
  if (view.q || view.dept) {
    const name = view.byId.get(view.dept)?.name;
    const what = view.q
      ? (name ? t('people-no-match-in', { query: view.q, department: name }) : t('people-no-match', { query: view.q }))
      : (name ? t('department-empty', { department: name }) : t('department-empty-this'));
    return emptyState('search', what,
      view.q ? t('people-no-match-text-title') : t('department-empty-text'),
      h('button', { class: 'btn', type: 'button', onclick: () => navigate('/people') }, t('show-everyone')));
  }
  const mayInvite = session.can.administer && session.can.invite.length > 0;
  return emptyState('people', t('nobody-yet'),
    mayInvite ? t('nobody-yet-invite') : t('nobody-yet-text'),
    mayInvite ? h('a', { class: 'btn primary', href: '/admin/people?invite=1' }, t('invite-title')) : null);
}

function peopleUrl(q, dept) {
  const qs = new URLSearchParams();
  if (q) qs.set('q', q);
  if (dept) qs.set('department', dept);
  const s = qs.toString();
  return `/people${s ? `?${s}` : ''}`;
}

// Search as one types (Esc clears); a department is a page of its own.
function wireFilters(view, search, deptSelect) {
  search.addEventListener('input', debounce(() => {
    if (search.value.trim() === view.q) return;
    view.q = search.value.trim();
    history.replaceState(null, '', peopleUrl(view.q, view.dept));
    view.reload();
  }, 250));
  search.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && search.value) {
      ev.stopPropagation();
      search.value = '';
      search.dispatchEvent(new Event('input'));
    }
  });
  deptSelect.addEventListener('change', () => navigate(peopleUrl(view.q, deptSelect.value)));
}

// Department names for the chips and the filter; the header names the department shown.
async function fillDepartments(view, deptSelect) {
  try {
    const deps = await loadDepartments();
    view.byId = new Map(deps.map((d) => [d.id, d]));
    for (const { dep, depth } of departmentTree(deps)) {
      deptSelect.append(h('option', { value: dep.id, selected: dep.id === view.dept }, `${'\u2003'.repeat(depth)}${dep.name}`));
    }
    const name = view.byId.get(view.dept)?.name;
    if (name) setHeader(name, t('people-in', { department: name }));
  } catch {
    // Cards then show without department names; the people list reports its own errors.
  }
}

// Pin or unpin a colleague (they head the People page and the "new message" picker).
function pinButton(p) {
  const label = () => (isPersonPinned(p.id) ? t('unpin') : t('pin-to-top'));
  const b = h('button', { type: 'button', class: 'btn pin-person', 'aria-pressed': String(isPersonPinned(p.id)) }, icon('pin'), label());
  b.addEventListener('click', async () => {
    b.disabled = true;
    try {
      await togglePersonPin(p.id);
      toast(isPersonPinned(p.id) ? t('person-pinned', { name: fullName(p) }) : t('person-unpinned', { name: fullName(p) }));
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

// The person card in the side panel. `onChanged(person)` is told about saved edits. What the
// viewer may do with the person comes from the server (`p.can`).
export function showPersonPanel(p, byId, onChanged = () => {}) {
  const own = p.id === session.person.id;
  const body = h('div', { class: 'panel-inner' }, personDetails(p, byId),
    panelActions(p, own, () => editCard(body, p, byId, onChanged)));
  openPanel(own ? t('your-card') : t('person'), body);
}

function personDetails(p, byId) {
  const detail = (label, value) => (value ? [h('dt', {}, label), h('dd', {}, value)] : null);
  const depNames = (p.departments || []).map((id) => byId.get(id)?.name).filter(Boolean);
  return h('div', { class: 'person-panel' },
    h('div', { class: 'person-hero' }, withPresence(avatar(p, 'lg'), p.id),
      h('div', { class: 'who' }, h('h3', {}, fullName(p)), p.title ? h('p', { class: 'muted' }, p.title) : null,
        statusText(p.id),
        p.role || p.state !== 'active'
          ? h('div', { class: 'badges' }, p.role ? roleBadge(p.role) : null, p.state !== 'active' ? stateBadge(p.state) : null)
          : null)),
    absenceNote(p.id),
    h('dl', { class: 'detail-list' },
      detail(t('field-email'), h('a', { href: `mailto:${p.email}` }, p.email)),
      detail(t('field-phone'), p.phone ? h('a', { href: `tel:${p.phone.replace(/[^\d+]/g, '')}` }, p.phone) : null),
      detail(t('departments'), depNames.length ? h('span', { class: 'chips' }, depNames.map((n) => h('span', { class: 'chip' }, n))) : null),
      detail(t('field-role'), p.role ? roleBadge(p.role) : null),
      detail(t('field-access-ends'), p.access_until ? formatDay(p.access_until) : null)));
}

// Message them (their direct chat), and Edit, Pin and Manage, as far as the viewer may.
function panelActions(p, own, edit) {
  const mayEdit = !!p.can?.edit;
  if (!mayEdit && own) return null;
  return h('div', { class: 'row wrap panel-actions' },
    p.can?.message ? messageButton(p) : null,
    mayEdit ? h('button', { type: 'button', class: 'btn', onclick: edit }, icon('edit'), own ? t('edit-my-card') : t('edit-card')) : null,
    !own && p.state === 'active' ? pinButton(p) : null,
    session.can.administer && !own && mayManage(p)
      ? h('a', { class: 'btn ghost', href: `/admin/people?q=${encodeURIComponent(p.email)}` }, t('manage'))
      : null);
}

// Opens the direct chat with `p` (the same one every time; made on first use).
function messageButton(p) {
  const b = h('button', { type: 'button', class: 'btn primary message-person' }, icon('chat'), t('message-person'));
  b.addEventListener('click', async () => {
    b.disabled = true;
    try {
      const c = await openChatWith([p.id]);
      navigate(`/c/${c.id}`);
    } catch (e) {
      toast(errorMessage(e), 'error');
      b.disabled = false;
    }
  });
  return b;
}

// The card's form in place of the card: name, job title, phone.
function editCard(body, p, byId, onChanged) {
  const own = p.id === session.person.id;
  const back = () => showPersonPanel(p, byId, onChanged);
  const first = field({ label: t('field-first-name'), name: 'first_name', value: p.first_name, autocomplete: own ? 'given-name' : 'off', required: true, maxlength: 100 });
  const last = field({ label: t('field-last-name'), name: 'last_name', value: p.last_name, autocomplete: own ? 'family-name' : 'off', required: true, maxlength: 100 });
  const title = field({ label: t('field-title'), name: 'title', value: p.title, autocomplete: own ? 'organization-title' : 'off', maxlength: 100, placeholder: t('field-title-example') });
  const phone = field({ label: t('field-phone'), name: 'phone', type: 'tel', value: p.phone, autocomplete: own ? 'tel' : 'off', maxlength: 40, placeholder: '+1 555 0100' });
  const alert = alertBox();
  const save = h('button', { type: 'submit', class: 'btn primary' }, t('save'));
  const cancel = h('button', { type: 'button', class: 'btn' }, t('cancel'));
  const form = h('form', { class: 'stack', novalidate: true, 'aria-label': own ? t('edit-your-card') : t('edit-card-of', { name: fullName(p) }) },
    alert, h('div', { class: 'field-row' }, first, last), title, phone, h('div', { class: 'row' }, save, cancel));
  replace(body, h('div', { class: 'person-hero' }, avatar(p, 'lg'), h('div', { class: 'who' }, h('h3', {}, fullName(p)))), form);
  cancel.addEventListener('click', back);
  form.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') {
      ev.stopPropagation();
      back();
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
      refreshIdentity();
    }
    toast(own ? t('card-saved-own') : t('card-saved', { name: fullName(updated) }));
    onChanged(updated);
    showPersonPanel(updated, byId, onChanged);
  }, (code, message) => {
    if (code === 'invalid_phone') return phone;
    if (code === 'invalid_name') {
      if (message.includes(t('field-title'))) return title;
      if (message.includes(t('field-phone'))) return phone;
      return nameFieldFor(message, first, last);
    }
    return null;
  });
}

// The person's status text, kept current while shown.
function statusText(id) {
  const el = h('p', { class: 'status-text', dataset: { statusOf: id } }, statusLine(presenceOf(id)));
  const off = onPresence((pid) => {
    if (!el.isConnected) { off(); return; }
    if (pid === id) el.textContent = statusLine(presenceOf(id));
  });
  return el;
}
