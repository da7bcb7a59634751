// Company structure: the departments tree with heads and member counts. Those the server lets
// manage departments (`session.can.manage_departments`) create, rename, move, set heads and
// delete here.

import { h, icon, avatar, fullName, replace, toast } from '../dom.js';
import { api } from '../api.js';
import { field, select, confirmDialog, openMenu, emptyState, errorMessage, errorState } from '../ui.js';
import { setHeader, showMain, markCurrent, closePanel } from '../shell.js';
import { session } from '../state.js';
import { peopleSection, refreshPeopleSidebar } from './people.js';
import { loadDepartments, departmentTree, descendants, formDialog, loadAllPeople, memberWords } from './people-common.js';
import { t } from '../i18n.js';

export async function renderStructure() {
  closePanel();
  peopleSection();
  markCurrent('/people/structure');
  // What the screen's pieces share.
  const st = {
    manager: session.can.manage_departments,
    deps: [],
    people: null, // loaded on first need (head pickers)
    heads: new Map(), // person id -> person
    content: h('div', { class: 'structure' }, skeletonTree()),
  };
  const addBtn = st.manager
    ? h('button', { type: 'button', class: 'btn primary', onclick: () => createDialog(st, null) }, icon('plus'), h('span', { class: 'btn-label' }, t('department-new')))
    : null;
  setHeader(t('structure-title'), t('structure-sub'), ...(addBtn ? [addBtn] : []));
  showMain(h('div', { class: 'page' }, st.content));
  load(st);
}

// Departments and the people who lead them.
async function load(st) {
  replace(st.content, skeletonTree());
  try {
    st.deps = await loadDepartments();
    const want = [...new Set(st.deps.map((d) => d.head_id).filter((id) => id && !st.heads.has(id)))];
    const found = await Promise.all(want.map((id) => api.get(`/api/people/${encodeURIComponent(id)}`).catch(() => null)));
    for (const p of found) if (p) st.heads.set(p.id, p);
  } catch (e) {
    if (st.content.isConnected) replace(st.content, errorState(errorMessage(e), () => load(st)));
    return;
  }
  if (st.content.isConnected) draw(st);
}

// After a change: say so, redraw the sidebar's department links and the tree.
async function changed(st, message) {
  toast(message);
  refreshPeopleSidebar();
  await load(st);
}

function draw(st) {
  if (!st.deps.length) {
    replace(st.content, emptyStructure(st));
    return;
  }
  const total = st.deps.length;
  const children = new Map();
  for (const { dep } of departmentTree(st.deps)) {
    const parent = dep.parent_id && st.deps.some((d) => d.id === dep.parent_id) ? dep.parent_id : null;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(dep);
  }
  replace(st.content,
    h('p', { class: 'muted small' }, t('departments-count', { count: total }),
      st.manager ? ` ${t('structure-menu-hint')}` : ''),
    departmentList(st, children, null, 0));
}

function emptyStructure(st) {
  return emptyState('tree', t('departments-none'),
    st.manager ? t('structure-empty-manager') : t('structure-empty'),
    st.manager ? h('button', { type: 'button', class: 'btn primary', onclick: () => createDialog(st, null) }, icon('plus'), t('department-create-first')) : null);
}

// The departments under `parent` as a tree level.
function departmentList(st, children, parent, depth) {
  return h('ul', { class: ['tree', depth === 0 ? 'root' : ''], role: depth === 0 ? 'tree' : 'group', 'aria-label': depth === 0 ? t('departments') : null },
    (children.get(parent) || []).map((d) => departmentNode(st, children, d, depth)));
}

function departmentNode(st, children, d, depth) {
  const head = d.head_id ? st.heads.get(d.head_id) : null;
  const err = h('div', { class: 'alert error tree-error', role: 'alert', hidden: true });
  const sub = children.get(d.id);
  return h('li', { role: 'treeitem', 'aria-expanded': sub ? 'true' : null, 'aria-level': String(depth + 1) },
    h('div', { class: 'tree-node', dataset: { departmentId: d.id } },
      h('a', { class: 'name', href: `/people?department=${encodeURIComponent(d.id)}` }, d.name),
      head
        ? h('span', { class: 'head' }, h('span', { class: 'muted' }, t('led-by')), avatar(head, 'sm'), h('span', {}, fullName(head)))
        : h('span', { class: 'head muted' }, t('no-head')),
      h('span', { class: 'spacer' }),
      h('span', { class: 'chip member-count', title: t('members') }, icon('people'), memberWords(d)),
      st.manager ? nodeMenuButton(st, d, err) : null),
    err,
    sub ? departmentList(st, children, d.id, depth + 1) : null);
}

function nodeMenuButton(st, d, err) {
  const btn = h('button', { type: 'button', class: 'btn ghost icon', 'aria-label': t('actions-for', { name: d.name }), 'aria-haspopup': 'menu' }, icon('more'));
  btn.addEventListener('click', () => openMenu(btn, [
    [t('department-add-sub'), () => createDialog(st, d.id)],
    [t('rename'), () => renameDialog(st, d)],
    [t('move'), () => moveDialog(st, d)],
    [d.head_id ? t('head-change') : t('head-set'), () => headDialog(st, d)],
    [t('delete'), () => removeDepartment(st, d, err), { danger: true }],
  ]));
  return btn;
}

// ----- Dialogs

function parentOptions(st, exclude = new Set()) {
  return [['', t('department-top-level')],
    ...departmentTree(st.deps).filter(({ dep }) => !exclude.has(dep.id))
      .map(({ dep, depth }) => [dep.id, `${'\u2003'.repeat(depth)}${dep.name}`])];
}

async function peopleOptions(st) {
  if (!st.people) st.people = (await loadAllPeople()).filter((p) => p.state === 'active');
  return [['', t('no-head')], ...st.people.map((p) => [p.id, `${fullName(p)}${p.title ? ` — ${p.title}` : ''}`])];
}

// The head picker's options, or null (after saying why) when the people could not be loaded.
async function headOptions(st) {
  try {
    return await peopleOptions(st);
  } catch (e) {
    toast(errorMessage(e), 'error');
    return null;
  }
}

const nameField = (name) => (code) => (['invalid_name', 'department_exists'].includes(code) ? name : null);

async function createDialog(st, parentId) {
  const headOpts = await headOptions(st);
  if (!headOpts) return;
  const name = field({ label: t('field-name'), name: 'name', required: true, maxlength: 100, placeholder: t('department-name-example') });
  const parent = select({ label: t('department-inside'), name: 'parent_id', options: parentOptions(st), value: parentId || '' });
  const head = select({ label: t('department-head'), name: 'head_id', options: headOpts, value: '', hint: t('department-head-hint') });
  formDialog({
    title: parentId ? t('department-new-sub') : t('department-new'),
    fields: [name, parent, head],
    submit: t('create'),
    action: async () => {
      const d = await api.post('/api/departments', {
        name: name.input.value,
        parent_id: parent.input.value || undefined,
        head_id: head.input.value || undefined,
      });
      await changed(st, t('department-created', { name: d.name }));
    },
    fieldFor: nameField(name),
  });
}

function renameDialog(st, d) {
  const name = field({ label: t('field-name'), name: 'name', value: d.name, required: true, maxlength: 100 });
  formDialog({
    title: t('rename-what', { name: d.name }),
    fields: [name],
    submit: t('rename'),
    action: async () => {
      const updated = await api.patch(`/api/departments/${encodeURIComponent(d.id)}`, { name: name.input.value });
      await changed(st, t('department-renamed', { old: d.name, name: updated.name }));
    },
    fieldFor: nameField(name),
  });
  name.input.select();
}

function moveDialog(st, d) {
  const parent = select({
    label: t('department-move-inside'), name: 'parent_id', options: parentOptions(st, descendants(st.deps, d.id)), value: d.parent_id || '',
    hint: t('department-move-hint'),
  });
  formDialog({
    title: t('move-what', { name: d.name }),
    fields: [parent],
    submit: t('move'),
    action: async () => {
      await api.patch(`/api/departments/${encodeURIComponent(d.id)}`, { parent_id: parent.input.value || null });
      const to = st.deps.find((x) => x.id === parent.input.value)?.name;
      await changed(st, to ? t('department-moved', { name: d.name, to }) : t('department-moved-top', { name: d.name }));
    },
  });
}

async function headDialog(st, d) {
  const opts = await headOptions(st);
  if (!opts) return;
  const head = select({ label: t('department-head'), name: 'head_id', options: opts, value: d.head_id || '' });
  formDialog({
    title: t('department-head-of', { name: d.name }),
    fields: [head],
    action: async () => {
      const id = head.input.value || null;
      await api.patch(`/api/departments/${encodeURIComponent(d.id)}`, { head_id: id });
      const p = st.people.find((x) => x.id === id);
      if (p) st.heads.set(p.id, p);
      await changed(st, p ? t('department-head-set', { person: fullName(p), name: d.name }) : t('department-head-none', { name: d.name }));
    },
  });
}

async function removeDepartment(st, d, err) {
  err.hidden = true;
  const ok = await confirmDialog({
    title: t('delete-question', { name: d.name }),
    message: t('department-delete-text', { name: d.name }),
    confirm: t('department-delete'),
  });
  if (!ok) return;
  try {
    await api.del(`/api/departments/${encodeURIComponent(d.id)}`);
  } catch (e) {
    err.textContent = errorMessage(e);
    err.hidden = false;
    err.scrollIntoView({ block: 'nearest' });
    return;
  }
  await changed(st, t('department-deleted', { name: d.name }));
}

function skeletonTree() {
  return h('div', { class: 'stack', 'aria-busy': 'true', 'aria-label': t('loading-departments') },
    ['w40', 'w60', 'w60', 'w40'].map((w, i) => h('div', { class: ['tree-node', 'skeleton-node', i % 3 ? 'indent' : ''] },
      h('div', { class: `skeleton line ${w}` }))));
}
