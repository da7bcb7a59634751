// Lists the server hands out a page at a time (API convention: `?limit=&after=` answered by
// `{<items>, next_after}`, `?limit=&before=` answered by `{<items>, next_before}`, or a bare array
// with the next cursor in the `X-Next-After` header). A page may be short, even empty, while a
// cursor is still given (a filter that matches few rows stops after looking at a bounded number
// of rows), so every reader here keeps asking while there is a cursor.
//
// - `fetchPage`: one page.
// - `loadAll`: every item, following the cursor to the end (for lists the UI needs whole).
// - `fetchAtLeast`: the first `n` items (or all there are), for searches.
// - `pagedList`: a list on screen with a skeleton, empty and error states and "Load more".

import { h, replace, toast } from './dom.js';
import { api, ApiError } from './api.js';
import { errorMessage, errorState } from './ui.js';
import { t } from './i18n.js';

export const PAGE = 50;
// The most the server gives in one page.
export const MAX_PAGE = 200;

function withQuery(path, params) {
  const qs = new URLSearchParams(params).toString();
  if (!qs) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${qs}`;
}

// One page of `path`: `{items, next, dir}`. `itemsKey` names the array in the answer; null means
// the answer is the array and the next cursor comes in `X-Next-After`. `dir` is the parameter
// that carries `next` back ('after' or 'before'); `cursor` goes out under the `dir` given.
export async function fetchPage(path, itemsKey, { cursor = null, dir = 'after', limit = PAGE, params = {} } = {}) {
  const q = { ...params, limit: String(limit) };
  if (cursor) q[dir] = cursor;
  const url = withQuery(path, q);
  if (!itemsKey) {
    const { data, headers } = await api.getWithHeaders(url);
    return { items: data || [], next: headers.get('X-Next-After') || null, dir: 'after' };
  }
  const data = await api.get(url);
  if ('next_before' in data) return { items: data[itemsKey] || [], next: data.next_before ?? null, dir: 'before' };
  return { items: data[itemsKey] || [], next: data.next_after ?? null, dir: 'after' };
}

// A cursor the server already gave would loop forever: say so instead of stopping quietly.
function checkProgress(seen, next) {
  if (!next) return;
  if (seen.has(next)) {
    throw new ApiError(0, 'paging', t('paging-loop'));
  }
  seen.add(next);
}

// Pages through `path` while the server names a next page and the answer is still short of
// `want` items (Infinity: all of them). Answers `{items, next, dir}`.
async function collect(path, itemsKey, { params = {}, want = Infinity, limit = MAX_PAGE } = {}) {
  const items = [];
  const seen = new Set();
  let cursor = null;
  let dir = 'after';
  for (;;) {
    const page = await fetchPage(path, itemsKey, { cursor, dir, limit, params });
    items.push(...page.items);
    checkProgress(seen, page.next);
    cursor = page.next;
    dir = page.dir;
    if (!cursor || items.length >= want) return { items, next: cursor, dir };
  }
}

// Every item of `path`, following the cursor to the end (`limit`: items asked for per request).
export async function loadAll(path, itemsKey, params = {}, { limit = MAX_PAGE } = {}) {
  return (await collect(path, itemsKey, { params, limit })).items;
}

// The first `n` items of `path` (fewer only when there are no more).
export async function fetchAtLeast(path, itemsKey, n, params = {}) {
  const { items } = await collect(path, itemsKey, { params, want: n, limit: Math.min(MAX_PAGE, Math.max(1, n)) });
  return items.slice(0, n);
}

// A list shown a page at a time in `box`:
// - a skeleton (`skeleton()`) while the first page loads, `empty()` when nothing matches, and the
//   error with "Try again" when the first page fails (a later page's failure is a toast, and
//   "Load more" stays to try again);
// - `frame()` → `{el, list}` is drawn around the first items; `item(x)` builds the node appended to
//   `list` for each item;
// - answers to an older request (the filter changed meanwhile, or the page was left) are dropped;
// - each load asks until it has `limit` items or the list ends, showing them as they come.
// `params()` gives the filter for each request; `onPage({count, more, items, reset})` follows each
// load (for a status line). Call `reload()` to start over.
export function pagedList({
  box, path, itemsKey, params = () => ({}), limit = PAGE,
  skeleton, empty, frame, item, moreLabel = t('load-more'), onPage = () => {},
}) {
  let seq = 0;
  let cursor = null;
  let dir = 'after';
  let list = null;
  let more = null;
  let count = 0;

  const current = (my) => my === seq && box.isConnected;

  function setBusy(busy) {
    if (!more) return;
    more.disabled = busy;
    if (busy) more.setAttribute('aria-busy', 'true');
    else more.removeAttribute('aria-busy');
  }

  function show(items) {
    if (!list) {
      const f = frame();
      list = f.list;
      more = h('button', { type: 'button', class: 'btn load-more' }, moreLabel);
      more.addEventListener('click', () => load(false));
      setBusy(true);
      replace(box, f.el, more);
    }
    for (const x of items) {
      const node = item(x);
      if (node) list.append(node);
    }
    count += items.length;
  }

  async function load(reset) {
    const my = ++seq;
    if (reset) {
      cursor = null;
      dir = 'after';
      list = null;
      more = null;
      count = 0;
      replace(box, skeleton());
    } else {
      setBusy(true);
    }
    const got = [];
    const seen = new Set();
    try {
      do {
        const page = await fetchPage(path, itemsKey, { cursor, dir, limit, params: params() });
        if (!current(my)) return;
        checkProgress(seen, page.next);
        cursor = page.next;
        dir = page.dir;
        got.push(...page.items);
        if (page.items.length) show(page.items);
      } while (cursor && got.length < limit);
    } catch (e) {
      if (!current(my)) return;
      if (!list) {
        replace(box, errorState(errorMessage(e), () => load(true)));
      } else {
        toast(errorMessage(e), 'error');
        more.hidden = false;
        setBusy(false);
      }
      return;
    }
    if (!list) {
      replace(box, empty());
    } else {
      more.hidden = !cursor;
      setBusy(false);
    }
    onPage({ count, more: !!cursor, items: got, reset });
  }

  return {
    reload: () => load(true),
    get count() { return count; },
    get more() { return !!cursor; },
  };
}

// "12 people", or "50+ people" while there are more to load: `key` is a catalog message with
// `$count` (plural forms) and `$more` ("yes" while more are to load).
export function countWords(n, more, key) {
  return t(key, { count: n, more: more ? 'yes' : 'no' });
}
