// Administration → Company (Owners: `session.can.change_workspace`): the company's name, its
// accent colour and its language (the default for everyone whose browser speaks none of ours,
// for invitation mails and for the bots' messages). The server keeps text readable on the colour
// in light and dark mode (it derives the shades from the colour, `GET /api/workspace` →
// `theme`); this page shows them before saving.

import { h, toast } from '../dom.js';
import { api } from '../api.js';
import { field, select, alertBox, onSubmit, checkFields, need, errorState } from '../ui.js';
import { setHeader, showMain, refreshIdentity } from '../shell.js';
import { session } from '../state.js';
import { adminSection } from './admin.js';
import { t, LANGUAGES, languageName } from '../i18n.js';

// Puts the server's stylesheet with the accent colour in force again (after a change).
export function reloadTheme() {
  const link = document.getElementById('theme-css');
  if (link) link.href = `/theme.css?v=${Date.now()}`;
}

export async function renderCompany() {
  if (!adminSection('/admin/company')) return;
  setHeader(t('company-title'), t('company-sub'));
  const box = h('div', { class: 'page company-page' }, h('div', { class: 'card', 'aria-busy': 'true' }, h('div', { class: 'skeleton line w60' })));
  showMain(box);
  let ws;
  try {
    ws = await api.get('/api/workspace');
  } catch (e) {
    box.replaceChildren(errorState(e.message, () => renderCompany()));
    return;
  }
  if (!box.isConnected) return;
  box.replaceChildren(companyForm(ws));
}

function companyForm(ws) {
  const name = field({ label: t('field-company-name'), name: 'name', value: ws.name, required: true, maxlength: 100, autocomplete: 'organization', hint: t('company-name-hint') });
  const colour = ws.accent_color || '#0f766e';
  const picker = h('input', { type: 'color', class: 'color-input', value: colour, 'aria-label': t('company-pick-colour') });
  const hex = field({ label: t('company-colour'), name: 'accent_color', value: ws.accent_color || '', maxlength: 7, placeholder: '#0f766e', autocomplete: 'off', hint: t('company-colour-hint') });
  const row = h('div', { class: 'color-row' });
  hex.input.replaceWith(row);
  row.append(picker, hex.input);
  const language = select({
    label: t('company-language'),
    name: 'language',
    options: LANGUAGES.map((l) => [l, languageName(l)]),
    value: ws.language || 'en',
    hint: t('company-language-hint'),
  });
  const preview = h('div', { class: 'theme-preview', 'aria-live': 'polite' });
  const alert = alertBox();
  const save = h('button', { type: 'submit', class: 'btn primary' }, t('save'));
  const reset = h('button', { type: 'button', class: 'btn' }, t('company-colour-reset'));
  const form = h('form', { class: 'card stack', novalidate: true, 'aria-label': t('company-form-label') },
    alert, name, hex, preview, language, h('div', { class: 'row wrap' }, save, reset));
  const drawPreview = (theme) => {
    preview.replaceChildren();
    if (!theme) {
      preview.append(h('p', { class: 'muted small' }, t('company-colour-own')));
      return;
    }
    preview.append(h('p', { class: 'muted small' }, t('company-colour-shades')),
      h('div', { class: 'row wrap' },
        swatch(t('company-light-mode'), theme.light), swatch(t('company-dark-mode'), theme.dark)));
  };
  drawPreview(ws.theme);
  picker.addEventListener('input', () => { hex.input.value = picker.value; });
  hex.input.addEventListener('input', () => {
    if (/^#[0-9a-f]{6}$/i.test(hex.input.value.trim())) picker.value = hex.input.value.trim().toLowerCase();
  });
  reset.addEventListener('click', () => {
    hex.input.value = '';
    form.requestSubmit();
  });
  onSubmit(form, save, alert, async () => {
    if (!checkFields([[name, need.text(name, t('need-company-name'))]])) return;
    const v = hex.input.value.trim();
    const updated = await api.patch('/api/workspace', {
      name: name.input.value, accent_color: v || null, language: language.input.value,
    });
    session.company_name = updated.name;
    session.workspace_language = updated.language;
    refreshIdentity();
    reloadTheme();
    drawPreview(updated.theme);
    toast(t('company-saved'));
  }, (code, message) => (code === 'invalid_color' ? hex
    : code === 'invalid_language' ? language
      : code === 'invalid_name' && message.includes(t('field-company-name')) ? name : null));
  return form;
}

function swatch(label, shades) {
  return h('div', { class: 'swatch' },
    h('span', { class: 'swatch-chip', ref: (el) => {
      el.style.background = shades.accent;
      el.style.color = shades.on_accent;
    } }, 'Aa'),
    h('span', { class: 'small' }, t('company-swatch', { mode: label, colour: shades.accent })));
}
