// Administration → Mail (for those who may manage mail): the SMTP settings as the server reports them, the
// outbox, and a test email that shows the SMTP server's own answer.

import { h, icon, replace, toast } from '../dom.js';
import { api } from '../api.js';
import { field, alertBox, onSubmit, errorMessage, errorState } from '../ui.js';
import { setHeader, showMain } from '../shell.js';
import { session } from '../state.js';
import { adminSection } from './admin.js';
import { t } from '../i18n.js';

const SECURITY = { none: 'mail-security-none', starttls: 'mail-security-starttls', tls: 'mail-security-tls' };

export async function renderAdminMail() {
  if (!adminSection('/admin/mail')) return;
  setHeader(t('admin-mail'), t('mail-sub'));
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
    const dd = (v) => h('dd', {}, v || h('span', { class: 'muted' }, t('mail-not-set')));
    replace(content,
      m.configured
        ? h('div', { class: 'alert success', role: 'status' }, t('mail-configured'))
        : h('div', { class: 'alert warning', role: 'status' },
          h('strong', {}, t('mail-not-configured')), ' ', t('mail-not-configured-text')),
      h('section', { class: 'card stack', 'aria-labelledby': 'smtp-h' },
        h('div', { class: 'row' }, icon('mail'), h('h2', { id: 'smtp-h' }, t('mail-smtp-server'))),
        h('dl', { class: 'detail-list' },
          h('dt', {}, t('mail-host')), dd(m.host),
          h('dt', {}, t('mail-port')), dd(String(m.port)),
          h('dt', {}, t('mail-security')), dd(SECURITY[m.security] ? t(SECURITY[m.security]) : m.security),
          h('dt', {}, t('mail-from')), dd(m.from)),
        h('p', { class: 'muted small' }, t('mail-read-only'), ' ',
          h('code', {}, '[smtp] host = …'), ', ', h('code', {}, 'BIVOUAC_SMTP_HOST'), ', ', h('code', {}, 'BIVOUAC_SMTP_PORT'), ', ',
          h('code', {}, 'BIVOUAC_SMTP_USERNAME'), ' …')),
      h('section', { class: 'card stack', 'aria-labelledby': 'outbox-h' },
        h('h2', { id: 'outbox-h' }, t('mail-outbox')),
        h('div', { class: 'stats' },
          stat(m.queued, t('mail-queued', { count: m.queued })),
          stat(m.failed_invitations, t('mail-failed', { count: m.failed_invitations }), m.failed_invitations ? 'bad' : '')),
        m.failed_invitations || m.queued
          ? h('p', { class: 'small' }, h('a', { href: '/admin/invitations' }, t('mail-see-invitations')),
            ' ', t('mail-see-invitations-why'))
          : h('p', { class: 'muted small' }, t('mail-nothing-waiting'))),
      testForm());
  }

  function testForm() {
    const to = field({
      label: t('mail-send-to'), name: 'to', type: 'email', autocomplete: 'email', placeholder: session.person.email,
      hint: t('mail-send-to-hint', { email: session.person.email }),
    });
    const alert = alertBox();
    const result = h('div', { 'aria-live': 'polite' });
    const send = h('button', { type: 'submit', class: 'btn primary' }, icon('send'), t('mail-test-submit'));
    const form = h('form', { class: 'card stack', novalidate: true, 'aria-labelledby': 'test-h' },
      h('h2', { id: 'test-h' }, t('mail-test-title')),
      h('p', { class: 'muted small' }, t('mail-test-text')),
      alert, to, result, h('div', { class: 'row' }, send));
    onSubmit(form, send, alert, async () => {
      replace(result);
      const r = await api.post('/api/mail/test', to.input.value.trim() ? { to: to.input.value.trim() } : {});
      replace(result, h('div', { class: ['alert', r.delivered ? 'success' : 'error'], role: 'status' },
        h('strong', {}, r.delivered ? t('mail-test-delivered', { email: r.to }) : t('mail-test-not-delivered', { email: r.to })), ' ',
        h('span', { class: 'smtp-answer' }, r.answer)));
      if (r.delivered) toast(t('mail-test-sent', { email: r.to }));
    }, (code) => (code === 'invalid_email' ? to : null));
    return form;
  }

  load();
}

function stat(n, label, kind = '') {
  return h('div', { class: ['stat', kind] }, h('strong', {}, String(n)), h('span', {}, label));
}

function skeleton() {
  return h('div', { class: 'card', 'aria-busy': 'true', 'aria-label': t('mail-loading') },
    h('div', { class: 'skeleton line w40' }), h('div', { class: 'skeleton line w60' }), h('div', { class: 'skeleton line w80' }));
}
