// Start-up: pick the page for the address, check the session, and hand over to the router.

import { api, setCsrf, onSignedOut } from './api.js';
import { renderSetup, renderLogin, renderNoSetup, renderInvite, renderForgot, renderReset } from './pages/auth.js';
import { renderPeople } from './pages/people.js';
import { renderStructure } from './pages/structure.js';
import { renderAdminPeople } from './pages/admin-people.js';
import { renderAdminInvitations } from './pages/admin-invitations.js';
import { renderAdminAudit } from './pages/admin-audit.js';
import { renderAdminMail } from './pages/admin-mail.js';
import { mountShell, setHeader, showMain } from './shell.js';
import { route, notFound, dispatch, interceptLinks, navigate } from './router.js';
import { setSession } from './state.js';
import { replace, h } from './dom.js';
import { registerChatRoutes, startChats } from './pages/chat-routes.js';
import { loadLanguage, t } from './i18n.js';
import { registerServiceWorker } from './notifications.js';

const root = document.getElementById('app');

function signedIn(s) {
  setSession(s);
  setCsrf(s.csrf_token);
  root.removeAttribute('aria-busy');
  mountShell(root);
  startChats();
  dispatch();
}

onSignedOut(() => {
  location.assign('/login?expired=1');
});

registerChatRoutes();

route('/people', renderPeople);
route('/people/structure', renderStructure);
route('/admin', () => navigate('/admin/people', { replace: true }));
route('/admin/people', renderAdminPeople);
route('/admin/invitations', renderAdminInvitations);
route('/admin/audit', renderAdminAudit);
route('/admin/mail', renderAdminMail);

notFound(() => {
  setHeader(t('not-found-title'));
  showMain(h('div', { class: 'empty' }, h('h2', {}, t('not-found-heading')),
    h('p', {}, t('not-found-text')),
    h('button', { class: 'btn', type: 'button', onclick: () => navigate('/') }, t('go-home'))));
});

async function boot() {
  await loadLanguage().catch(() => {});
  registerServiceWorker();
  interceptLinks(document.body);
  const path = location.pathname;
  if (path === '/setup') return renderSetup(root, signedIn);
  // Public pages: they work with or without a session.
  if (path === '/invite') return renderInvite(root, signedIn);
  if (path === '/forgot') return renderForgot(root);
  if (path === '/reset') return renderReset(root, signedIn);
  let s = null;
  try {
    s = await api.get('/api/session');
  } catch (e) {
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
  renderLogin(root, signedIn, expired ? t('session-ended') : null);
}

boot();
