// The Bots area: "Waiting for me" (with its count on the rail), "My requests", "Start a request"
// (pick a bot, fill its form), for Admins "All requests" with filters and CSV export, a request's
// page (card, values, route, history, discussion, changes after a return, execution), and for
// Owner, Admins and Integrators the bot editor (bots-editor.js). What shows comes from `can`.

import { h, icon, replace, fullName } from '../dom.js';
import { api } from '../api.js';
import { t, formatDate } from '../i18n.js';
import { route } from '../router.js';
import { setSection, setHeader, showMain, markCurrent } from '../shell.js';
import { session } from '../state.js';
import { onLive } from '../live.js';
import { navigate } from '../router.js';
import { pagedList, loadAll } from '../paged.js';
import { alertBox, emptyState, skeletonList, errorState, errorMessage } from '../ui.js';
import { requestCard, stateBadge, stateName, personName } from './bots-card.js';
import { botForm } from './bots-form.js';
import { renderBotEditor, renderBotList } from './bots-editor.js';
import { renderIntegrations } from './bots-integrations.js';

const can = () => session.can.bots || {};

let badge = null;
let listening = false;

async function refreshBadge() {
  if (!badge) return;
  try {
    const { count } = await api.get('/api/requests/waiting-count');
    badge.textContent = count > 99 ? '99+' : String(count);
    badge.hidden = !count;
    badge.setAttribute('aria-label', t('bots-waiting-count', { count }));
    const side = document.querySelector('[data-bots-count]');
    if (side) side.textContent = count ? String(count) : '';
  } catch {
    // The badge stays as it was; the next event tries again.
  }
}

// After sign-in: the count badge on the rail's Bots button, kept live.
export function startBots() {
  if (!can().bots) return;
  const btn = document.querySelector('.rail-btn[data-section="bots"]');
  if (!btn) return;
  badge = h('span', { class: 'badge unread', hidden: true });
  btn.append(badge);
  refreshBadge();
  // Called again when the shell is drawn anew (another language): one set of listeners.
  if (listening) return;
  listening = true;
  onLive('request.updated', () => refreshBadge());
  onLive('reconnected', () => refreshBadge());
}

function fillSidebar(body) {
  const items = [
    ['/bots/waiting', 'check', t('bots-waiting'), h('span', { class: 'count', dataset: { botsCount: '' } })],
    ['/bots/mine', 'thread', t('bots-mine')],
  ];
  if (can().start_requests) items.push(['/bots/new', 'plus', t('bots-start')]);
  if (can().all_requests) items.push(['/bots/all', 'audit', t('bots-all')]);
  if (can().configure_bots) items.push(['/bots/manage', 'edit', t('bots-manage')]);
  if (can().manage_integrations) items.push(['/bots/integrations', 'bot', t('bots-integrations')]);
  replace(body, h('nav', { 'aria-label': t('bots-title') },
    items.map(([href, ic, label, extra]) => h('a', { class: 'nav-item', href }, icon(ic), h('span', { class: 'name' }, label), extra || null))));
  refreshBadge();
}

export function botsSection() {
  setSection('bots', t('bots-title'), (body) => fillSidebar(body));
  markCurrent(location.pathname);
}

// One row of a list of requests.
function requestRow(q) {
  return h('a', { class: 'req-row', href: `/bots/requests/${q.id}`, dataset: { request: q.id } },
    h('span', { class: 'req-icon', 'aria-hidden': 'true' }, q.bot_icon || '🤖'),
    h('span', { class: 'grow stack' },
      h('strong', {}, q.title),
      h('span', { class: 'muted small' }, [q.summary, personName(q.requester_id), formatDate(q.created_at)].filter(Boolean).join(' · '))),
    stateBadge(q.state));
}

function requestList(box, params, emptyTitle, emptyText) {
  const list = pagedList({
    box,
    path: '/api/requests',
    itemsKey: 'requests',
    params,
    skeleton: () => skeletonList(4),
    empty: () => emptyState('check', emptyTitle, emptyText),
    frame: () => {
      const l = h('div', { class: 'req-list', role: 'list' });
      return { el: l, list: l };
    },
    item: requestRow,
    moreLabel: t('bots-load-more'),
  });
  list.reload();
  return list;
}

function listPage(view, title, emptyTitle, emptyText) {
  botsSection();
  setHeader(title);
  const box = h('div', { class: 'page' });
  showMain(box);
  const list = requestList(box, () => ({ view }), emptyTitle, emptyText);
  const off = onLive('request.updated', () => { if (box.isConnected) list.reload(); else off(); });
}

function waitingPage() {
  listPage('waiting', t('bots-waiting'), t('bots-waiting-empty'), t('bots-waiting-empty-text'));
}

function minePage() {
  listPage('mine', t('bots-mine'), t('bots-mine-empty'), t('bots-mine-empty-text'));
}

async function allPage() {
  botsSection();
  setHeader(t('bots-all'));
  if (!can().all_requests) return showMain(emptyState('lock', t('bots-not-allowed'), ''));
  const q = new URLSearchParams(location.search);
  const botSel = h('select', { class: 'input', name: 'bot_id', 'aria-label': t('bots-filter-bot') }, h('option', { value: '' }, t('bots-filter-any-bot')));
  const stateSel = h('select', { class: 'input', name: 'state', 'aria-label': t('bots-filter-state') }, h('option', { value: '' }, t('bots-filter-any-state')),
    ['waiting', 'approved', 'done', 'rejected', 'returned', 'withdrawn'].map((s) => h('option', { value: s }, stateName(s))));
  const reqSel = h('select', { class: 'input', name: 'requester_id', 'aria-label': t('bots-filter-requester') }, h('option', { value: '' }, t('bots-filter-anyone')));
  const from = h('input', { class: 'input', type: 'date', name: 'from', 'aria-label': t('bots-from') });
  const to = h('input', { class: 'input', type: 'date', name: 'to', 'aria-label': t('bots-to') });
  for (const el of [botSel, stateSel, reqSel, from, to]) el.value = q.get(el.name) || '';
  const exportLink = h('a', { class: 'btn small', href: '#', download: 'requests.csv' }, icon('down'), t('bots-export'));
  const params = () => {
    const p = { view: 'all' };
    for (const el of [botSel, stateSel, reqSel, from, to]) if (el.value) p[el.name] = el.value;
    return p;
  };
  const box = h('div', {});
  showMain(h('div', { class: 'page' },
    h('div', { class: 'row wrap filters', role: 'search' }, botSel, stateSel, reqSel, from, to, exportLink), box));
  const list = requestList(box, params, t('bots-all-empty'), t('bots-all-empty-text'));
  const apply = () => {
    const p = params();
    const { view, ...rest } = p;
    history.replaceState(null, '', `/bots/all${Object.keys(rest).length ? `?${new URLSearchParams(rest)}` : ''}`);
    exportLink.href = `/api/requests/export?${new URLSearchParams(rest)}`;
    list.reload();
  };
  for (const el of [botSel, stateSel, reqSel, from, to]) el.addEventListener('change', apply);
  exportLink.href = `/api/requests/export?${new URLSearchParams((({ view, ...r }) => r)(params()))}`;
  loadAll('/api/bots', 'bots').then((bots) => {
    for (const b of bots) botSel.append(h('option', { value: b.id, selected: b.id === q.get('bot_id') }, b.name));
  }).catch(() => {});
  loadAll('/api/people', 'people').then((ps) => {
    for (const p of ps) reqSel.append(h('option', { value: p.id, selected: p.id === q.get('requester_id') }, fullName(p)));
  }).catch(() => {});
}

async function startPage() {
  botsSection();
  setHeader(t('bots-start'));
  showMain(skeletonList(3));
  let bots;
  try {
    bots = (await loadAll('/api/bots', 'bots')).filter((b) => b.can.start);
  } catch (e) {
    return showMain(errorState(errorMessage(e), startPage));
  }
  if (!bots.length) return showMain(emptyState('plus', t('bots-no-bots'), t('bots-no-bots-text')));
  showMain(h('div', { class: 'page bot-grid' }, bots.map((b) => h('a', { class: 'card bot-pick', href: `/bots/new/${b.id}` },
    h('span', { class: 'req-icon big', 'aria-hidden': 'true' }, b.icon || '🤖'),
    h('span', { class: 'stack' }, h('strong', {}, b.name), h('span', { class: 'muted small' }, b.description))))));
}

async function formPage({ id }) {
  botsSection();
  let b;
  try {
    b = await api.get(`/api/bots/${id}`);
  } catch (e) {
    setHeader(t('bots-start'));
    return showMain(errorState(errorMessage(e), () => formPage({ id })));
  }
  setHeader(`${b.icon || ''} ${b.name}`.trim(), b.description);
  const form = botForm(b.fields);
  const alert = alertBox();
  const send = h('button', { type: 'submit', class: 'btn primary' }, t('bots-send'));
  const el = h('form', { class: 'page narrow', novalidate: true }, form.el, alert, h('div', { class: 'actions' }, send));
  el.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    alert.clear();
    const values = form.values();
    if (!values) return;
    send.disabled = true;
    try {
      const q = await api.post('/api/requests', { bot_id: b.id, values });
      navigate(`/bots/requests/${q.id}`);
    } catch (e) {
      if (!form.showServerError(e.message)) alert.show(e.message);
      send.disabled = false;
    }
  });
  showMain(el);
}

function valuesTable(fields, values) {
  const show = (f, v) => {
    if (v === undefined || v === null) return '—';
    switch (f.type) {
      case 'money': return `${(v.amount_minor / 10 ** (v.currency === 'JPY' ? 0 : 2)).toFixed(v.currency === 'JPY' ? 0 : 2)} ${v.currency}`;
      case 'date_range': return `${v.from} – ${v.to}`;
      case 'person': return personName(v);
      case 'multi_choice': return v.join(', ');
      case 'checkbox': return v ? '✓' : '✗';
      case 'file': return v.file_id
        ? h('a', { href: `/api/files/${encodeURIComponent(v.file_id)}`, download: v.name }, v.name)
        : t('bots-file-hash-only', { name: v.name, hash: v.sha256.slice(0, 16) });
      default: return String(v);
    }
  };
  return h('dl', { class: 'req-values' }, fields.flatMap((f) => [h('dt', {}, f.label), h('dd', {}, show(f, values[f.key]))]));
}

const HISTORY_WORDS = {
  submitted: 'bots-history-submitted',
  approved: 'bots-history-approved',
  signed: 'bots-history-signed',
  rejected: 'bots-history-rejected',
  returned: 'bots-history-returned',
  resubmitted: 'bots-history-resubmitted',
  withdrawn: 'bots-history-withdrawn',
  executed: 'bots-history-executed',
  edited: 'bots-history-edited',
  step_skipped: 'bots-history-skipped',
  reminded: 'bots-history-reminded',
};

function historyList(q) {
  return h('ol', { class: 'req-history' }, q.history.map((e) => h('li', {},
    h('time', { datetime: e.at }, formatDate(e.at, { dateStyle: 'medium', timeStyle: 'short' })), ' ',
    h('strong', {}, e.by ? personName(e.by) : t('bots-history-system')), ' ',
    t(HISTORY_WORDS[e.action] || 'bots-history-edited', { step: e.step || 0 }),
    e.on_behalf_of ? h('span', { class: 'muted' }, ` ${t('bots-on-behalf', { name: personName(e.on_behalf_of) })}`) : null,
    e.comment ? h('blockquote', {}, e.comment) : null)));
}

function stepsList(q) {
  return h('ol', { class: 'req-steps' }, q.steps.map((s, i) => h('li', { class: [q.step === i + 1 ? 'current' : '', s.applies ? '' : 'skipped'] },
    h('strong', {}, s.name || t('bots-step-n', { n: i + 1 })), ' ',
    h('span', { class: 'muted small' }, s.applies
      ? `${s.approvers.map(personName).join(', ')}${s.all ? ` · ${t('bots-step-all')}` : ''}${s.sign ? ` · ${t('bots-step-sign')}` : ''}`
      : t('bots-step-skipped')))));
}

async function discussion(q) {
  const box = h('div', { class: 'req-comments' });
  const list = h('div', { class: 'stack' });
  const draw = async () => {
    try {
      const items = await loadAll(`/api/requests/${q.id}/comments`, 'comments');
      replace(list, items.length ? items.map((c) => h('div', { class: 'req-comment' },
        h('strong', {}, personName(c.author_id)), ' ', h('span', { class: 'muted small' }, formatDate(c.created_at, { dateStyle: 'medium', timeStyle: 'short' })),
        h('div', {}, c.body))) : h('p', { class: 'muted' }, t('bots-no-comments')));
    } catch (e) {
      replace(list, h('p', { class: 'alert error' }, e.message));
    }
  };
  await draw();
  box.append(list);
  if (q.can.comment) {
    const ta = h('textarea', { class: 'input', rows: '2', 'aria-label': t('bots-comment') });
    const err = h('div', { class: 'field-error', role: 'alert' });
    const send = h('button', { type: 'submit', class: 'btn small' }, t('bots-comment-send'));
    const form = h('form', { class: 'stack' }, ta, err, h('div', { class: 'row' }, send));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      if (!ta.value.trim()) return;
      send.disabled = true;
      try {
        await api.post(`/api/requests/${q.id}/comments`, { body: ta.value });
        ta.value = '';
        err.textContent = '';
        await draw();
      } catch (e) {
        err.textContent = e.message;
      }
      send.disabled = false;
    });
    box.append(form);
  }
  return box;
}

// The requester's changes after a return, and sending it again; or the executor's form.
function ownerTools(q, reload) {
  const parts = [];
  if (q.can.edit) {
    const form = botForm(q.fields, q.values);
    const alert = alertBox();
    const save = h('button', { type: 'submit', class: 'btn primary' }, t('bots-resubmit'));
    const el = h('form', { class: 'req-edit', novalidate: true }, h('h3', {}, t('bots-change-and-resend')), form.el, alert, h('div', { class: 'actions' }, save));
    el.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const values = form.values();
      if (!values) return;
      save.disabled = true;
      try {
        await api.patch(`/api/requests/${q.id}`, { values });
        await api.post(`/api/requests/${q.id}/resubmit`, {});
        reload();
      } catch (e) {
        if (!form.showServerError(e.message)) alert.show(e.message);
        save.disabled = false;
      }
    });
    parts.push(el);
  }
  if (q.can.execute) {
    const form = botForm(q.execute_fields || []);
    const alert = alertBox();
    const go = h('button', { type: 'submit', class: 'btn primary' }, q.execute_action || t('bots-mark-done'));
    const el = h('form', { class: 'req-execute', novalidate: true }, form.el, alert, h('div', { class: 'actions' }, go));
    el.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const values = form.values();
      if (!values) return;
      go.disabled = true;
      try {
        await api.post(`/api/requests/${q.id}/execute`, { values });
        reload();
      } catch (e) {
        if (!form.showServerError(e.message)) alert.show(e.message);
        go.disabled = false;
      }
    });
    parts.push(el);
  }
  if (q.can.withdraw) {
    const b = h('button', { type: 'button', class: 'btn danger small' }, t('bots-withdraw'));
    b.addEventListener('click', async () => {
      b.disabled = true;
      try {
        await api.post(`/api/requests/${q.id}/withdraw`, {});
        reload();
      } catch (e) {
        b.disabled = false;
        b.after(h('div', { class: 'alert error', role: 'alert' }, e.message));
      }
    });
    parts.push(h('div', { class: 'row' }, b));
  }
  return parts;
}

async function requestPage({ id }) {
  botsSection();
  let q;
  try {
    q = await api.get(`/api/requests/${id}`);
  } catch (e) {
    setHeader(t('bots-request'));
    return showMain(errorState(errorMessage(e), () => requestPage({ id })));
  }
  setHeader(q.title, q.summary);
  const reload = () => requestPage({ id });
  const page = h('div', { class: 'page req-page' },
    requestCard(q.id, { compact: false }),
    ownerTools(q, reload),
    h('h3', {}, t('bots-values')), valuesTable(q.fields, q.values),
    q.signatures.length ? [h('h3', {}, t('bots-signatures')), h('ul', {}, q.signatures.map((s) => h('li', {},
      t('bots-signature', { name: personName(s.by), file: s.file_name, hash: s.sha256 }), ' · ', formatDate(s.at, { dateStyle: 'medium', timeStyle: 'short' }))))] : null,
    q.pass_code ? [h('h3', {}, t('bots-pass')), h('p', {}, h('a', { href: `/pass/${q.pass_code}`, target: '_blank', rel: 'noopener' }, t('bots-pass-page'))),
      h('img', { class: 'qr', src: `/api/requests/${q.id}/pass.svg`, alt: t('bots-pass-qr') })] : null,
    h('h3', {}, t('bots-route')), stepsList(q),
    h('h3', {}, t('bots-history')), historyList(q),
    h('h3', {}, t('bots-discussion')), await discussion(q));
  showMain(page);
  const off = onLive('request.comment', (c) => {
    if (!page.isConnected) return off();
    if (c.request_id === id) reload();
  });
}

export function registerBotRoutes() {
  route('/bots', () => navigate('/bots/waiting', { replace: true }));
  route('/bots/waiting', waitingPage);
  route('/bots/mine', minePage);
  route('/bots/all', allPage);
  route('/bots/new', startPage);
  route('/bots/new/:id', formPage);
  route('/bots/requests/:id', requestPage);
  route('/bots/manage', () => { botsSection(); renderBotList(); });
  route('/bots/manage/new', () => { botsSection(); renderBotEditor(null); });
  route('/bots/manage/:id', ({ id }) => { botsSection(); renderBotEditor(id); });
  route('/bots/integrations', () => { botsSection(); renderIntegrations(); });
}

