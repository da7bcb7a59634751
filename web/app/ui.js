// Form fields, submit handling, dialogs and menus shared by every screen.

import { h, icon } from './dom.js';
import { ApiError } from './api.js';
import { t } from './i18n.js';

let fieldSeq = 0;

// A labelled input. Returns the wrapper element with .input and .setError(message).
export function field({ label, name, type = 'text', value = '', hint, autocomplete, required, maxlength, placeholder, min, inputmode }) {
  const id = `f${++fieldSeq}`;
  const errId = `${id}-err`;
  const input = h('input', {
    class: 'input', id, name, type, value, autocomplete, required, maxlength, placeholder, min, inputmode,
    'aria-describedby': hint ? `${id}-hint ${errId}` : errId,
  });
  const err = h('div', { class: 'field-error', id: errId, 'aria-live': 'polite' });
  let control = input;
  if (type === 'password') {
    const toggle = h('button', { type: 'button', class: 'btn ghost small', 'aria-label': t('password-show-label', { field: label }) }, t('password-show'));
    toggle.addEventListener('click', () => {
      const show = input.type === 'password';
      input.type = show ? 'text' : 'password';
      toggle.textContent = show ? t('password-hide') : t('password-show');
      toggle.setAttribute('aria-label', t(show ? 'password-hide-label' : 'password-show-label', { field: label }));
    });
    control = h('div', { class: 'password-wrap' }, input, toggle);
  }
  const wrap = h('div', { class: 'field' },
    h('label', { for: id }, label),
    control,
    hint ? h('div', { class: 'hint', id: `${id}-hint` }, hint) : null,
    err);
  wrap.input = input;
  wrap.setError = (msg) => {
    err.textContent = msg || '';
    if (msg) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };
  return wrap;
}

export function select({ label, name, options, value, hint }) {
  const id = `f${++fieldSeq}`;
  const sel = h('select', { class: 'input', id, name },
    options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
  const wrap = h('div', { class: 'field' }, h('label', { for: id }, label), sel,
    hint ? h('div', { class: 'hint' }, hint) : null);
  wrap.input = sel;
  return wrap;
}

export function alertBox() {
  const box = h('div', { class: 'alert error', role: 'alert', hidden: true });
  box.show = (msg, kind = 'error') => {
    box.className = `alert ${kind}`;
    box.textContent = msg;
    box.hidden = !msg;
  };
  box.clear = () => box.show('');
  return box;
}

// Checks a whole form at once: `rules` is a list of [field, message when wrong, or null]. Every
// field gets its own message beside it (the first one found for it), the first wrong field gets
// the focus, and the answer says whether all were right.
export function checkFields(rules) {
  const errors = new Map();
  for (const [f, msg] of rules) {
    if (msg && !errors.has(f)) errors.set(f, msg);
  }
  for (const [f] of rules) f.setError(errors.get(f) || '');
  const first = rules.find(([f]) => errors.has(f));
  first?.[0].input?.focus();
  return errors.size === 0;
}

// The usual checks, as messages (null when right).
export const need = {
  text: (f, msg) => (f.input.value.trim() ? null : msg),
  email: (f) => {
    const v = f.input.value.trim();
    if (!v) return t('need-email');
    return /^[^\s@]+@[^\s@]+$/.test(v) ? null : t('need-email-shape', { value: v });
  },
  password: (f) => (f.input.value.length >= 8 ? null : t('need-password', { min: 8 })),
};

// Wires a form: on submit, disables the button, runs `action`, and shows the server's message
// in `alert`, or on a field when `fieldFor(code, message)` names one (the message lets one code
// point at different fields: "First name…" / "Last name…").
export function onSubmit(form, button, alert, action, fieldFor = () => null) {
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (button.getAttribute('aria-busy') === 'true') return;
    alert.clear();
    form.querySelectorAll('.field').forEach((f) => f.setError?.(''));
    button.setAttribute('aria-busy', 'true');
    button.disabled = true;
    try {
      await action();
    } catch (e) {
      const msg = errorMessage(e);
      const f = e instanceof ApiError ? fieldFor(e.code, e.message) : null;
      if (f?.setError) {
        f.setError(msg);
        f.input?.focus();
      } else {
        alert.show(msg);
      }
    } finally {
      button.removeAttribute('aria-busy');
      button.disabled = false;
    }
  });
}

// A modal dialog built on <dialog>: Esc and the Cancel button close it.
export function openDialog(title, body, { onClose } = {}) {
  const dlg = h('dialog', { class: 'dialog', 'aria-label': title });
  dlg.append(body);
  document.body.append(dlg);
  dlg.addEventListener('close', () => {
    dlg.remove();
    onClose?.();
  });
  dlg.showModal();
  return dlg;
}

// Asks once before something destructive. Resolves true if confirmed.
export function confirmDialog({ title, message, confirm = t('confirm'), danger = true }) {
  return new Promise((resolve) => {
    let answer = false;
    const yes = h('button', { type: 'submit', class: ['btn', danger ? 'danger' : 'primary'] }, confirm);
    const no = h('button', { type: 'button', class: 'btn' }, t('cancel'));
    const form = h('form', { method: 'dialog' },
      h('h2', {}, title), h('p', { class: 'muted' }, message), h('div', { class: 'actions' }, no, yes));
    const dlg = openDialog(title, form, { onClose: () => resolve(answer) });
    form.addEventListener('submit', () => { answer = true; });
    no.addEventListener('click', () => dlg.close());
    yes.focus();
  });
}

// A dropdown menu of [label, action, {danger}] items next to `anchor`. Arrow keys move, Esc closes.
// `heading` (an element) is shown above the items; `label` names the menu for screen readers.
export function openMenu(anchor, items, { heading, label } = {}) {
  document.querySelectorAll('.menu').forEach((m) => m.remove());
  const menu = h('div', { class: 'menu', role: 'menu', 'aria-label': label });
  if (heading) menu.append(heading);
  for (const [label, action, opts = {}] of items) {
    const b = h('button', { type: 'button', role: 'menuitem', class: opts.danger ? 'danger' : '' }, label);
    b.addEventListener('click', () => { close(); action(); });
    menu.append(b);
  }
  document.body.append(menu);
  const r = anchor.getBoundingClientRect();
  const left = Math.min(r.left, window.innerWidth - menu.offsetWidth - 8);
  const top = r.bottom + menu.offsetHeight + 8 > window.innerHeight ? r.top - menu.offsetHeight - 4 : r.bottom + 4;
  menu.style.left = `${Math.max(8, left)}px`;
  menu.style.top = `${Math.max(8, top)}px`;
  const buttons = [...menu.querySelectorAll('button')];
  buttons[0]?.focus();
  function close() {
    menu.remove();
    document.removeEventListener('mousedown', outside, true);
    anchor.focus?.();
  }
  function outside(ev) {
    if (!menu.contains(ev.target)) close();
  }
  menu.addEventListener('keydown', (ev) => {
    const i = buttons.indexOf(document.activeElement);
    if (ev.key === 'Escape') { ev.preventDefault(); close(); }
    if (ev.key === 'ArrowDown') { ev.preventDefault(); buttons[(i + 1) % buttons.length].focus(); }
    if (ev.key === 'ArrowUp') { ev.preventDefault(); buttons[(i - 1 + buttons.length) % buttons.length].focus(); }
  });
  setTimeout(() => document.addEventListener('mousedown', outside, true));
  return menu;
}

export function errorMessage(e) {
  return e instanceof ApiError ? e.message : t('something-went-wrong', { detail: String(e?.message || e) });
}

// A failed load: the server's message and a way to try again.
export function errorState(message, retry) {
  return h('div', { class: 'empty error-state', role: 'alert' }, icon('close'),
    h('h2', {}, t('could-not-load')), h('p', {}, message),
    retry ? h('button', { class: 'btn', type: 'button', onclick: retry }, t('try-again')) : null);
}

export function emptyState(iconName, title, text, action) {
  return h('div', { class: 'empty' }, icon(iconName), h('h2', {}, title), h('p', {}, text), action || null);
}

export function skeletonList(n = 5) {
  return h('div', { class: 'page', 'aria-busy': 'true', 'aria-label': t('loading') },
    Array.from({ length: n }, (_, i) => h('div', { class: 'row' },
      h('div', { class: 'skeleton circle' }),
      h('div', { class: 'stack spacer' }, h('div', { class: `skeleton line ${['w60', 'w40', 'w80'][i % 3]}` })))));
}

export function brand(name = 'Bivouac') {
  return h('div', { class: 'brand' }, h('span', { class: 'brand-mark' }, icon('logo')), name);
}
