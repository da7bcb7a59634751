// Languages in the browser: the message catalog `ui.ftl` of the chosen language, rendered with the
// vendored Fluent runtime (plurals and grammatical cases per language), and Intl for dates,
// numbers and relative times. Every string a person sees comes from `t(key, args)`.
//
// The language: the person's own choice (once signed in), else the browser's, else English.
// `loadLanguage` runs before the first screen; the server answers errors in the same language
// (the browser's Accept-Language, or the person's choice).

import { FluentBundle, FluentResource } from '../vendor/fluent/index.js';

export const LANGUAGES = ['en', 'ru', 'de', 'es'];

let current = 'en';
let bundle = null;
let fallback = null;

async function load(lang) {
  const res = await fetch(`/i18n/${lang}/ui.ftl`);
  if (!res.ok) throw new Error(`cannot load the ${lang} catalog`);
  const b = new FluentBundle(lang, { useIsolating: false });
  const errors = b.addResource(new FluentResource(await res.text()));
  if (errors.length) console.warn('catalog errors', lang, errors);
  return b;
}

// The best of our languages for what the browser says the person reads.
export function browserLanguage() {
  for (const tag of navigator.languages || [navigator.language || 'en']) {
    const primary = String(tag).toLowerCase().split(/[-_]/)[0];
    if (LANGUAGES.includes(primary)) return primary;
  }
  return 'en';
}

// Loads the catalog of `choice` (a person's setting) or the browser's language.
export async function loadLanguage(choice) {
  const lang = LANGUAGES.includes(choice) ? choice : browserLanguage();
  if (bundle && lang === current) return current;
  fallback = fallback || (await load('en'));
  bundle = lang === 'en' ? fallback : await load(lang).catch(() => fallback);
  current = bundle === fallback ? 'en' : lang;
  document.documentElement.lang = current;
  return current;
}

export function language() {
  return current;
}

// The message `key` in the current language, with `args` put in ({ name: 'Olga', count: 3 }).
export function t(key, args) {
  for (const b of [bundle, fallback]) {
    const m = b?.getMessage(key);
    if (m?.value) return b.formatPattern(m.value, args);
  }
  return key;
}

// Dates, numbers and relative times in the current language's conventions.
export function formatDate(d, options = { dateStyle: 'medium' }) {
  return new Intl.DateTimeFormat(current, options).format(d instanceof Date ? d : new Date(d));
}

export function formatNumber(n, options) {
  return new Intl.NumberFormat(current, options).format(n);
}

export function formatRelative(value, unit) {
  return new Intl.RelativeTimeFormat(current, { numeric: 'auto' }).format(value, unit);
}
