// The pages before sign-in: first-run setup, sign in, accepting an invitation, and resetting a
// forgotten password.

import { h, replace, avatar } from '../dom.js';
import { api, setCsrf, ApiError } from '../api.js';
import { field, alertBox, onSubmit, brand, checkFields, need } from '../ui.js';
import { t } from '../i18n.js';

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
    replace(root, authPage(brand(), h('h1', {}, t('setup-already-title')),
      h('p', { class: 'lede' }, t('setup-already-text')),
      h('a', { class: 'btn primary block', href: '/login', 'data-reload': true }, t('sign-in'))));
    return;
  }
  if (!token) {
    replace(root, authPage(brand(), h('h1', {}, t('setup-no-token-title')),
      h('p', { class: 'lede' }, t('setup-no-token-text'))));
    return;
  }
  const company = field({ label: t('field-company-name'), name: 'company', autocomplete: 'organization', required: true, maxlength: 100, hint: t('setup-company-hint') });
  const first = field({ label: t('field-first-name'), name: 'first_name', autocomplete: 'given-name', required: true, maxlength: 100 });
  const last = field({ label: t('field-last-name'), name: 'last_name', autocomplete: 'family-name', required: true, maxlength: 100 });
  const email = field({ label: t('field-email'), name: 'email', type: 'email', autocomplete: 'email', required: true });
  const password = field({ label: t('field-password'), name: 'password', type: 'password', autocomplete: 'new-password', required: true, hint: t('password-hint', { min: 8 }) });
  const alert = alertBox();
  const submit = h('button', { type: 'submit', class: 'btn primary block' }, t('setup-submit'));
  const form = h('form', { novalidate: true, 'aria-label': t('setup-form-label') },
    alert, company, h('div', { class: 'field-row' }, first, last), email, password, submit);
  replace(root, authPage(brand(), h('h1', {}, t('setup-title')),
    h('p', { class: 'lede' }, t('setup-lede')), form));
  company.input.focus();
  onSubmit(form, submit, alert, async () => {
    if (!checkFields([
      [company, need.text(company, t('need-company'))],
      [first, need.text(first, t('need-first-name'))],
      [last, need.text(last, t('need-last-name'))],
      [email, need.email(email)],
      [password, need.password(password)],
    ])) return;
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
  }, (code, message) => {
    // The server names the field in its message, in the same words as the labels here.
    if (code === 'invalid_name') return message.includes(t('field-company-name')) ? company : message.includes(t('field-last-name')) ? last : first;
    return { invalid_email: email, weak_password: password, invalid_password: password }[code];
  });
}

export function renderLogin(root, onSignedIn, notice) {
  const email = field({ label: t('field-email'), name: 'email', type: 'email', autocomplete: 'username', required: true });
  const password = field({ label: t('field-password'), name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const alert = alertBox();
  const submit = h('button', { type: 'submit', class: 'btn primary block' }, t('sign-in'));
  const form = h('form', { novalidate: true, 'aria-label': t('sign-in') }, alert, email, password, submit);
  replace(root, authPage(brand(), h('h1', {}, t('sign-in')),
    h('p', { class: 'lede' }, t('login-lede')), form,
    h('p', { class: 'auth-foot' }, h('a', { href: '/forgot', 'data-reload': true }, t('forgot-link')))));
  if (notice) alert.show(notice, 'info');
  email.input.focus();
  onSubmit(form, submit, alert, async () => {
    if (!checkFields([
      [email, need.text(email, t('need-login-email'))],
      [password, password.input.value ? null : t('need-login-password')],
    ])) return;
    const s = await api.post('/api/session', { email: email.input.value, password: password.input.value });
    setCsrf(s.csrf_token);
    if (location.pathname === '/login') history.replaceState(null, '', '/');
    onSignedIn(s);
  });
}

export function renderNoSetup(root) {
  replace(root, authPage(brand(), h('h1', {}, t('no-setup-title')),
    h('p', { class: 'lede' }, t('no-setup-text'))));
}

// Links on these pages load the page afresh: the signed-in router is not running yet.
function signInLink(text = t('go-to-sign-in'), cls = 'btn primary block') {
  return h('a', { class: cls, href: '/login', 'data-reload': true }, text);
}

// Reads ?token=… and takes it out of the address bar, history and screenshots.
function takeToken(path) {
  const token = new URLSearchParams(location.search).get('token') || '';
  history.replaceState(null, '', path);
  return token;
}

// A new password typed twice; `.check()` says (on the field) when they differ or are short.
function newPasswordFields() {
  const password = field({ label: t('field-password'), name: 'password', type: 'password', autocomplete: 'new-password', required: true, hint: t('password-hint', { min: 8 }) });
  const repeat = field({ label: t('field-password-repeat'), name: 'password_repeat', type: 'password', autocomplete: 'new-password', required: true });
  const check = () => checkFields([
    [password, need.password(password)],
    [repeat, repeat.input.value ? null : t('need-password-again')],
    [repeat, password.input.value !== repeat.input.value ? t('passwords-differ') : null],
  ]);
  return { password, repeat, check };
}

// The link from an invitation email: /invite?token=…
export async function renderInvite(root, onSignedIn) {
  const token = takeToken('/invite');
  if (!token) {
    replace(root, authPage(brand(), h('h1', {}, t('invite-no-token-title')),
      h('p', { class: 'lede' }, t('invite-no-token-text')),
      signInLink(t('invite-have-account'), 'btn block')));
    return;
  }
  let inv;
  try {
    inv = await api.get(`/api/invitations/lookup?token=${encodeURIComponent(token)}`);
  } catch (e) {
    const gone = e instanceof ApiError && e.status === 410;
    replace(root, authPage(brand(), h('h1', {}, gone ? t('invite-gone-title') : t('invite-failed-title')),
      h('p', { class: 'alert error', role: 'alert' }, e.message),
      h('div', { class: 'auth-actions' },
        gone ? signInLink() : h('button', { class: 'btn primary block', type: 'button', onclick: () => location.reload() }, t('try-again')),
        gone ? null : signInLink(t('go-to-sign-in'), 'btn block'))));
    return;
  }
  const { password, repeat, check } = newPasswordFields();
  const alert = alertBox();
  const company = inv.company_name || t('invite-the-team');
  const join = inv.company_name ? t('invite-join', { company }) : t('invite-join-team');
  const submit = h('button', { type: 'submit', class: 'btn primary block' }, join);
  const form = h('form', { novalidate: true, 'aria-label': t('invite-form-label') }, alert, password, repeat, submit);
  const who = { id: inv.email, first_name: inv.first_name, last_name: inv.last_name };
  replace(root, authPage(brand(inv.company_name || undefined), h('h1', {}, join),
    h('p', { class: 'lede invite-lede' }, t('invite-lede', {
      inviter: inv.inviter || t('invite-your-admin'), company, role: inv.role,
    })),
    h('div', { class: 'invitee' }, avatar(who, 'md'),
      h('div', { class: 'who' }, h('strong', {}, `${inv.first_name} ${inv.last_name}`.trim()), h('span', {}, inv.email))),
    form,
    h('p', { class: 'auth-foot' }, t('invite-foot', { email: inv.email }))));
  password.input.focus();
  onSubmit(form, submit, alert, async () => {
    if (!check()) return;
    const s = await api.post('/api/invitations/accept', { token, password: password.input.value });
    setCsrf(s.csrf_token);
    history.replaceState(null, '', '/');
    onSignedIn(s);
  }, (code) => ({ weak_password: password, invalid_password: password }[code]));
}

// "Forgot your password?": asks for the email and always says the same thing.
export function renderForgot(root) {
  const email = field({ label: t('field-email'), name: 'email', type: 'email', autocomplete: 'username', required: true });
  const alert = alertBox();
  const submit = h('button', { type: 'submit', class: 'btn primary block' }, t('forgot-submit'));
  const form = h('form', { novalidate: true, 'aria-label': t('forgot-form-label') }, alert, email, submit);
  replace(root, authPage(brand(), h('h1', {}, t('forgot-link')),
    h('p', { class: 'lede' }, t('forgot-lede')), form,
    h('p', { class: 'auth-foot' }, h('a', { href: '/login', 'data-reload': true }, t('back-to-sign-in')))));
  email.input.focus();
  onSubmit(form, submit, alert, async () => {
    if (!email.input.value.trim()) {
      email.setError(t('need-your-email'));
      email.input.focus();
      return;
    }
    await api.post('/api/password-reset', { email: email.input.value.trim() });
    replace(root, authPage(brand(), h('h1', {}, t('forgot-sent-title')),
      h('p', { class: 'alert success', role: 'status' }, t('forgot-sent-text')),
      h('p', { class: 'lede' }, t('forgot-sent-lede')),
      signInLink(t('back-to-sign-in'), 'btn block')));
  });
}

// The link from a password-reset email: /reset?token=…
export function renderReset(root, onSignedIn) {
  const token = takeToken('/reset');
  if (!token) {
    replace(root, authPage(brand(), h('h1', {}, t('reset-no-token-title')),
      h('p', { class: 'lede' }, t('reset-no-token-text')),
      h('a', { class: 'btn primary block', href: '/forgot', 'data-reload': true }, t('reset-ask-new'))));
    return;
  }
  const { password, repeat, check } = newPasswordFields();
  password.querySelector('label').textContent = t('field-new-password');
  repeat.querySelector('label').textContent = t('field-new-password-repeat');
  const alert = alertBox();
  const submit = h('button', { type: 'submit', class: 'btn primary block' }, t('reset-submit'));
  const form = h('form', { novalidate: true, 'aria-label': t('reset-title') }, alert, password, repeat, submit);
  replace(root, authPage(brand(), h('h1', {}, t('reset-title')),
    h('p', { class: 'lede' }, t('reset-lede')), form));
  password.input.focus();
  onSubmit(form, submit, alert, async () => {
    if (!check()) return;
    try {
      const s = await api.post('/api/password-reset/complete', { token, password: password.input.value });
      setCsrf(s.csrf_token);
      history.replaceState(null, '', '/');
      onSignedIn(s);
    } catch (e) {
      if (e instanceof ApiError && e.status === 410) {
        replace(root, authPage(brand(), h('h1', {}, t('reset-gone-title')),
          h('p', { class: 'alert error', role: 'alert' }, e.message),
          h('a', { class: 'btn primary block', href: '/forgot', 'data-reload': true }, t('reset-ask-new')),
          h('p', { class: 'auth-foot' }, h('a', { href: '/login', 'data-reload': true }, t('back-to-sign-in')))));
        return;
      }
      throw e;
    }
  }, (code) => ({ weak_password: password, invalid_password: password }[code]));
}
