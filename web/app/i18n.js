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

// The best of our languages for what the browser says the person reads (null: none of them).
export function browserLanguage() {
  for (const tag of navigator.languages || [navigator.language || 'en']) {
    const primary = String(tag).toLowerCase().split(/[-_]/)[0];
    if (LANGUAGES.includes(primary)) return primary;
  }
  return null;
}

const listeners = new Set();

// Called after the language changed (the person chose another one in this or another tab):
// screens that stay on the page redraw their words.
export function onLanguageChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

// The language to use: the person's choice, else the browser's, else the workspace's, else
// English (the same order the server answers in).
export function pickLanguage(choice, workspace) {
  if (LANGUAGES.includes(choice)) return choice;
  return browserLanguage() || (LANGUAGES.includes(workspace) ? workspace : 'en');
}

// Loads the catalog of `choice` (a person's setting), else the browser's language, else
// `workspace` (the workspace's default).
export async function loadLanguage(choice, workspace) {
  const lang = pickLanguage(choice, workspace);
  if (bundle && lang === current) return current;
  fallback = fallback || (await load('en'));
  bundle = lang === 'en' ? fallback : await load(lang).catch(() => fallback);
  const was = current;
  current = bundle === fallback ? 'en' : lang;
  document.documentElement.lang = current;
  if (was !== current) for (const fn of [...listeners]) fn(current);
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

// The language's own name, in that language (for the language pickers).
export function languageName(code) {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

// The first day of the week where the person reads this language: 1 Monday .. 7 Sunday. The
// browser's region counts when it speaks the same language (en-US starts on Sunday, en-GB on
// Monday); Russian, German and Spanish weeks start on Monday.
export function firstDayOfWeek() {
  const nav = navigator.language || '';
  const tag = nav.toLowerCase().startsWith(current) ? nav : current;
  try {
    const loc = new Intl.Locale(tag);
    const info = loc.getWeekInfo?.() || loc.weekInfo;
    if (info?.firstDay) return info.firstDay;
  } catch { /* an older browser: the rule below */ }
  return /^en(-US|-CA)?$/i.test(tag) ? 7 : 1;
}

// "5 minutes ago", "in 2 days", "yesterday": grammatical in each language (Intl).
export function formatAgo(iso, now = Date.now()) {
  const secs = Math.round((new Date(iso).getTime() - now) / 1000);
  const abs = Math.abs(secs);
  const [value, unit] = abs < 60 ? [secs, 'second']
    : abs < 3600 ? [Math.round(secs / 60), 'minute']
      : abs < 86400 ? [Math.round(secs / 3600), 'hour']
        : abs < 86400 * 30 ? [Math.round(secs / 86400), 'day']
          : abs < 86400 * 365 ? [Math.round(secs / (86400 * 30)), 'month']
            : [Math.round(secs / (86400 * 365)), 'year'];
  return formatRelative(value, unit);
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
