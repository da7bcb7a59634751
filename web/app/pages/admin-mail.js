// Administration → Mail (for those who may manage mail): the SMTP settings as the server reports them, the
// outbox, and a test email that shows the SMTP server's own answer.

import { h, icon, replace, toast } from '../dom.js';
import { api } from '../api.js';
import { field, alertBox, onSubmit, errorMessage, errorState } from '../ui.js';
import { setHeader, showMain } from '../shell.js';
import { session } from '../state.js';
import { adminSection } from './admin.js';

const SECURITY = { none: 'None (plain SMTP)', starttls: 'STARTTLS', tls: 'TLS (implicit)' };

export async function renderAdminMail() {
  if (!adminSection('/admin/mail')) return;
  setHeader('Mail', 'How Bivouac sends invitations and password resets');
  const content = h('div', { class: 'stack' }, skeleton());
  const root = h('div', { class: 'page' }, content);
  showMain(root);

  async function load() {
    let m;
    try {
      m = await api.get('/api/mail');
    } catch (e) {
      if (root.isConnected) replace(content, errorState(errorMessage(e), () => { replace(content, skeleton()); load(); }));
      return;
    }
    if (!root.isConnected) return;
    const dd = (v) => h('dd', {}, v || h('span', { class: 'muted' }, 'not set'));
    replace(content,
      m.configured
        ? h('div', { class: 'alert success', role: 'status' }, 'Mail is configured. Invitations and password resets go out through the server below.')
        : h('div', { class: 'alert warning', role: 'status' },
          h('strong', {}, 'Mail is not configured: '), 'invitations stay queued until smtp.host is set.'),
      h('section', { class: 'card stack', 'aria-labelledby': 'smtp-h' },
        h('div', { class: 'row' }, icon('mail'), h('h2', { id: 'smtp-h' }, 'SMTP server')),
        h('dl', { class: 'detail-list' },
          h('dt', {}, 'Host'), dd(m.host),
          h('dt', {}, 'Port'), dd(String(m.port)),
          h('dt', {}, 'Security'), dd(SECURITY[m.security] || m.security),
          h('dt', {}, 'From'), dd(m.from)),
        h('p', { class: 'muted small' },
          'These settings are read-only here. They are set in the configuration file (', h('code', {}, '[smtp] host = …'),
          ') or the environment (', h('code', {}, 'BIVOUAC_SMTP_HOST'), ', ', h('code', {}, 'BIVOUAC_SMTP_PORT'), ', ',
          h('code', {}, 'BIVOUAC_SMTP_USERNAME'), ' …); restart Bivouac after changing them.')),
      h('section', { class: 'card stack', 'aria-labelledby': 'outbox-h' },
        h('h2', { id: 'outbox-h' }, 'Outbox'),
        h('div', { class: 'stats' },
          stat(m.queued, m.queued === 1 ? 'mail waiting to be sent' : 'mails waiting to be sent'),
          stat(m.failed_invitations, m.failed_invitations === 1 ? 'invitation could not be delivered' : 'invitations could not be delivered', m.failed_invitations ? 'bad' : '')),
        m.failed_invitations || m.queued
          ? h('p', { class: 'small' }, h('a', { href: '/admin/invitations' }, 'See the invitations'),
            ' to resend or correct an address. Queued mail is retried automatically.')
          : h('p', { class: 'muted small' }, 'Nothing is waiting. Queued mail is retried automatically while the SMTP server is away.')),
      testForm());
  }

  function testForm() {
    const to = field({
      label: 'Send to', name: 'to', type: 'email', autocomplete: 'email', placeholder: session.person.email,
      hint: `Leave empty to send it to yourself (${session.person.email}).`,
    });
    const alert = alertBox();
    const result = h('div', { 'aria-live': 'polite' });
    const send = h('button', { type: 'submit', class: 'btn primary' }, icon('send'), 'Send test email');
    const form = h('form', { class: 'card stack', novalidate: true, 'aria-labelledby': 'test-h' },
      h('h2', { id: 'test-h' }, 'Send a test email'),
      h('p', { class: 'muted small' }, 'Sends one email right now, past the outbox, and shows what the SMTP server answered.'),
      alert, to, result, h('div', { class: 'row' }, send));
    onSubmit(form, send, alert, async () => {
      replace(result);
      const r = await api.post('/api/mail/test', to.input.value.trim() ? { to: to.input.value.trim() } : {});
      replace(result, h('div', { class: ['alert', r.delivered ? 'success' : 'error'], role: 'status' },
        h('strong', {}, r.delivered ? `Delivered to ${r.to}. ` : `Not delivered to ${r.to}. `),
        h('span', { class: 'smtp-answer' }, r.answer)));
      if (r.delivered) toast(`Test email sent to ${r.to}.`);
    }, (code) => (code === 'invalid_email' ? to : null));
    return form;
  }

  load();
}

function stat(n, label, kind = '') {
  return h('div', { class: ['stat', kind] }, h('strong', {}, String(n)), h('span', {}, label));
}

function skeleton() {
  return h('div', { class: 'card', 'aria-busy': 'true', 'aria-label': 'Loading mail settings' },
    h('div', { class: 'skeleton line w40' }), h('div', { class: 'skeleton line w60' }), h('div', { class: 'skeleton line w80' }));
}
