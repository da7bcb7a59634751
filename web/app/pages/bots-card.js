// A request's card: drawn in a bot's chat wherever a message carries `[[request:<id>]]`, and at
// the top of a request's page. It shows the request as the server says now (title, summary,
// state, the step and who it waits for) with the buttons the server allows (`can`): Approve,
// Reject, Return (both ask for a reason in place), Open. It redraws on `request.updated`.

import { h, icon, replace, fullName } from '../dom.js';
import { api } from '../api.js';
import { t, formatDate } from '../i18n.js';
import { onLive } from '../live.js';
import { knownPerson, getPerson } from '../people-cache.js';

export const CARD_RE = /\[\[request:([0-9a-z]{13})\]\]/g;

// The request ids a message body carries.
export function cardIds(body) {
  return [...String(body || '').matchAll(CARD_RE)].map((m) => m[1]);
}

// The body without its card markers (the card is drawn instead).
export function withoutCards(body) {
  return String(body || '').replace(CARD_RE, '').trim();
}

const redraws = new Map();
let wired = false;

function wire() {
  if (wired) return;
  wired = true;
  onLive('request.updated', (d) => {
    for (const fn of [...(redraws.get(d.id) || [])]) fn();
  });
}

export function personName(id) {
  const p = knownPerson(id);
  if (p) return fullName(p);
  getPerson(id).catch(() => {});
  return '…';
}

const STATE_WORDS = {
  waiting: 'request-state-waiting',
  approved: 'request-state-approved',
  done: 'request-state-done',
  rejected: 'request-state-rejected',
  returned: 'request-state-returned',
  withdrawn: 'request-state-withdrawn',
};

export function stateName(state) {
  return t(STATE_WORDS[state] || 'request-state-waiting');
}

export function stateBadge(state) {
  return h('span', { class: ['req-state', `req-${state}`] }, stateName(state));
}

// "Step 2 of 3 · waiting for Hedda Tester", "Approved · to be carried out by …", "Done".
export function progress(q) {
  const names = (q.waiting_for || []).map(personName).join(', ');
  if (q.state === 'waiting') {
    return t('bots-card-waiting', { step: q.step, steps: q.steps.length, names });
  }
  if (q.state === 'approved' && names) return t('bots-card-to-execute', { names });
  return '';
}

// An inline form under the card asking for a reason (reject, return) or a password (signing).
function ask(box, { label, type = 'text', required = true, confirm, onSubmit }) {
  const input = type === 'password'
    ? h('input', { class: 'input', type: 'password', required, 'aria-label': label, autocomplete: 'current-password' })
    : h('textarea', { class: 'input', rows: '2', required, 'aria-label': label });
  const err = h('div', { class: 'field-error', role: 'alert' });
  const ok = h('button', { type: 'submit', class: 'btn primary small' }, confirm);
  const cancel = h('button', { type: 'button', class: 'btn small' }, t('bots-cancel'));
  const form = h('form', { class: 'req-ask' }, h('label', { class: 'small' }, label, input), err,
    h('div', { class: 'row' }, cancel, ok));
  cancel.addEventListener('click', () => form.remove());
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (required && !input.value.trim()) {
      err.textContent = t('bots-reason-needed');
      input.focus();
      return;
    }
    ok.disabled = true;
    try {
      await onSubmit(input.value);
      form.remove();
    } catch (e) {
      err.textContent = e.message;
      ok.disabled = false;
    }
  });
  box.querySelector('.req-ask')?.remove();
  box.append(form);
  input.focus();
}

// The card's buttons, from `q.can`. `after(q)` gets the request as it is after an action.
export function actions(q, box, after) {
  const act = async (what, body) => after(await api.post(`/api/requests/${q.id}/${what}`, body));
  const bar = h('div', { class: 'req-actions', role: 'group', 'aria-label': t('bots-card-actions') });
  if (q.can.approve) {
    const b = h('button', { type: 'button', class: 'btn primary small', dataset: { act: 'approve' } },
      icon('check'), q.can.sign ? t('bots-sign') : t('bots-approve'));
    b.addEventListener('click', () => {
      if (q.can.sign) {
        ask(box, { label: t('bots-password'), type: 'password', confirm: t('bots-sign'), onSubmit: (pw) => act('approve', { password: pw }) });
        return;
      }
      b.disabled = true;
      act('approve', {}).catch((e) => { b.disabled = false; showError(box, e.message); });
    });
    bar.append(b);
  }
  if (q.can.reject) {
    const b = h('button', { type: 'button', class: 'btn small danger', dataset: { act: 'reject' } }, t('bots-reject'));
    b.addEventListener('click', () => ask(box, { label: t('bots-reject-reason'), confirm: t('bots-reject'), onSubmit: (c) => act('reject', { comment: c }) }));
    bar.append(b);
  }
  if (q.can.return) {
    const b = h('button', { type: 'button', class: 'btn small', dataset: { act: 'return' } }, t('bots-return'));
    b.addEventListener('click', () => ask(box, { label: t('bots-return-reason'), confirm: t('bots-return'), onSubmit: (c) => act('return', { comment: c }) }));
    bar.append(b);
  }
  return bar;
}

function showError(box, message) {
  box.querySelector('.req-error')?.remove();
  box.append(h('div', { class: 'req-error alert error', role: 'alert' }, message));
}

function draw(el, q, { compact }) {
  const head = h('div', { class: 'req-head' },
    h('span', { class: 'req-icon', 'aria-hidden': 'true' }, q.bot_icon || '🤖'),
    h('strong', { class: 'req-title' }, q.title), stateBadge(q.state));
  const lines = [head];
  if (q.summary) lines.push(h('div', { class: 'req-summary' }, q.summary));
  const p = progress(q);
  if (p) lines.push(h('div', { class: 'req-progress muted small' }, p));
  if (q.pass_code) lines.push(h('div', { class: 'req-pass small' }, t('bots-pass-code', { code: q.pass_code })));
  const bar = actions(q, el, (nq) => draw(el, nq, { compact }));
  if (compact) {
    bar.append(h('a', { class: 'btn small ghost', href: `/bots/requests/${q.id}`, dataset: { act: 'open' } }, t('bots-open')));
  }
  if (bar.children.length) lines.push(bar);
  lines.push(h('div', { class: 'req-updated muted small' }, t('bots-card-updated', { date: formatDate(q.updated_at, { dateStyle: 'medium', timeStyle: 'short' }) })));
  el.removeAttribute('aria-busy');
  el.dataset.state = q.state;
  replace(el, ...lines);
}

// A live card for request `id`. `compact`: in a chat (with Open); else on the request's page.
export function requestCard(id, { compact = true } = {}) {
  wire();
  const el = h('section', { class: 'req-card', dataset: { request: id }, 'aria-busy': 'true', 'aria-label': t('bots-card-label') },
    h('div', { class: 'skeleton line w60' }));
  const redraw = async () => {
    if (el.dataset.drawn && !el.isConnected) {
      redraws.get(id)?.delete(redraw);
      return;
    }
    try {
      const q = await api.get(`/api/requests/${id}`);
      el.dataset.drawn = '1';
      draw(el, q, { compact });
    } catch (e) {
      el.removeAttribute('aria-busy');
      replace(el, h('div', { class: 'muted small' }, e.status === 404 ? t('bots-card-unavailable') : e.message));
    }
  };
  if (!redraws.has(id)) redraws.set(id, new Set());
  redraws.get(id).add(redraw);
  redraw();
  return el;
}

// "On vacation until 12 Dec · Fiona Tester stands in": an approved vacation under way, on a
// person's card (empty while they are at work).
export function absenceNote(personId) {
  const el = h('p', { class: 'absence-note', hidden: true, role: 'status' });
  api.get(`/api/people/${personId}/absence`).then((a) => {
    if (!a) return;
    const until = formatDate(`${a.until}T12:00:00Z`, { day: 'numeric', month: 'short' });
    replace(el, '🏖️ ', t('bots-on-vacation', { date: until }),
      a.substitute_id ? ` · ${t('bots-stands-in', { name: personName(a.substitute_id) })}` : '');
    el.hidden = false;
  }).catch(() => {});
  return el;
}
