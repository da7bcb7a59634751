// Administration → Audit log (for those who may view it): every administrative action with who,
// what, whom and when, filtered by action, by who did it or by whom it was about. The actions'
// words come from the server (`action_label` on entries, GET /api/audit/actions for the filter).

import { h, icon, replace, formatTime, fullName } from '../dom.js';
import { api } from '../api.js';
import { emptyState } from '../ui.js';
import { setHeader, showMain } from '../shell.js';
import { pagedList } from '../paged.js';
import { adminSection } from './admin.js';
import { roleLabel, loadAllPeople } from './people-common.js';
import { t, language } from '../i18n.js';

// "employee -> admin" reads "Employee → Administrator".
function detailWords(e) {
  if (e.action === 'role_changed') {
    return e.detail.split(' -> ').map((r) => roleLabel(r)).join(' → ');
  }
  return e.detail.replace(/ -> /g, ' → ');
}

export async function renderAdminAudit(_params, query) {
  if (!adminSection('/admin/audit')) return;
  setHeader(t('admin-audit'), t('audit-sub'));
  const f = { action: query.get('action') || '', actor: query.get('actor') || '', target: query.get('target') || '' };
  const actionSel = h('select', { class: 'input', 'aria-label': t('col-action') },
    h('option', { value: '' }, t('audit-all-actions')),
    f.action ? h('option', { value: f.action, selected: true }, f.action.replace(/_/g, ' ')) : null);
  const actorSel = h('select', { class: 'input', 'aria-label': t('audit-done-by') }, h('option', { value: '' }, t('audit-done-by-anyone')));
  const targetChip = h('span', { class: 'filter-chip', hidden: !f.target });
  const content = h('div', {}, skeleton());
  const root = h('div', { class: 'page wide' },
    h('div', { class: 'toolbar' }, actionSel, actorSel, targetChip), content);
  showMain(root);

  const setUrl = () => {
    const qs = new URLSearchParams(Object.entries(f).filter(([, v]) => v));
    const s = qs.toString();
    history.replaceState(null, '', `/admin/audit${s ? `?${s}` : ''}`);
  };

  function drawTarget(name) {
    targetChip.hidden = !f.target;
    if (!f.target) return;
    const x = h('button', { type: 'button', class: 'btn ghost icon small', 'aria-label': t('audit-about-anyone') }, icon('close'));
    x.addEventListener('click', () => {
      f.target = '';
      setUrl();
      drawTarget();
      load();
    });
    replace(targetChip, name ? t('audit-about', { name }) : t('audit-about-one'), x);
  }

  const list = pagedList({
    box: content,
    path: '/api/audit',
    itemsKey: 'entries',
    params: () => Object.fromEntries(Object.entries(f).filter(([, v]) => v)),
    skeleton,
    empty: () => {
      const filtered = f.action || f.actor || f.target;
      return emptyState('audit', filtered ? t('audit-no-match') : t('audit-empty'),
        filtered ? t('audit-no-match-text') : t('audit-empty-text'),
        filtered ? h('button', { type: 'button', class: 'btn', onclick: clearFilters }, t('clear-filters')) : null);
    },
    frame: () => {
      const tbody = h('tbody');
      return {
        list: tbody,
        el: h('div', { class: 'table-wrap' }, h('table', { class: 'table responsive audit-table' },
          h('caption', { class: 'visually-hidden' }, t('admin-audit')),
          h('thead', {}, h('tr', {}, ['col-when', 'col-who', 'col-action', 'col-about', 'col-detail'].map((k) => h('th', { scope: 'col' }, t(k))))),
          tbody)),
      };
    },
    item: row,
    moreLabel: t('audit-load-older'),
    onPage: ({ items, reset }) => {
      if (f.target && reset && items[0]) drawTarget(items[0].target.name);
    },
  });
  const load = () => list.reload();

  function row(e) {
    const about = e.target.kind === 'person' || e.target.kind === 'department'
      ? h('button', { type: 'button', class: 'link-btn', title: t('audit-only-about', { name: e.target.name }) }, e.target.name)
      : e.target.name;
    if (about instanceof Node) {
      about.addEventListener('click', () => {
        f.target = e.target.id;
        setUrl();
        drawTarget(e.target.name);
        load();
      });
    }
    return h('tr', {},
      h('td', { 'data-label': t('col-when'), class: 'nowrap' }, h('time', { datetime: e.at, title: new Date(e.at).toLocaleString(language()) }, formatTime(e.at))),
      h('td', { 'data-label': t('col-who') }, e.actor ? e.actor.name : h('span', { class: 'muted' }, t('audit-automatic'))),
      h('td', { 'data-label': t('col-action') }, h('span', { class: ['action-tag', e.action.split('_')[0]] }, e.action_label)),
      h('td', { 'data-label': t('col-about') }, about),
      h('td', { 'data-label': t('col-detail'), class: 'detail' }, detailWords(e) || h('span', { class: 'muted' }, '—')));
  }

  function clearFilters() {
    f.action = '';
    f.actor = '';
    f.target = '';
    actionSel.value = '';
    actorSel.value = '';
    setUrl();
    drawTarget();
    load();
  }

  actionSel.addEventListener('change', () => { f.action = actionSel.value; setUrl(); load(); });
  actorSel.addEventListener('change', () => { f.actor = actorSel.value; setUrl(); load(); });
  drawTarget();
  load();
  fillActions(actionSel, () => f.action);
  // The people for "Done by" come after the first page.
  try {
    const people = await loadAllPeople({ state: 'all' });
    for (const p of people) actorSel.append(h('option', { value: p.id, selected: p.id === f.actor }, fullName(p)));
  } catch {
    actorSel.append(h('option', { value: '', disabled: true }, t('could-not-load-people')));
  }
}

// The actions with their words, from the server, for the filter; `chosen()` is the one filtered by.
async function fillActions(sel, chosen) {
  let actions;
  try {
    actions = await api.get('/api/audit/actions');
  } catch {
    sel.append(h('option', { value: '', disabled: true }, t('audit-could-not-load-actions')));
    return;
  }
  const now = chosen();
  const focused = document.activeElement === sel;
  replace(sel, h('option', { value: '' }, t('audit-all-actions')),
    actions.map((a) => h('option', { value: a.action, selected: a.action === now }, a.label)));
  if (focused) sel.focus();
}

function skeleton() {
  return h('div', { class: 'table-wrap', 'aria-busy': 'true', 'aria-label': t('audit-loading') },
    h('div', { class: 'skeleton-rows' }, Array.from({ length: 8 }, (_, i) => h('div', { class: 'row' },
      h('div', { class: 'grow' }, h('div', { class: 'skeleton line w40' })),
      h('div', { class: 'grow' }, h('div', { class: `skeleton line ${['w60', 'w80'][i % 2]}` })),
      h('div', { class: 'grow' }, h('div', { class: 'skeleton line w60' }))))));
}
