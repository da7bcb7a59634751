// Client-side routes: path patterns such as /people/:id mapped to handlers.

const routes = [];
let fallback = () => {};

export function route(pattern, handler) {
  const names = [];
  const re = new RegExp('^' + pattern.replace(/:([a-z_]+)/g, (_, n) => { names.push(n); return '([^/]+)'; }) + '/?$');
  routes.push({ re, names, handler });
}

export function notFound(handler) {
  fallback = handler;
}

export function navigate(path, { replace = false } = {}) {
  if (path === location.pathname + location.search) return dispatch();
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  return dispatch();
}

export function dispatch() {
  const path = location.pathname;
  for (const r of routes) {
    const m = path.match(r.re);
    if (m) {
      const params = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
      return r.handler(params, new URLSearchParams(location.search));
    }
  }
  return fallback();
}

// Same-origin links inside the app navigate without a page load.
export function interceptLinks(root) {
  root.addEventListener('click', (ev) => {
    const a = ev.target.closest('a[href]');
    if (!a || a.target || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || a.hasAttribute('data-reload')) return;
    ev.preventDefault();
    navigate(url.pathname + url.search);
  });
}

window.addEventListener('popstate', () => dispatch());
