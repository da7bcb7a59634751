// /me: the signed-in person's own account: their name, job title and phone (`PATCH /api/me`) and
// their password (`POST /api/me/password`: the current one is asked for, and every other session
// of theirs ends). Reached from the person menu in the rail.

import { h, icon, avatar, fullName, toast } from '../dom.js';
import { api } from '../api.js';
import { field, alertBox, onSubmit, checkFields, need } from '../ui.js';
import { setSection, setHeader, showMain, closePanel, refreshIdentity } from '../shell.js';
import { session } from '../state.js';
import { remember } from '../people-cache.js';
import { nameFieldFor } from './people-common.js';

export function renderAccount() {
  closePanel();
  setSection('me', 'Your account', (body) => {
    body.append(h('nav', { 'aria-label': 'Your account' },
      h('a', { class: 'nav-item', href: '/me', 'aria-current': 'page' }, icon('edit'), h('span', { class: 'name' }, 'Name and password'))));
  });
  setHeader('Your account', session.company_name);
  showMain(h('div', { class: 'page account-page' }, profileCard(), passwordCard()));
}

function profileCard() {
  const me = session.person;
  const first = field({ label: 'First name', name: 'first_name', value: me.first_name, autocomplete: 'given-name', required: true, maxlength: 100 });
  const last = field({ label: 'Last name', name: 'last_name', value: me.last_name, autocomplete: 'family-name', required: true, maxlength: 100 });
  const title = field({ label: 'Job title', name: 'title', value: me.title || '', autocomplete: 'organization-title', maxlength: 100, placeholder: 'e.g. Sales manager' });
  const phone = field({ label: 'Phone', name: 'phone', type: 'tel', value: me.phone || '', autocomplete: 'tel', maxlength: 40, placeholder: '+1 555 0100' });
  const alert = alertBox();
  const save = h('button', { type: 'submit', class: 'btn primary' }, 'Save');
  const hero = h('div', { class: 'person-hero' }, avatar(me, 'lg'),
    h('div', { class: 'who' }, h('h3', { class: 'account-name' }, fullName(me)), h('p', { class: 'muted' }, me.email)));
  const form = h('form', { class: 'card stack', novalidate: true, 'aria-label': 'Your name and job title' },
    h('h2', {}, 'Name and job title'), hero, alert, h('div', { class: 'field-row' }, first, last), title, phone,
    h('div', { class: 'row' }, save));
  onSubmit(form, save, alert, async () => {
    if (!checkFields([
      [first, need.text(first, 'Enter your first name.')],
      [last, need.text(last, 'Enter your last name.')],
    ])) return;
    const updated = await api.patch('/api/me', {
      first_name: first.input.value,
      last_name: last.input.value,
      title: title.input.value,
      phone: phone.input.value,
    });
    Object.assign(session.person, updated);
    remember(updated);
    refreshIdentity();
    hero.querySelector('.account-name').textContent = fullName(updated);
    toast('Your name and job title are saved.');
  }, (code, message) => {
    if (code === 'invalid_phone') return phone;
    if (code === 'invalid_name') {
      if (/^title/i.test(message)) return title;
      if (/^phone/i.test(message)) return phone;
      return nameFieldFor(message, first, last);
    }
    return null;
  });
  return form;
}

function passwordCard() {
  const current = field({ label: 'Current password', name: 'current_password', type: 'password', autocomplete: 'current-password', required: true });
  const password = field({ label: 'New password', name: 'password', type: 'password', autocomplete: 'new-password', required: true, hint: 'At least 8 characters.' });
  const repeat = field({ label: 'Repeat the new password', name: 'password_repeat', type: 'password', autocomplete: 'new-password', required: true });
  const alert = alertBox();
  const save = h('button', { type: 'submit', class: 'btn primary' }, 'Change password');
  const form = h('form', { class: 'card stack', novalidate: true, 'aria-label': 'Change your password' },
    h('h2', {}, 'Password'),
    h('p', { class: 'muted small' }, 'Changing it signs you out on your other devices and browsers; this one stays signed in.'),
    alert, current, password, repeat, h('div', { class: 'row' }, save));
  onSubmit(form, save, alert, async () => {
    if (!checkFields([
      [current, current.input.value ? null : 'Enter the password you use now.'],
      [password, need.password(password)],
      [repeat, repeat.input.value ? null : 'Type the new password again.'],
      [repeat, password.input.value !== repeat.input.value ? 'The passwords do not match. Type the same password twice.' : null],
    ])) return;
    await api.post('/api/me/password', { current_password: current.input.value, password: password.input.value });
    for (const f of [current, password, repeat]) f.input.value = '';
    alert.show('Your password is changed. You were signed out everywhere else.', 'success');
  }, (code) => ({ wrong_current_password: current, weak_password: password, invalid_password: password }[code] || null));
  return form;
}
