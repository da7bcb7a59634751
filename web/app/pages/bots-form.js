// A bot's form drawn from its field definitions (the twelve types of API.md), with each field's
// error beside it: checked here as the server checks (required, limits, formats) and, when the
// server still refuses, its message shown on the form. Money is typed as a decimal and sent as
// integer minor units with its currency; a file is uploaded first (with its progress, and a way
// to cancel) and sent as its upload's id: the server records its name, size and SHA-256.

import { h, fullName } from '../dom.js';
import { t } from '../i18n.js';
import { fetchAtLeast } from '../paged.js';
import { loadDepartments } from './people-common.js';
import { uploadFile, formatSize } from './attachments.js';

let seq = 0;

// Digits after the point for a currency (ISO 4217 minor units; most have 2).
export function minorDigits(currency) {
  if (['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'UGX', 'XAF', 'XOF', 'PYG', 'RWF', 'KMF', 'GNF', 'DJF', 'VUV', 'XPF', 'BIF'].includes(currency)) return 0;
  if (['BHD', 'KWD', 'JOD', 'OMR', 'TND', 'IQD', 'LYD'].includes(currency)) return 3;
  return 2;
}

// "1250.5" -> 125050 for 2 digits, without floating point; null when not a plain decimal.
export function toMinor(text, digits) {
  const s = String(text).trim().replace(/[\s\u00a0']/g, '').replace(',', '.');
  const m = s.match(/^(\d+)(?:\.(\d*))?$/);
  if (!m) return null;
  const frac = (m[2] || '');
  if (frac.length > digits) return null;
  return Number(m[1]) * 10 ** digits + Number((frac + '0'.repeat(digits)).slice(0, digits) || 0);
}

export function fromMinor(amount, currency) {
  const d = minorDigits(currency);
  if (!d) return String(amount);
  const s = String(Math.abs(amount)).padStart(d + 1, '0');
  return `${amount < 0 ? '-' : ''}${s.slice(0, -d)}.${s.slice(-d)}`;
}

let peopleList = null;
async function people() {
  peopleList = peopleList || fetchAtLeast('/api/people', 'people', 500).catch(() => []);
  return peopleList;
}

// One field: {el, get() -> {value, error}, set(value), focus()}.
function control(f, initial) {
  const id = `bf${++seq}`;
  const err = h('div', { class: 'field-error', id: `${id}-err`, 'aria-live': 'polite' });
  const described = { 'aria-describedby': `${id}-err` };
  let input;
  let get;
  const required = f.required;
  const blank = () => ({ value: undefined, error: required ? t('bots-field-required') : null });
  const lengthError = (n) => {
    if (f.min != null && n < f.min) return t('bots-field-min-length', { min: f.min });
    if (f.max != null && n > f.max) return t('bots-field-max-length', { max: f.max });
    return null;
  };
  const rangeError = (n) => {
    if (f.min != null && n < f.min) return t('bots-field-min', { min: f.min });
    if (f.max != null && n > f.max) return t('bots-field-max', { max: f.max });
    return null;
  };
  switch (f.type) {
    case 'long_text':
    case 'text': {
      input = f.type === 'text'
        ? h('input', { class: 'input', id, type: 'text', value: initial ?? '', ...described })
        : h('textarea', { class: 'input', id, rows: '3', ...described });
      if (f.type === 'long_text') input.value = initial ?? '';
      get = () => {
        const v = input.value.trim();
        if (!v) return blank();
        return { value: v, error: lengthError([...v].length) };
      };
      break;
    }
    case 'number': {
      input = h('input', { class: 'input', id, type: 'number', step: '1', inputmode: 'numeric', value: initial ?? '', ...described });
      get = () => {
        const v = input.value.trim();
        if (!v) return blank();
        if (!/^-?\d+$/.test(v)) return { error: t('bots-field-whole-number') };
        return { value: Number(v), error: rangeError(Number(v)) };
      };
      break;
    }
    case 'money': {
      const amount = h('input', { class: 'input', id, type: 'text', inputmode: 'decimal', ...described });
      const cur = h('input', { class: 'input currency', type: 'text', maxlength: '3', 'aria-label': t('bots-currency'), value: f.currency || initial?.currency || 'EUR', readonly: !!f.currency });
      if (initial) amount.value = fromMinor(initial.amount_minor, initial.currency);
      input = h('div', { class: 'row money-input' }, amount, cur);
      input.focus = () => amount.focus();
      get = () => {
        const currency = cur.value.trim().toUpperCase();
        if (!amount.value.trim()) return blank();
        if (!/^[A-Z]{3}$/.test(currency)) return { error: t('bots-field-currency') };
        const minor = toMinor(amount.value, minorDigits(currency));
        if (minor === null) return { error: t('bots-field-amount', { digits: minorDigits(currency) }) };
        return { value: { amount_minor: minor, currency }, error: rangeError(minor) };
      };
      break;
    }
    case 'date': {
      input = h('input', { class: 'input', id, type: 'date', value: initial ?? '', ...described });
      get = () => (input.value ? { value: input.value } : blank());
      break;
    }
    case 'date_range': {
      const from = h('input', { class: 'input', id, type: 'date', 'aria-label': t('bots-from'), value: initial?.from ?? '', ...described });
      const to = h('input', { class: 'input', type: 'date', 'aria-label': t('bots-to'), value: initial?.to ?? '' });
      input = h('div', { class: 'row' }, from, h('span', {}, '–'), to);
      input.focus = () => from.focus();
      get = () => {
        if (!from.value && !to.value) return blank();
        if (!from.value || !to.value) return { error: t('bots-field-period') };
        if (to.value < from.value) return { error: t('bots-field-period-order') };
        return { value: { from: from.value, to: to.value } };
      };
      break;
    }
    case 'person':
    case 'department': {
      input = h('select', { class: 'input', id, ...described }, h('option', { value: '' }, t('bots-choose')));
      const fill = f.type === 'person'
        ? people().then((list) => list.map((p) => [p.id, fullName(p)]))
        : loadDepartments().then((list) => list.map((d) => [d.id, d.name]));
      fill.then((opts) => {
        for (const [v, label] of opts) input.append(h('option', { value: v, selected: v === initial }, label));
      }).catch(() => {});
      get = () => (input.value ? { value: input.value } : blank());
      break;
    }
    case 'choice': {
      input = h('select', { class: 'input', id, ...described }, h('option', { value: '' }, t('bots-choose')),
        (f.options || []).map((o) => h('option', { value: o, selected: o === initial }, o)));
      get = () => (input.value ? { value: input.value } : blank());
      break;
    }
    case 'multi_choice': {
      const boxes = (f.options || []).map((o) => h('input', { type: 'checkbox', value: o, checked: (initial || []).includes(o) }));
      input = h('div', { class: 'stack', id, role: 'group', ...described }, boxes.map((b) => h('label', { class: 'check' }, b, b.value)));
      input.focus = () => boxes[0]?.focus();
      get = () => {
        const picked = boxes.filter((b) => b.checked).map((b) => b.value);
        if (!picked.length) return blank();
        return { value: picked, error: rangeError(picked.length) };
      };
      break;
    }
    case 'checkbox': {
      input = h('input', { type: 'checkbox', id, checked: !!initial, ...described });
      get = () => (required && !input.checked ? { error: t('bots-field-required') } : { value: input.checked });
      break;
    }
    case 'file': {
      const fileInput = h('input', { class: 'input', id, type: 'file', ...described });
      let picked = initial || null;
      let uploading = null;
      const bar = h('progress', { max: 1, value: 0, hidden: true });
      const cancel = h('button', { type: 'button', class: 'btn ghost small', hidden: true }, t('bots-file-cancel'));
      const note = h('div', { class: 'hint' }, initial ? initial.name : '');
      const done = () => { bar.hidden = true; cancel.hidden = true; uploading = null; };
      cancel.addEventListener('click', () => uploading?.abort());
      fileInput.addEventListener('change', async () => {
        const file = fileInput.files?.[0];
        uploading?.abort();
        picked = null;
        note.textContent = '';
        err.textContent = '';
        if (!file) return;
        const up = uploadFile(file, (p) => { bar.value = p; });
        uploading = up;
        bar.value = 0; bar.hidden = false; cancel.hidden = false;
        note.textContent = t('bots-file-uploading', { name: file.name });
        try {
          const f = await up.done;
          if (uploading !== up) return;
          picked = { file_id: f.id, name: f.name, size: f.size, sha256: f.sha256 };
          note.textContent = t('bots-file-ready', { name: f.name, size: formatSize(f.size) });
        } catch (e) {
          if (uploading !== up) return;
          note.textContent = '';
          fileInput.value = '';
          if (!e.cancelled) err.textContent = e.message || t('bots-file-unreadable');
        } finally {
          if (uploading === up) done();
        }
      });
      input = h('div', { class: 'stack' }, fileInput, bar, h('div', { class: 'row' }, note, cancel));
      get = () => (uploading ? { error: t('bots-file-wait') } : picked ? { value: picked } : blank());
      break;
    }
    default:
      input = h('input', { class: 'input', id, disabled: true });
      get = () => ({ value: undefined });
  }
  const label = h('label', { for: id }, f.label, f.required ? h('span', { class: 'req-mark', 'aria-hidden': 'true' }, ' *') : null);
  const el = h('div', { class: 'field', dataset: { key: f.key } }, label, input,
    f.help ? h('div', { class: 'hint' }, f.help) : null, err);
  el.setError = (m) => { err.textContent = m || ''; };
  return { el, get, focus: () => input.focus?.(), setError: el.setError };
}

// The whole form. `values()` checks every field, shows the errors beside them and answers the
// values object, or null when something is wrong (the first wrong field gets the focus).
export function botForm(fields, initial = {}) {
  const controls = fields.map((f) => ({ f, c: control(f, initial[f.key]) }));
  const el = h('div', { class: 'bot-form' }, controls.map(({ c }) => c.el));
  return {
    el,
    values() {
      const out = {};
      let first = null;
      for (const { f, c } of controls) {
        const { value, error } = c.get();
        c.setError(error);
        if (error && !first) first = c;
        if (value !== undefined) out[f.key] = value;
      }
      if (first) {
        first.focus();
        return null;
      }
      return out;
    },
    // A server refusal: shown on the field whose label it names, else answered false.
    showServerError(message) {
      const hit = controls.find(({ f }) => message.includes(f.label));
      if (!hit) return false;
      hit.c.setError(message);
      hit.c.focus();
      return true;
    },
  };
}
