// Start-up: pick the page for the address, check the session, and hand over to the router.

import { api, setCsrf, onSignedOut } from './api.js';
import { renderSetup, renderLogin, renderNoSetup, renderInvite, renderForgot, renderReset } from './pages/auth.js';
import { renderPeople } from './pages/people.js';
import { renderStructure } from './pages/structure.js';
import { renderAdminPeople } from './pages/admin-people.js';
import { renderAdminInvitations } from './pages/admin-invitations.js';
import { renderAdminAudit } from './pages/admin-audit.js';
import { renderAdminMail } from './pages/admin-mail.js';
import { renderAccount } from './pages/account.js';
import { renderCompany } from './pages/company.js';
import { mountShell, setHeader, showMain } from './shell.js';
import { route, notFound, dispatch, interceptLinks, navigate } from './router.js';
import { setSession } from './state.js';
import { replace, h } from './dom.js';
import { registerChatRoutes, startChats } from './pages/chat-routes.js';
import { loadLanguage, t } from './i18n.js';
import { registerBotRoutes, startBots } from './pages/bots.js';

const root = document.getElementById('app');

function signedIn(s) {
  setSession(s);
  setCsrf(s.csrf_token);
  root.removeAttribute('aria-busy');
  mountShell(root);
  startChats();
  startBots();
  dispatch();
}

onSignedOut(() => {
  location.assign('/login?expired=1');
});

registerChatRoutes();
registerBotRoutes();

route('/people', renderPeople);
route('/people/structure', renderStructure);
route('/admin', () => navigate('/admin/people', { replace: true }));
route('/admin/people', renderAdminPeople);
route('/admin/invitations', renderAdminInvitations);
route('/admin/audit', renderAdminAudit);
route('/admin/mail', renderAdminMail);
route('/admin/company', renderCompany);
route('/me', renderAccount);

notFound(() => {
  setHeader(t('not-found-title'));
  showMain(h('div', { class: 'empty' }, h('h2', {}, t('not-found-heading')),
    h('p', {}, t('not-found-text')),
    h('button', { class: 'btn', type: 'button', onclick: () => navigate('/') }, t('go-home'))));
});

// Opened at another address than the server's base_url (a VPS reached by its IP before base_url
// is set): links in mails and the live connection would not work; say what to set.
async function checkAddress() {
  let setup;
  try {
    setup = await api.get('/api/setup');
  } catch {
    return;
  }
  let configured;
  try {
    configured = new URL(setup.base_url).origin;
  } catch {
    return;
  }
  if (configured === location.origin || document.querySelector('.address-banner')) return;
  const example = location.origin;
  const banner = h('div', { class: 'address-banner', role: 'alert' },
    h('strong', {}, 'Bivouac is set up for another address.'), ' ',
    h('span', {}, `You opened ${location.origin}, but the server puts ${configured} into links (invitations, password resets) and accepts live updates only from there. `),
    h('span', {}, setup.base_url_set
      ? `If people should use ${example}, change base_url in the server's configuration to ${example} and restart Bivouac.`
      : `Set base_url to the address people will open, for example ${example}: start Bivouac with --base-url ${example}, or put base_url = "${example}" into /etc/bivouac/bivouac.toml and restart it.`));
  document.body.prepend(banner);
}

async function boot() {
  await loadLanguage().catch(() => {});
  interceptLinks(document.body);
  checkAddress();
  const path = location.pathname;
  if (path === '/setup') return renderSetup(root, signedIn);
  // Public pages: they work with or without a session.
  if (path === '/invite') return renderInvite(root, signedIn);
  if (path === '/forgot') return renderForgot(root);
  if (path === '/reset') return renderReset(root, signedIn);
  let s = null;
  let ended = null;
  try {
    s = await api.get('/api/session');
  } catch (e) {
    // A session someone ended (a role change, deactivation, a new password) says why.
    if (e.status === 401 && e.reason) ended = e.message;
    if (e.status !== 401) {
      replace(root, h('div', { class: 'auth-page' }, h('div', { class: 'auth-card' },
        h('h1', {}, t('boot-failed')), h('p', { class: 'alert error' }, e.message),
        h('button', { class: 'btn', type: 'button', onclick: () => location.reload() }, t('try-again')))));
      return;
    }
  }
  if (s) {
    if (path === '/login') history.replaceState(null, '', '/');
    return signedIn(s);
  }
  const setup = await api.get('/api/setup').catch(() => ({ needed: false }));
  if (setup.needed) return renderNoSetup(root);
  const expired = new URLSearchParams(location.search).get('expired');
  if (path !== '/login') history.replaceState(null, '', '/login');
  renderLogin(root, signedIn, ended || (expired ? t('session-ended') : null));
}

boot();
