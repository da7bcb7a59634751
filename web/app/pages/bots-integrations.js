// Integrations (Owner, Admins, Integrators): bot accounts with API tokens (shown once, replaced
// or revoked here), and a channel's webhooks: incoming (a Slack-compatible URL, shown once) and
// outgoing (a trigger word and a target URL), with the last error of each outgoing one.

import { h, icon, replace } from '../dom.js';
import { api } from '../api.js';
import { t, formatDate } from '../i18n.js';
import { setHeader, showMain } from '../shell.js';
import { loadAll } from '../paged.js';
import { alertBox, confirmDialog, errorMessage } from '../ui.js';

const when = (iso) => (iso ? formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }) : t('bots-never'));

// A secret shown once, selectable, with what to do with it.
function secretBox(label, value) {
  const input = h('input', { class: 'input mono', readonly: true, value, 'aria-label': label });
  input.addEventListener('focus', () => input.select());
  return h('div', { class: 'alert success secret-box', role: 'status' }, h('strong', {}, label), input, h('p', { class: 'small' }, t('bots-shown-once')));
}

async function accountsBox() {
  const box = h('section', { class: 'stack' }, h('h3', {}, t('bots-accounts')));
  const list = h('div', { class: 'req-list' });
  const shown = h('div', {});
  const alert = alertBox();
  const draw = async () => {
    try {
      const accounts = await loadAll('/api/bot-accounts', 'bot_accounts');
      replace(list, accounts.length ? accounts.map((a) => {
        const rotate = h('button', { type: 'button', class: 'btn small' }, t('bots-new-token'));
        rotate.addEventListener('click', async () => {
          try {
            const r = await api.post(`/api/bot-accounts/${a.id}/token`, {});
            replace(shown, secretBox(t('bots-token-of', { name: a.name }), r.token));
            draw();
          } catch (e) { alert.show(errorMessage(e)); }
        });
        const revoke = a.has_token ? h('button', { type: 'button', class: 'btn small danger' }, t('bots-revoke-token')) : null;
        revoke?.addEventListener('click', async () => {
          const ok = await confirmDialog({ title: t('bots-revoke-token'), message: t('bots-revoke-confirm', { name: a.name }), confirm: t('bots-revoke-token') });
          if (!ok) return;
          try {
            await api.del(`/api/bot-accounts/${a.id}/token`);
            draw();
          } catch (e) { alert.show(errorMessage(e)); }
        });
        return h('div', { class: 'req-row' }, h('span', { class: 'req-icon', 'aria-hidden': 'true' }, '🤖'),
          h('span', { class: 'grow stack' }, h('strong', {}, a.name),
            h('span', { class: 'muted small' }, `${a.has_token ? t('bots-token-active') : t('bots-token-none')} · ${t('bots-last-used', { date: when(a.last_used) })}`)),
          rotate, revoke);
      }) : h('p', { class: 'muted' }, t('bots-no-accounts')));
    } catch (e) {
      replace(list, h('p', { class: 'alert error' }, errorMessage(e)));
    }
  };
  const name = h('input', { class: 'input', name: 'name', placeholder: t('bots-account-name'), 'aria-label': t('bots-account-name') });
  const add = h('button', { type: 'submit', class: 'btn primary small' }, icon('plus'), t('bots-add-account'));
  const form = h('form', { class: 'row wrap' }, name, add);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    alert.clear();
    try {
      const a = await api.post('/api/bot-accounts', { name: name.value });
      name.value = '';
      replace(shown, secretBox(t('bots-token-of', { name: a.name }), a.token));
      draw();
    } catch (e) { alert.show(errorMessage(e)); }
  });
  box.append(h('p', { class: 'muted small' }, t('bots-accounts-help')), form, alert, shown, list);
  await draw();
  return box;
}

async function hooksBox() {
  const box = h('section', { class: 'stack' }, h('h3', {}, t('bots-webhooks')));
  let channels = [];
  try {
    channels = (await loadAll('/api/channels', null)).filter((c) => c.kind === 'channel' && !c.archived);
  } catch (e) {
    box.append(h('p', { class: 'alert error' }, errorMessage(e)));
    return box;
  }
  const sel = h('select', { class: 'input', 'aria-label': t('bots-webhook-channel') },
    channels.map((c) => h('option', { value: c.id }, `#${c.name}`)));
  const list = h('div', { class: 'req-list' });
  const shown = h('div', {});
  const alert = alertBox();
  const draw = async () => {
    if (!sel.value) return replace(list, h('p', { class: 'muted' }, t('bots-no-channels')));
    try {
      const { webhooks } = await api.get(`/api/channels/${sel.value}/webhooks`);
      replace(list, webhooks.length ? webhooks.map((w) => {
        const del = h('button', { type: 'button', class: 'btn small danger' }, t('bots-remove'));
        del.addEventListener('click', async () => {
          const ok = await confirmDialog({ title: t('bots-remove-webhook'), message: t('bots-remove-webhook-confirm', { name: w.name }), confirm: t('bots-remove') });
          if (!ok) return;
          try {
            await api.del(`/api/webhooks/${w.id}`);
            draw();
          } catch (e) { alert.show(errorMessage(e)); }
        });
        const detail = w.kind === 'outgoing'
          ? `${t('bots-outgoing')} · ${w.trigger} → ${w.url}${w.last_error ? ` · ${t('bots-last-error', { error: w.last_error })}` : ''}`
          : `${t('bots-incoming')} · ${t('bots-last-used', { date: when(w.last_used) })}`;
        return h('div', { class: 'req-row' }, h('span', { class: 'grow stack' }, h('strong', {}, w.name), h('span', { class: 'muted small' }, detail)), del);
      }) : h('p', { class: 'muted' }, t('bots-no-webhooks')));
    } catch (e) {
      replace(list, h('p', { class: 'alert error' }, errorMessage(e)));
    }
  };
  sel.addEventListener('change', () => { replace(shown); draw(); });
  const inName = h('input', { class: 'input', placeholder: t('bots-webhook-name'), 'aria-label': t('bots-webhook-name') });
  const inForm = h('form', { class: 'row wrap' }, inName, h('button', { type: 'submit', class: 'btn small' }, t('bots-add-incoming')));
  inForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    alert.clear();
    try {
      const w = await api.post(`/api/channels/${sel.value}/webhooks`, { name: inName.value });
      inName.value = '';
      replace(shown, secretBox(t('bots-webhook-url'), w.url));
      draw();
    } catch (e) { alert.show(errorMessage(e)); }
  });
  const trigger = h('input', { class: 'input small-num', placeholder: '!deploy', 'aria-label': t('bots-trigger') });
  const url = h('input', { class: 'input', type: 'url', placeholder: 'https://', 'aria-label': t('bots-target-url') });
  const outForm = h('form', { class: 'row wrap' }, trigger, url, h('button', { type: 'submit', class: 'btn small' }, t('bots-add-outgoing')));
  outForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    alert.clear();
    try {
      const w = await api.post(`/api/channels/${sel.value}/outgoing-webhooks`, { trigger: trigger.value, url: url.value });
      trigger.value = '';
      url.value = '';
      replace(shown, secretBox(t('bots-outgoing-token'), w.token));
      draw();
    } catch (e) { alert.show(errorMessage(e)); }
  });
  box.append(h('p', { class: 'muted small' }, t('bots-webhooks-help')), sel, inForm, outForm, alert, shown, list);
  await draw();
  return box;
}

export async function renderIntegrations() {
  setHeader(t('bots-integrations'));
  showMain(h('div', { class: 'page req-page' }, await accountsBox(), await hooksBox()));
}
