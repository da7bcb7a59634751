// Pieces shared by People, Company structure and Administration: role names, departments as a
// tree, badges, dates, list loading, error states and small form dialogs. What the viewer may do
// comes from the server (`session.can`, `person.can`); nothing here decides it from a role.

import { h, avatar, fullName } from '../dom.js';
import { alertBox, openDialog, onSubmit } from '../ui.js';
import { loadAll } from '../paged.js';
import { t, language } from '../i18n.js';

export { errorMessage, errorState } from '../ui.js';

const ROLE_KEYS = {
  owner: 'role-owner', admin: 'role-admin', integrator: 'role-integrator', employee: 'role-employee', freelancer: 'role-freelancer',
};

// A role's name ("Employee", "Сотрудник"); an unknown one as it came.
export function roleLabel(role) {
  return ROLE_KEYS[role] ? t(ROLE_KEYS[role]) : role;
}

// Whether the viewer may do anything administrative with `p` (the server's `p.can` says what).
export function mayManage(p) {
  const c = p.can || {};
  return !!(c.roles?.length || c.departments || c.deactivate || c.reactivate || c.delete || c.access_end);
}

// How many people a department has: with its sub-departments when it has any (the server's
// `total_member_count`), and how many are in it directly.
export function memberWords(d) {
  const total = d.total_member_count ?? d.member_count;
  const direct = d.member_count;
  if (total !== direct) return t('department-members-with-subs', { total, direct });
  return t('people-count', { count: total, more: 'no' });
}

export function roleBadge(role) {
  return h('span', { class: ['role-badge', role] }, roleLabel(role));
}

const STATE_LABEL = { active: 'person-state-active', invited: 'person-state-invited', deactivated: 'person-state-deactivated' };

export function stateBadge(state) {
  return h('span', { class: ['state-badge', state] }, STATE_LABEL[state] ? t(STATE_LABEL[state]) : state);
}

// Every department (the tree and the filters need them all), by name: the server pages them in
// creation order.
export async function loadDepartments() {
  const deps = await loadAll('/api/departments', 'departments');
  return deps.sort((a, b) => byName(a.name, b.name));
}

// Case-insensitive name order.
export function byName(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

// Departments in tree order: [{dep, depth}], parents before their children, siblings by name.
export function departmentTree(deps) {
  const ids = new Set(deps.map((d) => d.id));
  const children = new Map();
  for (const d of deps) {
    const parent = d.parent_id && ids.has(d.parent_id) ? d.parent_id : null;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(d);
  }
  const out = [];
  const walk = (parent, depth) => {
    for (const d of children.get(parent) || []) {
      out.push({ dep: d, depth });
      walk(d.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

// The ids of `id` and every department below it.
export function descendants(deps, id) {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of deps) {
      if (d.parent_id && out.has(d.parent_id) && !out.has(d.id)) {
        out.add(d.id);
        grew = true;
      }
    }
  }
  return out;
}

export function departmentChips(ids, byId) {
  const names = (ids || []).map((id) => byId.get(id)?.name).filter(Boolean);
  if (!names.length) return null;
  return h('span', { class: 'chips' }, names.map((n) => h('span', { class: 'chip' }, n)));
}

// Checkboxes for departments, indented as the tree. `.values()` gives the checked ids.
export function departmentCheckboxes(deps, selected = [], legend = t('departments')) {
  const chosen = new Set(selected);
  const boxes = [];
  const list = h('div', { class: 'check-list' },
    departmentTree(deps).map(({ dep, depth }) => {
      const box = h('input', { type: 'checkbox', value: dep.id, checked: chosen.has(dep.id), name: 'departments' });
      boxes.push(box);
      return h('label', { class: ['checkbox', `depth-${Math.min(depth, 4)}`] }, box, dep.name);
    }));
  const fs = h('fieldset', { class: 'fieldset' }, h('legend', { class: 'label' }, legend),
    deps.length ? list : h('p', { class: 'muted small' }, t('departments-none-yet')));
  fs.values = () => boxes.filter((b) => b.checked).map((b) => b.value);
  return fs;
}

// "2026-12-31" for a date input, in the person's timezone.
export function toDateInput(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// The end of that day in the person's timezone, as RFC 3339 UTC; null for an empty input.
export function fromDateInput(value) {
  if (!value) return null;
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y, m - 1, d, 23, 59, 59).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function todayInput() {
  return toDateInput(new Date().toISOString());
}

export function formatDay(iso) {
  return new Date(iso).toLocaleDateString(language(), { day: 'numeric', month: 'short', year: 'numeric' });
}

export function debounce(fn, ms = 250) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

// Every person matching `params`, following the cursor to the end (for pickers and name lookups).
export async function loadAllPeople(params = {}) {
  return loadAll('/api/people', 'people', params);
}

export function personLine(p, sub) {
  return h('div', { class: 'person-line' }, avatar(p, 'sm'),
    h('div', { class: 'who' }, h('strong', {}, fullName(p)), sub ? h('span', { class: 'muted' }, sub) : null));
}

// A modal form: title, fields, Cancel and a submit button. `action` runs on submit and the
// dialog closes when it succeeds; a failure shows on the field `fieldFor(code, message)` names,
// otherwise above the fields.
export function formDialog({ title, intro, fields, submit = t('save'), danger = false, action, fieldFor, wide = false }) {
  const alert = alertBox();
  const ok = h('button', { type: 'submit', class: ['btn', danger ? 'danger' : 'primary'] }, submit);
  const cancel = h('button', { type: 'button', class: 'btn' }, t('cancel'));
  const form = h('form', { novalidate: true, 'aria-label': title },
    h('h2', {}, title), intro ? h('p', { class: 'muted' }, intro) : null,
    alert, fields, h('div', { class: 'actions' }, cancel, ok));
  const dlg = openDialog(title, form);
  if (wide) dlg.classList.add('wide');
  cancel.addEventListener('click', () => dlg.close());
  // `action` answers false to keep the dialog open (a field was wrong before asking the server).
  onSubmit(form, ok, alert, async () => {
    if ((await action(dlg)) === false) return;
    dlg.close();
  }, fieldFor);
  const first = form.querySelector('input, select, textarea');
  (first || ok).focus();
  return dlg;
}

// Which name field a server message such as "Last name must not be empty." is about.
export function nameFieldFor(message, first, last) {
  return (message || '').includes(t('field-last-name')) ? last : first;
}
