// /me: the signed-in person's own account: their name, job title and phone (`PATCH /api/me`),
// their language (`PATCH /api/me {language}`; null follows the browser), and their password
// (`POST /api/me/password`: the current one is asked for, and every other session of theirs
// ends). Reached from the person menu in the rail.

import { h, icon, avatar, fullName, toast } from '../dom.js';
import { api } from '../api.js';
import { field, select, alertBox, onSubmit, checkFields, need } from '../ui.js';
import { setSection, setHeader, showMain, closePanel, refreshIdentity } from '../shell.js';
import { session } from '../state.js';
import { remember } from '../people-cache.js';
import { nameFieldFor } from './people-common.js';
import { t, LANGUAGES, languageName, browserLanguage, loadLanguage } from '../i18n.js';

export function renderAccount() {
  closePanel();
  setSection('me', t('account-title'), (body) => {
    body.append(h('nav', { 'aria-label': t('account-title') },
      h('a', { class: 'nav-item', href: '/me', 'aria-current': 'page' }, icon('edit'), h('span', { class: 'name' }, t('account-nav')))));
  });
  setHeader(t('account-title'), session.company_name);
  showMain(h('div', { class: 'page account-page' }, profileCard(), languageCard(), passwordCard()));
}

function profileCard() {
  const me = session.person;
  const first = field({ label: t('field-first-name'), name: 'first_name', value: me.first_name, autocomplete: 'given-name', required: true, maxlength: 100 });
  const last = field({ label: t('field-last-name'), name: 'last_name', value: me.last_name, autocomplete: 'family-name', required: true, maxlength: 100 });
  const title = field({ label: t('field-title'), name: 'title', value: me.title || '', autocomplete: 'organization-title', maxlength: 100, placeholder: t('field-title-example') });
  const phone = field({ label: t('field-phone'), name: 'phone', type: 'tel', value: me.phone || '', autocomplete: 'tel', maxlength: 40, placeholder: '+1 555 0100' });
  const alert = alertBox();
  const save = h('button', { type: 'submit', class: 'btn primary' }, t('save'));
  const hero = h('div', { class: 'person-hero' }, avatar(me, 'lg'),
    h('div', { class: 'who' }, h('h3', { class: 'account-name' }, fullName(me)), h('p', { class: 'muted' }, me.email)));
  const form = h('form', { class: 'card stack', novalidate: true, 'aria-label': t('account-profile-label') },
    h('h2', {}, t('account-profile-title')), hero, alert, h('div', { class: 'field-row' }, first, last), title, phone,
    h('div', { class: 'row' }, save));
  onSubmit(form, save, alert, async () => {
    if (!checkFields([
      [first, need.text(first, t('need-first-name'))],
      [last, need.text(last, t('need-last-name'))],
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
    toast(t('account-profile-saved'));
  }, (code, message) => {
    if (code === 'invalid_phone') return phone;
    if (code === 'invalid_name') {
      if (message.includes(t('field-title'))) return title;
      if (message.includes(t('field-phone'))) return phone;
      return nameFieldFor(message, first, last);
    }
    return null;
  });
  return form;
}

// The person's language: one of ours, or "as the browser" (null), which the server also follows.
function languageCard() {
  const browser = browserLanguage();
  const follow = browser
    ? t('account-language-browser', { language: languageName(browser) })
    : t('account-language-browser-none', { language: languageName(session.workspace_language || 'en') });
  const choice = select({
    label: t('account-language'),
    name: 'language',
    options: [['', follow], ...LANGUAGES.map((l) => [l, languageName(l)])],
    value: session.person.language || '',
    hint: t('account-language-hint'),
  });
  const alert = alertBox();
  const save = h('button', { type: 'submit', class: 'btn primary' }, t('save'));
  const form = h('form', { class: 'card stack', novalidate: true, 'aria-label': t('account-language') },
    h('h2', {}, t('account-language')), alert, choice, h('div', { class: 'row' }, save));
  onSubmit(form, save, alert, async () => {
    const language = choice.input.value || null;
    const updated = await api.patch('/api/me', { language });
    session.person.language = updated.language;
    try {
      if (updated.language) localStorage.setItem('bivouac.language', updated.language);
      else localStorage.removeItem('bivouac.language');
    } catch { /* the browser keeps nothing: fine */ }
    // Redraws the whole screen in the new language (this page included).
    await loadLanguage(updated.language, session.workspace_language);
    toast(t('account-language-saved'));
  });
  return form;
}

function passwordCard() {
  const current = field({ label: t('field-current-password'), name: 'current_password', type: 'password', autocomplete: 'current-password', required: true });
  const password = field({ label: t('field-new-password'), name: 'password', type: 'password', autocomplete: 'new-password', required: true, hint: t('password-hint', { min: 8 }) });
  const repeat = field({ label: t('field-new-password-repeat'), name: 'password_repeat', type: 'password', autocomplete: 'new-password', required: true });
  const alert = alertBox();
  const save = h('button', { type: 'submit', class: 'btn primary' }, t('account-password-submit'));
  const form = h('form', { class: 'card stack', novalidate: true, 'aria-label': t('account-password-label') },
    h('h2', {}, t('field-password')),
    h('p', { class: 'muted small' }, t('account-password-hint')),
    alert, current, password, repeat, h('div', { class: 'row' }, save));
  onSubmit(form, save, alert, async () => {
    if (!checkFields([
      [current, current.input.value ? null : t('need-current-password')],
      [password, need.password(password)],
      [repeat, repeat.input.value ? null : t('need-new-password-again')],
      [repeat, password.input.value !== repeat.input.value ? t('passwords-differ') : null],
    ])) return;
    await api.post('/api/me/password', { current_password: current.input.value, password: password.input.value });
    for (const f of [current, password, repeat]) f.input.value = '';
    alert.show(t('account-password-saved'), 'success');
  }, (code) => ({ wrong_current_password: current, weak_password: password, invalid_password: password }[code] || null));
  return form;
}
