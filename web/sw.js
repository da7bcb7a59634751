// Bivouac's service worker: makes the web app installable, shows an offline page instead of
// the browser's error when the server cannot be reached, and shows Web Push notifications.
// It never caches API answers (they carry personal data): only the offline page and what it
// needs are kept.

const CACHE = 'bivouac-offline-v1';
const OFFLINE = ['/offline.html', '/app.css', '/icons/icon-192.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(OFFLINE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// Only page loads are handled: the network, or the offline page when it fails.
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.mode !== 'navigate' || new URL(req.url).pathname.startsWith('/api/')) return;
  event.respondWith(fetch(req).catch(() => caches.match('/offline.html', { cacheName: CACHE })));
});

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { title: 'Bivouac', body: event.data ? event.data.text() : '' };
  }
  const title = data.title || 'Bivouac';
  event.waitUntil(self.registration.showNotification(title, {
    body: data.body || '',
    tag: data.tag || undefined,
    renotify: !!data.tag,
    icon: '/icons/icon-192.png',
    badge: '/icons/icon-192.png',
    data: { url: data.url || '/' },
  }));
});

// A click opens the chat or thread: in a Bivouac window already open, else a new one.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url || '/', self.location.origin).href;
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((list) => {
    for (const c of list) {
      if (new URL(c.url).origin === self.location.origin && 'focus' in c) {
        return c.focus().then((w) => (w && 'navigate' in w ? w.navigate(url) : null));
      }
    }
    return self.clients.openWindow(url);
  }));
});
