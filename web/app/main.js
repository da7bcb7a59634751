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
import { setSession, session } from './state.js';
import { replace, h } from './dom.js';
import { registerChatRoutes, startChats } from './pages/chat-routes.js';
import { loadLanguage, t, onLanguageChange } from './i18n.js';
import { onLive } from './live.js';
import { registerBotRoutes, startBots } from './pages/bots.js';
import { registerServiceWorker } from './notifications.js';

const root = document.getElementById('app');

// The language the person last chose on this browser, so the sign-in page speaks it too.
const LANG_KEY = 'bivouac.language';
function rememberedLanguage() {
  try { return localStorage.getItem(LANG_KEY); } catch { return null; }
}
export function rememberLanguage(lang) {
  try {
    if (lang) localStorage.setItem(LANG_KEY, lang);
    else localStorage.removeItem(LANG_KEY);
  } catch { /* private mode: the browser's language then */ }
}

async function signedIn(s) {
  rememberLanguage(s.person.language);
  await loadLanguage(s.person.language, s.workspace_language).catch(() => {});
  setSession(s);
  setCsrf(s.csrf_token);
  root.removeAttribute('aria-busy');
  mountShell(root);
  startChats();
  startBots();
  dispatch();
  // The person chose another language in another tab: this one follows, and the screen redraws.
  onLive('language.changed', async (ev) => {
    rememberLanguage(ev.language);
    session.person.language = ev.language;
    await loadLanguage(ev.language, session.workspace_language).catch(() => {});
  });
}

// A new language: the shell and the current screen are drawn again in it.
onLanguageChange(() => {
  if (!session.person) return;
  mountShell(root);
  startChats();
  startBots();
  dispatch();
});

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
async function checkAddress(setup) {
  if (!setup) return;
  let configured;
  try {
    configured = new URL(setup.base_url).origin;
  } catch {
    return;
  }
  if (configured === location.origin || document.querySelector('.address-banner')) return;
  const example = location.origin;
  const banner = h('div', { class: 'address-banner', role: 'alert' },
    h('strong', {}, t('address-banner-title')), ' ',
    h('span', {}, t('address-banner-opened', { opened: location.origin, configured }) + ' '),
    h('span', {}, setup.base_url_set
      ? t('address-banner-change', { example })
      : t('address-banner-set', { example })));
  document.body.prepend(banner);
}

async function boot() {
  const setup = await api.get('/api/setup').catch(() => null);
  await loadLanguage(rememberedLanguage(), setup?.language).catch(() => {});
  registerServiceWorker();
  interceptLinks(document.body);
  checkAddress(setup);
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
  if (setup?.needed) return renderNoSetup(root);
  const expired = new URLSearchParams(location.search).get('expired');
  if (path !== '/login') history.replaceState(null, '', '/login');
  renderLogin(root, signedIn, ended || (expired ? t('session-ended') : null));
}

boot();
