// Company structure: the departments tree with heads and member counts. Owner, Admins and
// Integrators create, rename, move, set heads and delete here.

import { h, icon, avatar, fullName, replace, toast } from '../dom.js';
import { api } from '../api.js';
import { field, select, confirmDialog, openMenu, emptyState } from '../ui.js';
import { setHeader, showMain, markCurrent, closePanel } from '../shell.js';
import { peopleSection, refreshPeopleSidebar } from './people.js';
import {
  loadDepartments, departmentTree, descendants, canManageDepartments, errorMessage, errorState,
  formDialog, loadAllPeople,
} from './people-common.js';

export async function renderStructure() {
  closePanel();
  peopleSection();
  markCurrent('/people/structure');
  const manager = canManageDepartments();
  const addBtn = manager
    ? h('button', { type: 'button', class: 'btn primary', onclick: () => createDialog(null) }, icon('plus'), h('span', { class: 'btn-label' }, 'New department'))
    : null;
  setHeader('Company structure', 'Departments and who leads them', ...(addBtn ? [addBtn] : []));
  const content = h('div', { class: 'structure' }, skeletonTree());
  const root = h('div', { class: 'page' }, content);
  showMain(root);

  let deps = [];
  let people = null; // loaded on first need (head pickers)
  const heads = new Map(); // person id -> person

  async function load() {
    replace(content, skeletonTree());
    try {
      deps = await loadDepartments();
      const want = [...new Set(deps.map((d) => d.head_id).filter((id) => id && !heads.has(id)))];
      const found = await Promise.all(want.map((id) => api.get(`/api/people/${encodeURIComponent(id)}`).catch(() => null)));
      for (const p of found) if (p) heads.set(p.id, p);
    } catch (e) {
      if (root.isConnected) replace(content, errorState(errorMessage(e), load));
      return;
    }
    if (root.isConnected) draw();
  }

  function draw() {
    if (!deps.length) {
      replace(content, emptyState('tree', 'No departments yet',
        manager
          ? 'Build your company structure: start with the top-level departments, then add teams inside them.'
          : 'Your administrators have not set up departments yet.',
        manager ? h('button', { type: 'button', class: 'btn primary', onclick: () => createDialog(null) }, icon('plus'), 'Create the first department') : null));
      return;
    }
    const total = deps.length;
    const children = new Map();
    for (const { dep } of departmentTree(deps)) {
      const parent = dep.parent_id && deps.some((d) => d.id === dep.parent_id) ? dep.parent_id : null;
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(dep);
    }
    const list = (parent, depth) => h('ul', { class: ['tree', depth === 0 ? 'root' : ''], role: depth === 0 ? 'tree' : 'group', 'aria-label': depth === 0 ? 'Departments' : null },
      (children.get(parent) || []).map((d) => node(d, depth, children)));
    replace(content,
      h('p', { class: 'muted small' }, `${total} ${total === 1 ? 'department' : 'departments'}.`,
        manager ? ' Use the … button on a department to rename, move, set its head or delete it.' : ''),
      list(null, 0));

    function node(d, depth, kids) {
      const head = d.head_id ? heads.get(d.head_id) : null;
      const err = h('div', { class: 'alert error tree-error', role: 'alert', hidden: true });
      const menuBtn = manager
        ? h('button', { type: 'button', class: 'btn ghost icon', 'aria-label': `Actions for ${d.name}`, 'aria-haspopup': 'menu' }, icon('more'))
        : null;
      menuBtn?.addEventListener('click', () => openMenu(menuBtn, [
        ['Add sub-department', () => createDialog(d.id)],
        ['Rename', () => renameDialog(d)],
        ['Move', () => moveDialog(d)],
        [d.head_id ? 'Change head' : 'Set head', () => headDialog(d)],
        ['Delete', () => remove(d, err), { danger: true }],
      ]));
      const sub = kids.get(d.id);
      return h('li', { role: 'treeitem', 'aria-expanded': sub ? 'true' : null, 'aria-level': String(depth + 1) },
        h('div', { class: 'tree-node', dataset: { departmentId: d.id } },
          h('a', { class: 'name', href: `/people?department=${encodeURIComponent(d.id)}` }, d.name),
          head
            ? h('span', { class: 'head' }, h('span', { class: 'muted' }, 'led by'), avatar(head, 'sm'), h('span', {}, fullName(head)))
            : h('span', { class: 'head muted' }, 'No head'),
          h('span', { class: 'spacer' }),
          h('span', { class: 'chip', title: 'Members' }, icon('people'), `${d.member_count} ${d.member_count === 1 ? 'member' : 'members'}`),
          menuBtn),
        err,
        sub ? list(d.id, depth + 1) : null);
    }
  }

  const changed = async (message) => {
    toast(message);
    refreshPeopleSidebar();
    await load();
  };

  const parentOptions = (exclude = new Set()) => [['', 'Top level (no parent)'],
    ...departmentTree(deps).filter(({ dep }) => !exclude.has(dep.id))
      .map(({ dep, depth }) => [dep.id, `${'\u2003'.repeat(depth)}${dep.name}`])];

  async function peopleOptions() {
    if (!people) people = (await loadAllPeople()).filter((p) => p.state === 'active');
    return [['', 'No head'], ...people.map((p) => [p.id, `${fullName(p)}${p.title ? ` — ${p.title}` : ''}`])];
  }

  async function createDialog(parentId) {
    let headOpts;
    try {
      headOpts = await peopleOptions();
    } catch (e) {
      toast(errorMessage(e), 'error');
      return;
    }
    const name = field({ label: 'Name', name: 'name', required: true, maxlength: 100, placeholder: 'e.g. Sales' });
    const parent = select({ label: 'Inside', name: 'parent_id', options: parentOptions(), value: parentId || '' });
    const head = select({ label: 'Head', name: 'head_id', options: headOpts, value: '', hint: 'Optional. Approval routes can go to the head.' });
    formDialog({
      title: parentId ? 'New sub-department' : 'New department',
      fields: [name, parent, head],
      submit: 'Create',
      action: async () => {
        const d = await api.post('/api/departments', {
          name: name.input.value,
          parent_id: parent.input.value || undefined,
          head_id: head.input.value || undefined,
        });
        await changed(`${d.name} created.`);
      },
      fieldFor: (code) => (['invalid_name', 'department_exists'].includes(code) ? name : null),
    });
  }

  function renameDialog(d) {
    const name = field({ label: 'Name', name: 'name', value: d.name, required: true, maxlength: 100 });
    formDialog({
      title: `Rename ${d.name}`,
      fields: [name],
      submit: 'Rename',
      action: async () => {
        const updated = await api.patch(`/api/departments/${encodeURIComponent(d.id)}`, { name: name.input.value });
        await changed(`${d.name} is now ${updated.name}.`);
      },
      fieldFor: (code) => (['invalid_name', 'department_exists'].includes(code) ? name : null),
    });
    name.input.select();
  }

  function moveDialog(d) {
    const parent = select({
      label: 'Move inside', name: 'parent_id', options: parentOptions(descendants(deps, d.id)), value: d.parent_id || '',
      hint: 'Its sub-departments and members move with it.',
    });
    formDialog({
      title: `Move ${d.name}`,
      fields: [parent],
      submit: 'Move',
      action: async () => {
        await api.patch(`/api/departments/${encodeURIComponent(d.id)}`, { parent_id: parent.input.value || null });
        const to = deps.find((x) => x.id === parent.input.value)?.name;
        await changed(to ? `${d.name} moved into ${to}.` : `${d.name} is now a top-level department.`);
      },
    });
  }

  async function headDialog(d) {
    let opts;
    try {
      opts = await peopleOptions();
    } catch (e) {
      toast(errorMessage(e), 'error');
      return;
    }
    const head = select({ label: 'Head', name: 'head_id', options: opts, value: d.head_id || '' });
    formDialog({
      title: `Head of ${d.name}`,
      fields: [head],
      action: async () => {
        const id = head.input.value || null;
        await api.patch(`/api/departments/${encodeURIComponent(d.id)}`, { head_id: id });
        const p = people.find((x) => x.id === id);
        if (p) heads.set(p.id, p);
        await changed(p ? `${fullName(p)} now leads ${d.name}.` : `${d.name} has no head now.`);
      },
    });
  }

  async function remove(d, err) {
    err.hidden = true;
    const ok = await confirmDialog({
      title: `Delete ${d.name}?`,
      message: `The department ${d.name} disappears from the company structure. ` +
        'Only an empty department can be deleted: move its people and sub-departments elsewhere first.',
      confirm: 'Delete department',
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
    await changed(`${d.name} deleted.`);
  }

  load();
}

function skeletonTree() {
  return h('div', { class: 'stack', 'aria-busy': 'true', 'aria-label': 'Loading departments' },
    ['w40', 'w60', 'w60', 'w40'].map((w, i) => h('div', { class: ['tree-node', 'skeleton-node', i % 3 ? 'indent' : ''] },
      h('div', { class: `skeleton line ${w}` }))));
}
