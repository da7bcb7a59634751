// The bot editor (Owner, Admins, Integrators): name, icon and description; the form's fields
// (add, reorder, required, type, choices, limits); the route's steps (who decides, any or all,
// signing, a condition on a number or money field); the execution step; watchers; reminders;
// and a live preview of the form as a requester will see it. Saving makes a new version.

import { h, icon, replace, fullName } from '../dom.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { setHeader, showMain } from '../shell.js';
import { navigate } from '../router.js';
import { loadAll, fetchAtLeast } from '../paged.js';
import { alertBox, emptyState, errorState, errorMessage, skeletonList, confirmDialog } from '../ui.js';
import { botForm, toMinor, fromMinor, minorDigits } from './bots-form.js';
import { loadDepartments } from './people-common.js';

const TYPES = ['text', 'long_text', 'number', 'money', 'date', 'date_range', 'person', 'department', 'choice', 'multi_choice', 'checkbox', 'file'];
const TYPE_WORDS = {
  text: 'bots-type-text', long_text: 'bots-type-long-text', number: 'bots-type-number', money: 'bots-type-money',
  date: 'bots-type-date', date_range: 'bots-type-date-range', person: 'bots-type-person', department: 'bots-type-department',
  choice: 'bots-type-choice', multi_choice: 'bots-type-multi-choice', checkbox: 'bots-type-checkbox', file: 'bots-type-file',
};
const KINDS = { people: 'bots-kind-people', department_head: 'bots-kind-department-head', head_of: 'bots-kind-head-of', role: 'bots-kind-role' };
const ROLES = { owner: 'bots-role-owner', admin: 'bots-role-admin', integrator: 'bots-role-integrator', employee: 'bots-role-employee', freelancer: 'bots-role-freelancer' };

export async function renderBotList() {
  setHeader(t('bots-manage'), '', h('a', { class: 'btn primary small', href: '/bots/manage/new' }, icon('plus'), h('span', { class: 'btn-label' }, t('bots-new'))));
  showMain(skeletonList(4));
  let bots;
  try {
    bots = await loadAll('/api/bots', 'bots');
  } catch (e) {
    return showMain(errorState(errorMessage(e), renderBotList));
  }
  if (!bots.length) return showMain(emptyState('plus', t('bots-no-bots'), ''));
  showMain(h('div', { class: 'page req-list' }, bots.map((b) => h('a', { class: 'req-row', href: `/bots/manage/${b.id}` },
    h('span', { class: 'req-icon', 'aria-hidden': 'true' }, b.icon || '🤖'),
    h('span', { class: 'grow stack' }, h('strong', {}, b.name), h('span', { class: 'muted small' }, t('bots-version', { version: b.version }))),
    b.builtin ? h('span', { class: 'badge' }, t('bots-builtin')) : null))));
}

let seq = 0;
const uid = () => `be${++seq}`;

function labelled(label, control) {
  const id = control.id || uid();
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function peopleSelect(all, chosen, label) {
  const sel = h('select', { class: 'input', multiple: true, size: '4', 'aria-label': label },
    all.map((p) => h('option', { value: p.id, selected: chosen.includes(p.id) }, fullName(p))));
  sel.read = () => [...sel.selectedOptions].map((o) => o.value);
  return sel;
}

function fieldRow(f, ctx) {
  const key = h('input', { class: 'input', value: f.key || '', 'aria-label': t('bots-field-key') });
  const label = h('input', { class: 'input', value: f.label || '', 'aria-label': t('bots-field-label') });
  const type = h('select', { class: 'input', 'aria-label': t('bots-field-type') }, TYPES.map((x) => h('option', { value: x, selected: x === (f.type || 'text') }, t(TYPE_WORDS[x]))));
  const required = h('input', { type: 'checkbox', checked: !!f.required });
  const options = h('input', { class: 'input', value: (f.options || []).join(', '), placeholder: t('bots-field-options'), 'aria-label': t('bots-field-options') });
  const min = h('input', { class: 'input small-num', type: 'number', value: f.min ?? '', 'aria-label': t('bots-field-min-label') });
  const max = h('input', { class: 'input small-num', type: 'number', value: f.max ?? '', 'aria-label': t('bots-field-max-label') });
  const up = h('button', { type: 'button', class: 'btn ghost icon small', 'aria-label': t('bots-move-up') }, '↑');
  const down = h('button', { type: 'button', class: 'btn ghost icon small', 'aria-label': t('bots-move-down') }, '↓');
  const del = h('button', { type: 'button', class: 'btn ghost icon small', 'aria-label': t('bots-remove') }, icon('trash'));
  const row = h('div', { class: 'editor-row' }, h('div', { class: 'row wrap' }, key, label, type,
    h('label', { class: 'check' }, required, t('bots-required')), up, down, del),
  h('div', { class: 'row wrap' }, options, min, max));
  const showOptions = () => { options.hidden = !['choice', 'multi_choice'].includes(type.value); };
  showOptions();
  type.addEventListener('change', showOptions);
  row.read = () => {
    const out = { key: key.value.trim(), label: label.value.trim(), type: type.value, required: required.checked };
    if (!options.hidden) out.options = options.value.split(',').map((s) => s.trim()).filter(Boolean);
    if (min.value !== '') out.min = Number(min.value);
    if (max.value !== '') out.max = Number(max.value);
    if (f.currency) out.currency = f.currency;
    if (f.help) out.help = f.help;
    return out;
  };
  up.addEventListener('click', () => { row.previousElementSibling?.before(row); ctx.changed(); });
  down.addEventListener('click', () => { row.nextElementSibling?.after(row); ctx.changed(); });
  del.addEventListener('click', () => { row.remove(); ctx.changed(); });
  row.addEventListener('input', () => ctx.changed());
  row.addEventListener('change', () => ctx.changed());
  return row;
}

function stepRow(s, ctx) {
  const kind = h('select', { class: 'input', 'aria-label': t('bots-step-kind') }, Object.entries(KINDS).map(([k, w]) => h('option', { value: k, selected: k === (s.kind || 'people') }, t(w))));
  const name = h('input', { class: 'input', value: s.name || '', placeholder: t('bots-step-name'), 'aria-label': t('bots-step-name') });
  const people = peopleSelect(ctx.people, s.people || [], t('bots-step-people'));
  const dept = h('select', { class: 'input', 'aria-label': t('bots-step-department') }, ctx.departments.map((d) => h('option', { value: d.id, selected: d.id === s.department_id }, d.name)));
  const role = h('select', { class: 'input', 'aria-label': t('bots-step-role') }, Object.entries(ROLES).map(([k, w]) => h('option', { value: k, selected: k === s.role }, t(w))));
  const all = h('input', { type: 'checkbox', checked: !!s.all });
  const sign = h('input', { type: 'checkbox', checked: !!s.sign });
  const condOn = h('input', { type: 'checkbox', checked: !!s.condition });
  const condField = h('select', { class: 'input', 'aria-label': t('bots-condition-field') });
  const condOp = h('select', { class: 'input small-num', 'aria-label': t('bots-condition-op') }, ['>', '>=', '<', '<=', '='].map((o) => h('option', { value: o, selected: o === s.condition?.op }, o)));
  const condValue = h('input', { class: 'input small-num', 'aria-label': t('bots-condition-value') });
  const condCur = h('input', { class: 'input currency', maxlength: '3', 'aria-label': t('bots-currency'), value: s.condition?.value?.currency || 'EUR' });
  if (s.condition) {
    const v = s.condition.value;
    condValue.value = typeof v === 'object' ? fromMinor(v.amount_minor, v.currency) : String(v);
  }
  const del = h('button', { type: 'button', class: 'btn ghost icon small', 'aria-label': t('bots-remove') }, icon('trash'));
  const up = h('button', { type: 'button', class: 'btn ghost icon small', 'aria-label': t('bots-move-up') }, '↑');
  const cond = h('div', { class: 'row wrap' }, h('label', { class: 'check' }, condOn, t('bots-condition')), condField, condOp, condValue, condCur);
  const row = h('div', { class: 'editor-row' },
    h('div', { class: 'row wrap' }, kind, name, up, del),
    h('div', { class: 'row wrap' }, people, dept, role,
      h('label', { class: 'check' }, all, t('bots-step-all')), h('label', { class: 'check' }, sign, t('bots-step-sign'))),
    cond);
  row.refreshFields = (fields) => {
    const numeric = fields.filter((f) => f.type === 'number' || f.type === 'money');
    const was = condField.value || s.condition?.field;
    replace(condField, numeric.map((f) => h('option', { value: f.key, selected: f.key === was }, f.label || f.key)));
    const isMoney = numeric.find((f) => f.key === condField.value)?.type === 'money';
    condCur.hidden = !isMoney;
    cond.hidden = !numeric.length;
  };
  const show = () => {
    people.hidden = kind.value !== 'people';
    dept.hidden = kind.value !== 'head_of';
    role.hidden = kind.value !== 'role';
    all.parentElement.hidden = !['people', 'role'].includes(kind.value);
  };
  show();
  kind.addEventListener('change', show);
  condField.addEventListener('change', () => row.refreshFields(ctx.fields()));
  del.addEventListener('click', () => { row.remove(); ctx.changed(); });
  up.addEventListener('click', () => { row.previousElementSibling?.before(row); ctx.changed(); });
  row.read = () => {
    const out = { kind: kind.value, name: name.value.trim(), all: all.checked, sign: sign.checked };
    if (kind.value === 'people') out.people = people.read();
    if (kind.value === 'head_of') out.department_id = dept.value;
    if (kind.value === 'role') out.role = role.value;
    if (condOn.checked && condField.value) {
      const f = ctx.fields().find((x) => x.key === condField.value);
      const cur = condCur.value.trim().toUpperCase();
      const value = f?.type === 'money' ? { amount_minor: toMinor(condValue.value, minorDigits(cur)), currency: cur } : Number(condValue.value);
      out.condition = { field: condField.value, op: condOp.value, value };
    }
    return out;
  };
  return row;
}

export async function renderBotEditor(id) {
  setHeader(id ? t('bots-edit') : t('bots-new'));
  showMain(skeletonList(4));
  let b;
  let people;
  let departments;
  try {
    [b, people, departments] = await Promise.all([
      id ? api.get(`/api/bots/${id}`) : Promise.resolve({ name: '', icon: '🤖', description: '', fields: [], route: [{ kind: 'department_head' }], watchers: [], remind_after_hours: 24 }),
      fetchAtLeast('/api/people', 'people', 500),
      loadDepartments(),
    ]);
  } catch (e) {
    return showMain(errorState(errorMessage(e), () => renderBotEditor(id)));
  }
  if (id) setHeader(t('bots-edit-named', { name: b.name }), t('bots-version', { version: b.version }));
  const name = h('input', { class: 'input', value: b.name });
  const iconIn = h('input', { class: 'input small-num', value: b.icon || '' });
  const desc = h('textarea', { class: 'input', rows: '2' });
  desc.value = b.description || '';
  const remind = h('input', { class: 'input small-num', type: 'number', min: '1', max: '720', value: b.remind_after_hours || 24 });
  const fieldsBox = h('div', { class: 'editor-list' });
  const stepsBox = h('div', { class: 'editor-list' });
  const preview = h('div', { class: 'bot-preview', 'aria-label': t('bots-preview') });
  const ctx = {
    people,
    departments,
    fields: () => [...fieldsBox.children].map((r) => r.read()),
    changed: () => {
      const fields = ctx.fields();
      for (const r of stepsBox.children) r.refreshFields(fields);
      replace(preview, h('h3', {}, t('bots-preview')), botForm(fields.filter((f) => f.key && f.label)).el);
    },
  };
  for (const f of b.fields) fieldsBox.append(fieldRow(f, ctx));
  for (const s of b.route) stepsBox.append(stepRow(s, ctx));
  const addField = h('button', { type: 'button', class: 'btn small' }, icon('plus'), t('bots-add-field'));
  addField.addEventListener('click', () => {
    fieldsBox.append(fieldRow({ key: `field_${fieldsBox.children.length + 1}`, label: '', type: 'text' }, ctx));
    ctx.changed();
  });
  const addStep = h('button', { type: 'button', class: 'btn small' }, icon('plus'), t('bots-add-step'));
  addStep.addEventListener('click', () => {
    const r = stepRow({ kind: 'people' }, ctx);
    stepsBox.append(r);
    ctx.changed();
  });
  const executorOn = h('input', { type: 'checkbox', checked: !!b.executor });
  const executorPeople = peopleSelect(people, b.executor?.people || [], t('bots-executor'));
  const executorAction = h('input', { class: 'input', value: b.executor?.action || '', placeholder: t('bots-mark-done') });
  const watchers = peopleSelect(people, b.watchers || [], t('bots-watchers'));
  const alert = alertBox();
  const save = h('button', { type: 'submit', class: 'btn primary' }, t('bots-save'));
  const del = id ? h('button', { type: 'button', class: 'btn danger' }, t('bots-delete')) : null;
  const form = h('form', { class: 'page bot-editor', novalidate: true },
    h('div', { class: 'editor-main' },
      labelled(t('bots-name'), name), labelled(t('bots-icon'), iconIn), labelled(t('bots-description'), desc),
      h('h3', {}, t('bots-fields')), fieldsBox, addField,
      h('h3', {}, t('bots-route')), stepsBox, addStep,
      h('h3', {}, t('bots-execution')), h('label', { class: 'check' }, executorOn, t('bots-execution-on')), executorPeople, executorAction,
      h('h3', {}, t('bots-watchers')), watchers,
      labelled(t('bots-remind-after'), remind),
      alert, h('div', { class: 'actions' }, del, save)),
    preview);
  ctx.changed();
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    alert.clear();
    const fields = ctx.fields();
    const body = {
      name: name.value.trim(),
      icon: iconIn.value.trim(),
      description: desc.value.trim(),
      fields,
      route: [...stepsBox.children].map((r) => r.read()),
      executor: executorOn.checked ? { people: executorPeople.read(), action: executorAction.value.trim(), fields: b.executor?.fields || [] } : null,
      watchers: watchers.read(),
      remind_after_hours: Number(remind.value) || 24,
    };
    save.disabled = true;
    try {
      const saved = id ? await api.patch(`/api/bots/${id}`, body) : await api.post('/api/bots', body);
      navigate(`/bots/manage/${saved.id}`);
    } catch (e) {
      alert.show(e.message);
    }
    save.disabled = false;
  });
  del?.addEventListener('click', async () => {
    const sure = await confirmDialog({ title: t('bots-delete'), message: t('bots-delete-confirm', { name: b.name }), confirm: t('bots-delete') });
    if (!sure) return;
    try {
      await api.del(`/api/bots/${id}`);
      navigate('/bots/manage');
    } catch (e) {
      alert.show(e.message);
    }
  });
  showMain(form);
}
