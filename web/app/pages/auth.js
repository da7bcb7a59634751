// The pages before sign-in: first-run setup, sign in.

import { h, replace } from '../dom.js';
import { api, setCsrf } from '../api.js';
import { field, alertBox, onSubmit, brand } from '../ui.js';

function authPage(...children) {
  return h('main', { class: 'auth-page' }, h('div', { class: 'auth-card' }, ...children));
}

// The one-time setup link: /setup?token=...  Creates the Owner and signs them in.
export async function renderSetup(root, onSignedIn) {
  const token = new URLSearchParams(location.search).get('token') || '';
  // Keep the token out of the address bar, history and screenshots once read.
  history.replaceState(null, '', '/setup');
  let needed = true;
  try {
    needed = (await api.get('/api/setup')).needed;
  } catch { /* shown by the form if it persists */ }
  if (!needed) {
    replace(root, authPage(brand(), h('h1', {}, 'Already set up'),
      h('p', { class: 'lede' }, 'This workspace already has an owner, so the setup link no longer works.'),
      h('a', { class: 'btn primary block', href: '/login' }, 'Sign in')));
    return;
  }
  if (!token) {
    replace(root, authPage(brand(), h('h1', {}, 'Set up Bivouac'),
      h('p', { class: 'lede' }, 'Open the one-time setup link that the server printed when it started. ' +
        'It is also in the file setup-link.txt in the data directory.')));
    return;
  }
  const company = field({ label: 'Company name', name: 'company', autocomplete: 'organization', maxlength: 100, hint: 'Shown to everyone you invite.' });
  const first = field({ label: 'First name', name: 'first_name', autocomplete: 'given-name', required: true, maxlength: 100 });
  const last = field({ label: 'Last name', name: 'last_name', autocomplete: 'family-name', required: true, maxlength: 100 });
  const email = field({ label: 'Email', name: 'email', type: 'email', autocomplete: 'email', required: true });
  const password = field({ label: 'Password', name: 'password', type: 'password', autocomplete: 'new-password', required: true, hint: 'At least 8 characters.' });
  const alert = alertBox();
  const submit = h('button', { type: 'submit', class: 'btn primary block' }, 'Create owner account');
  const form = h('form', { novalidate: true, 'aria-label': 'Create the owner account' },
    alert, company, h('div', { class: 'field-row' }, first, last), email, password, submit);
  replace(root, authPage(brand(), h('h1', {}, 'Welcome to Bivouac'),
    h('p', { class: 'lede' }, 'Create the owner account. You can invite your colleagues right after.'), form));
  first.input.focus();
  onSubmit(form, submit, alert, async () => {
    const s = await api.post('/api/setup', {
      token,
      company_name: company.input.value,
      first_name: first.input.value,
      last_name: last.input.value,
      email: email.input.value,
      password: password.input.value,
    });
    setCsrf(s.csrf_token);
    history.replaceState(null, '', '/');
    onSignedIn(s);
  }, (code) => ({ invalid_email: email, weak_password: password, invalid_password: password }[code]));
}

export function renderLogin(root, onSignedIn, notice) {
  const email = field({ label: 'Email', name: 'email', type: 'email', autocomplete: 'username', required: true });
  const password = field({ label: 'Password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const alert = alertBox();
  const submit = h('button', { type: 'submit', class: 'btn primary block' }, 'Sign in');
  const form = h('form', { novalidate: true, 'aria-label': 'Sign in' }, alert, email, password, submit);
  replace(root, authPage(brand(), h('h1', {}, 'Sign in'),
    h('p', { class: 'lede' }, 'Welcome back.'), form,
    h('p', { class: 'auth-foot' }, h('a', { href: '/forgot' }, 'Forgot your password?'))));
  if (notice) alert.show(notice, 'info');
  email.input.focus();
  onSubmit(form, submit, alert, async () => {
    const s = await api.post('/api/session', { email: email.input.value, password: password.input.value });
    setCsrf(s.csrf_token);
    if (location.pathname === '/login') history.replaceState(null, '', '/');
    onSignedIn(s);
  });
}

export function renderNoSetup(root) {
  replace(root, authPage(brand(), h('h1', {}, 'Almost there'),
    h('p', { class: 'lede' }, 'This Bivouac has no owner yet. Open the one-time setup link that the server printed when it ' +
      'started (it is also in setup-link.txt in the data directory).')));
}
