// Administration → Company (Owners: `session.can.change_workspace`): the company's name and its
// accent colour. The server keeps text readable on the colour in light and dark mode (it derives
// the shades from the colour, `GET /api/workspace` → `theme`); this page shows them before saving.

import { h, toast } from '../dom.js';
import { api } from '../api.js';
import { field, alertBox, onSubmit, checkFields, need, errorState } from '../ui.js';
import { setHeader, showMain, refreshIdentity } from '../shell.js';
import { session } from '../state.js';
import { adminSection } from './admin.js';

// Puts the server's stylesheet with the accent colour in force again (after a change).
export function reloadTheme() {
  const link = document.getElementById('theme-css');
  if (link) link.href = `/theme.css?v=${Date.now()}`;
}

export async function renderCompany() {
  if (!adminSection('/admin/company')) return;
  setHeader('Company', 'Name and colour, for everyone in the workspace');
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
  const name = field({ label: 'Company name', name: 'name', value: ws.name, required: true, maxlength: 100, autocomplete: 'organization', hint: 'Shown above the sidebar, in invitations and in their emails.' });
  const colour = ws.accent_color || '#0f766e';
  const picker = h('input', { type: 'color', class: 'color-input', value: colour, 'aria-label': 'Pick the accent colour' });
  const hex = field({ label: 'Accent colour', name: 'accent_color', value: ws.accent_color || '', maxlength: 7, placeholder: '#0f766e', autocomplete: 'off', hint: 'Your company colour, as # and six hexadecimal digits. Empty: Bivouac’s own teal.' });
  const row = h('div', { class: 'color-row' });
  hex.input.replaceWith(row);
  row.append(picker, hex.input);
  const preview = h('div', { class: 'theme-preview', 'aria-live': 'polite' });
  const alert = alertBox();
  const save = h('button', { type: 'submit', class: 'btn primary' }, 'Save');
  const reset = h('button', { type: 'button', class: 'btn' }, 'Use Bivouac’s colour');
  const form = h('form', { class: 'card stack', novalidate: true, 'aria-label': 'Company name and colour' },
    alert, name, hex, preview, h('div', { class: 'row wrap' }, save, reset));
  const drawPreview = (theme) => {
    preview.replaceChildren();
    if (!theme) {
      preview.append(h('p', { class: 'muted small' }, 'Bivouac’s own colour is in use.'));
      return;
    }
    preview.append(h('p', { class: 'muted small' }, 'So that text stays readable (contrast of at least 4.5:1), Bivouac uses these shades:'),
      h('div', { class: 'row wrap' },
        swatch('Light mode', theme.light), swatch('Dark mode', theme.dark)));
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
    if (!checkFields([[name, need.text(name, 'Enter the company name.')]])) return;
    const v = hex.input.value.trim();
    const updated = await api.patch('/api/workspace', { name: name.input.value, accent_color: v || null });
    session.company_name = updated.name;
    refreshIdentity();
    reloadTheme();
    drawPreview(updated.theme);
    toast('The company’s name and colour are saved. Others see them when they next open Bivouac.');
  }, (code, message) => (code === 'invalid_color' ? hex : code === 'invalid_name' && /^company/i.test(message) ? name : null));
  return form;
}

function swatch(label, shades) {
  return h('div', { class: 'swatch' },
    h('span', { class: 'swatch-chip', ref: (el) => {
      el.style.background = shades.accent;
      el.style.color = shades.on_accent;
    } }, 'Aa'),
    h('span', { class: 'small' }, `${label}: ${shades.accent}`));
}
