// The pages before sign-in: first-run setup, sign in, accepting an invitation, and resetting a
// forgotten password.

import { h, replace, avatar } from '../dom.js';
import { api, setCsrf, ApiError } from '../api.js';
import { field, alertBox, onSubmit, brand, checkFields, need } from '../ui.js';

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
      h('a', { class: 'btn primary block', href: '/login', 'data-reload': true }, 'Sign in')));
    return;
  }
  if (!token) {
    replace(root, authPage(brand(), h('h1', {}, 'Set up Bivouac'),
      h('p', { class: 'lede' }, 'Open the one-time setup link that the server printed when it started. ' +
        'It is also in the file setup-link.txt in the data directory.')));
    return;
  }
  const company = field({ label: 'Company name', name: 'company', autocomplete: 'organization', required: true, maxlength: 100, hint: 'Shown to everyone you invite. You can change it later.' });
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
  company.input.focus();
  onSubmit(form, submit, alert, async () => {
    if (!checkFields([
      [company, need.text(company, 'Enter the name of your company (or team).')],
      [first, need.text(first, 'Enter your first name.')],
      [last, need.text(last, 'Enter your last name.')],
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
    if (code === 'invalid_name') return /^company/i.test(message) ? company : /^last/i.test(message) ? last : first;
    return { invalid_email: email, weak_password: password, invalid_password: password }[code];
  });
}

export function renderLogin(root, onSignedIn, notice) {
  const email = field({ label: 'Email', name: 'email', type: 'email', autocomplete: 'username', required: true });
  const password = field({ label: 'Password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const alert = alertBox();
  const submit = h('button', { type: 'submit', class: 'btn primary block' }, 'Sign in');
  const form = h('form', { novalidate: true, 'aria-label': 'Sign in' }, alert, email, password, submit);
  replace(root, authPage(brand(), h('h1', {}, 'Sign in'),
    h('p', { class: 'lede' }, 'Welcome back.'), form,
    h('p', { class: 'auth-foot' }, h('a', { href: '/forgot', 'data-reload': true }, 'Forgot your password?'))));
  if (notice) alert.show(notice, 'info');
  email.input.focus();
  onSubmit(form, submit, alert, async () => {
    if (!checkFields([
      [email, need.text(email, 'Enter the email address you sign in with.')],
      [password, password.input.value ? null : 'Enter your password.'],
    ])) return;
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

const ROLE_WITH_ARTICLE = {
  owner: 'an owner', admin: 'an administrator', integrator: 'an integrator', employee: 'an employee', freelancer: 'a freelancer',
};

// Links on these pages load the page afresh: the signed-in router is not running yet.
function signInLink(text = 'Go to sign in', cls = 'btn primary block') {
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
  const password = field({ label: 'Password', name: 'password', type: 'password', autocomplete: 'new-password', required: true, hint: 'At least 8 characters.' });
  const repeat = field({ label: 'Repeat the password', name: 'password_repeat', type: 'password', autocomplete: 'new-password', required: true });
  const check = () => checkFields([
    [password, need.password(password)],
    [repeat, repeat.input.value ? null : 'Type the password again.'],
    [repeat, password.input.value !== repeat.input.value ? 'The passwords do not match. Type the same password twice.' : null],
  ]);
  return { password, repeat, check };
}

// The link from an invitation email: /invite?token=…
export async function renderInvite(root, onSignedIn) {
  const token = takeToken('/invite');
  if (!token) {
    replace(root, authPage(brand(), h('h1', {}, 'Open your invitation link'),
      h('p', { class: 'lede' }, 'Use the link in the invitation email you received. It works once, for 7 days.'),
      signInLink('I already have an account', 'btn block')));
    return;
  }
  let inv;
  try {
    inv = await api.get(`/api/invitations/lookup?token=${encodeURIComponent(token)}`);
  } catch (e) {
    const gone = e instanceof ApiError && e.status === 410;
    replace(root, authPage(brand(), h('h1', {}, gone ? 'This invitation link does not work' : 'Cannot open the invitation'),
      h('p', { class: 'alert error', role: 'alert' }, e.message),
      h('div', { class: 'auth-actions' },
        gone ? signInLink() : h('button', { class: 'btn primary block', type: 'button', onclick: () => location.reload() }, 'Try again'),
        gone ? null : signInLink('Go to sign in', 'btn block'))));
    return;
  }
  const { password, repeat, check } = newPasswordFields();
  const alert = alertBox();
  const company = inv.company_name || 'the team';
  const submit = h('button', { type: 'submit', class: 'btn primary block' }, `Join ${company}`);
  const form = h('form', { novalidate: true, 'aria-label': 'Set your password' }, alert, password, repeat, submit);
  const who = { id: inv.email, first_name: inv.first_name, last_name: inv.last_name };
  replace(root, authPage(brand(company), h('h1', {}, `Join ${company}`),
    h('p', { class: 'lede invite-lede' }, `${inv.inviter || 'Your administrator'} invited you to join ${company} as ${ROLE_WITH_ARTICLE[inv.role] || inv.role}.`),
    h('div', { class: 'invitee' }, avatar(who, 'md'),
      h('div', { class: 'who' }, h('strong', {}, `${inv.first_name} ${inv.last_name}`.trim()), h('span', {}, inv.email))),
    form,
    h('p', { class: 'auth-foot' }, `Set a password to finish. You sign in with ${inv.email} from now on.`)));
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
  const email = field({ label: 'Email', name: 'email', type: 'email', autocomplete: 'username', required: true });
  const alert = alertBox();
  const submit = h('button', { type: 'submit', class: 'btn primary block' }, 'Send me a link');
  const form = h('form', { novalidate: true, 'aria-label': 'Reset your password' }, alert, email, submit);
  replace(root, authPage(brand(), h('h1', {}, 'Forgot your password?'),
    h('p', { class: 'lede' }, 'Enter the email you sign in with. We will send you a link to set a new password.'), form,
    h('p', { class: 'auth-foot' }, h('a', { href: '/login', 'data-reload': true }, 'Back to sign in'))));
  email.input.focus();
  onSubmit(form, submit, alert, async () => {
    if (!email.input.value.trim()) {
      email.setError('Enter your email address.');
      email.input.focus();
      return;
    }
    await api.post('/api/password-reset', { email: email.input.value.trim() });
    replace(root, authPage(brand(), h('h1', {}, 'Check your email'),
      h('p', { class: 'alert success', role: 'status' }, 'If that address belongs to an account, a link is on its way. It works once, for an hour.'),
      h('p', { class: 'lede' }, 'Nothing arrived? Check the spam folder, or ask your administrator.'),
      signInLink('Back to sign in', 'btn block')));
  });
}

// The link from a password-reset email: /reset?token=…
export function renderReset(root, onSignedIn) {
  const token = takeToken('/reset');
  if (!token) {
    replace(root, authPage(brand(), h('h1', {}, 'Open your reset link'),
      h('p', { class: 'lede' }, 'Use the link in the password reset email. If it expired, ask for a new one.'),
      h('a', { class: 'btn primary block', href: '/forgot', 'data-reload': true }, 'Ask for a new link')));
    return;
  }
  const { password, repeat, check } = newPasswordFields();
  password.querySelector('label').textContent = 'New password';
  repeat.querySelector('label').textContent = 'Repeat the new password';
  const alert = alertBox();
  const submit = h('button', { type: 'submit', class: 'btn primary block' }, 'Set password and sign in');
  const form = h('form', { novalidate: true, 'aria-label': 'Set a new password' }, alert, password, repeat, submit);
  replace(root, authPage(brand(), h('h1', {}, 'Set a new password'),
    h('p', { class: 'lede' }, 'Choose a new password. You will be signed out everywhere else.'), form));
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
        replace(root, authPage(brand(), h('h1', {}, 'This link does not work any more'),
          h('p', { class: 'alert error', role: 'alert' }, e.message),
          h('a', { class: 'btn primary block', href: '/forgot', 'data-reload': true }, 'Ask for a new link'),
          h('p', { class: 'auth-foot' }, h('a', { href: '/login', 'data-reload': true }, 'Back to sign in'))));
        return;
      }
      throw e;
    }
  }, (code) => ({ weak_password: password, invalid_password: password }[code]));
}
