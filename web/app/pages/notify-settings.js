// Status and notifications: the dialog where a person sets a status (emoji, text, how long),
// do-not-disturb, push on this browser, hiding message text, the email for what was missed and
// quiet hours; and the bell in a chat's header (all messages / mentions only / nothing).

import { h, icon } from '../dom.js';
import { api } from '../api.js';
import { openDialog, openMenu, alertBox, errorMessage } from '../ui.js';
import { upsertChat, reportError } from '../chats-state.js';
import { t } from '../i18n.js';
import { enablePush, disablePush, pushSupported, pushedHere, setNotifySettings } from '../notifications.js';

const LEVELS = ['all', 'mentions', 'none'];
const LEVEL_LABEL = { all: 'notify-level-all', mentions: 'notify-level-mentions', none: 'notify-level-none' };

// The bell of chat `c`: shows its level, and a menu to change it.
export function notifyButton(c, onChange) {
  const level = c.notify || (c.kind === 'channel' ? 'mentions' : 'all');
  const muted = level === 'none';
  const label = t('notify-level-button', { level: t(LEVEL_LABEL[level]) });
  const b = h('button', { type: 'button', class: ['btn', 'ghost', 'icon', 'notify-toggle', muted ? 'muted-chat' : ''], 'aria-label': label, title: label, 'aria-haspopup': 'menu', dataset: { level } },
    icon(muted ? 'bellOff' : 'bell'));
  b.addEventListener('click', () => openMenu(b, LEVELS.map((l) => [
    `${l === level ? '✓ ' : ''}${t(LEVEL_LABEL[l])}`,
    async () => {
      try {
        const r = await api.put(`/api/channels/${c.id}/notify`, { level: l });
        upsertChat({ id: c.id, notify: r.level });
        onChange?.(r.level);
      } catch (e) {
        reportError(e);
      }
    },
  ])));
  return b;
}

// Minutes from now, or the end of today / this week; null = no end.
function until(choice) {
  const now = new Date();
  if (choice === 'never') return null;
  if (choice === 'today') { const d = new Date(now); d.setHours(23, 59, 59, 0); return d.toISOString(); }
  if (choice === 'week') { const d = new Date(now); d.setDate(d.getDate() + ((7 - d.getDay()) % 7)); d.setHours(23, 59, 59, 0); return d.toISOString(); }
  return new Date(now.getTime() + Number(choice) * 60000).toISOString();
}

function choices(name, options, value) {
  return h('select', { class: 'input', name }, options.map(([v, text]) => h('option', { value: v, selected: String(v) === String(value) }, text)));
}

function labelled(text, control, hint) {
  const id = `ns-${Math.random().toString(36).slice(2)}`;
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, text), control, hint ? h('div', { class: 'hint' }, hint) : null);
}

function check(text, checked, hint) {
  const box = h('input', { type: 'checkbox', checked: !!checked });
  const row = h('label', { class: 'check-row' }, box, h('span', {}, text));
  return { box, el: h('div', { class: 'field' }, row, hint ? h('div', { class: 'hint' }, hint) : null) };
}

export async function openNotifySettings() {
  let s;
  try {
    s = await api.get('/api/me/settings');
  } catch (e) {
    reportError(e);
    return;
  }
  const alert = alertBox();
  const emoji = h('input', { class: 'input emoji-input', name: 'status_emoji', value: s.status_emoji, maxlength: 16, placeholder: '🙂' });
  const text = h('input', { class: 'input', name: 'status_text', value: s.status_text, maxlength: 100, placeholder: t('status-placeholder') });
  const durations = [['never', t('until-never')], ['30', t('until-30m')], ['60', t('until-1h')], ['240', t('until-4h')], ['today', t('until-today')], ['week', t('until-week')]];
  const statusUntil = choices('status_until', durations, 'keep');
  if (s.status_until) statusUntil.prepend(h('option', { value: 'keep', selected: true }, t('until-keep')));
  const dnd = check(t('dnd-label'), s.dnd, t('dnd-hint'));
  const dndUntil = choices('dnd_until', durations, s.dnd_until ? 'keep' : 'never');
  if (s.dnd_until) dndUntil.prepend(h('option', { value: 'keep', selected: true }, t('until-keep')));
  // This device's subscription (the server's `push` stays on while any device wants pushes).
  const push = check(t('push-label'), s.notify.push && pushedHere(), t('push-hint'));
  const hide = check(t('hide-text-label'), s.notify.hide_text);
  const delays = [['0', t('email-off')], ['5', t('email-after', { minutes: 5 })], ['15', t('email-after', { minutes: 15 })],
    ['30', t('email-after', { minutes: 30 })], ['60', t('email-after', { minutes: 60 })], ['240', t('email-after', { minutes: 240 })]];
  if (!delays.some(([v]) => Number(v) === s.notify.email_delay)) delays.push([String(s.notify.email_delay), t('email-after', { minutes: s.notify.email_delay })]);
  const email = choices('email_delay', delays, s.notify.email_delay);
  const q = s.notify.quiet_hours;
  const quiet = check(t('quiet-label'), !!q, t('quiet-hint'));
  const qFrom = h('input', { class: 'input', type: 'time', value: q?.from || '22:00', 'aria-label': t('quiet-from') });
  const qTo = h('input', { class: 'input', type: 'time', value: q?.to || '07:00', 'aria-label': t('quiet-to') });
  const save = h('button', { type: 'submit', class: 'btn primary' }, t('save'));
  const cancel = h('button', { type: 'button', class: 'btn' }, t('cancel'));
  const form = h('form', { class: 'notify-settings', novalidate: true },
    h('h2', {}, t('notify-settings-title')),
    h('fieldset', {}, h('legend', {}, t('status-legend')),
      h('div', { class: 'row status-row' }, labelled(t('status-emoji'), emoji), labelled(t('status-text'), text)),
      labelled(t('status-clear'), statusUntil)),
    h('fieldset', {}, h('legend', {}, t('dnd-legend')), dnd.el, labelled(t('dnd-until'), dndUntil)),
    h('fieldset', {}, h('legend', {}, t('notify-legend')), push.el, hide.el, labelled(t('email-label'), email, t('email-hint')),
      quiet.el, h('div', { class: 'row' }, qFrom, h('span', {}, '–'), qTo)),
    alert,
    h('div', { class: 'actions' }, cancel, save));
  const dlg = openDialog(t('notify-settings-title'), form);
  cancel.addEventListener('click', () => dlg.close());
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    alert.clear();
    save.disabled = true;
    try {
      const wantPush = push.box.checked;
      if (wantPush && pushSupported() && !pushedHere()) {
        await enablePush().catch((e) => { alert.show(e.message, 'warning'); });
      } else if (!wantPush && pushedHere()) {
        await disablePush();
      }
      const body = {
        status_emoji: emoji.value.trim(),
        status_text: text.value.trim(),
        dnd: dnd.box.checked,
        notify: {
          ...(wantPush ? { push: true } : {}),
          hide_text: hide.box.checked,
          email_delay: Number(email.value),
          quiet_hours: quiet.box.checked
            ? { from: qFrom.value, to: qTo.value, utc_offset: -new Date().getTimezoneOffset() }
            : null,
        },
      };
      if (statusUntil.value !== 'keep') body.status_until = until(statusUntil.value);
      if (dndUntil.value !== 'keep') body.dnd_until = dnd.box.checked ? until(dndUntil.value) : null;
      const saved = await api.patch('/api/me', body);
      setNotifySettings(saved);
      if (!alert.textContent) dlg.close();
    } catch (e) {
      alert.show(errorMessage(e));
    } finally {
      save.disabled = false;
    }
  });
}
