// Notifications in this browser: the service worker (installable app, offline page, Web Push),
// subscribing this browser to pushes from the server, and in-page notifications (the
// Notification API) while a tab is open but not looked at and this browser gets no pushes.

import { api } from './api.js';
import { onLive } from './live.js';
import { session } from './state.js';
import { chats } from './chats-state.js';
import { nameOf } from './people-cache.js';
import { navigate } from './router.js';
import { t } from './i18n.js';

const SUB_KEY = 'bivouac.pushSubscription';
let settings = null;

export function pushSupported() {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

// Registers the service worker (it also shows the offline page); harmless where unsupported.
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return Promise.resolve(null);
  return navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((e) => {
    console.warn('service worker not registered', e);
    return null;
  });
}

function keyBytes(b64) {
  const s = b64.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(s + '='.repeat((4 - (s.length % 4)) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

// Whether this browser is subscribed (as far as this browser knows).
export function pushedHere() {
  return !!localStorage.getItem(SUB_KEY);
}

// Asks for permission and subscribes this browser. Throws with a message a person can act on.
export async function enablePush() {
  if (!pushSupported()) throw new Error(t('push-unsupported'));
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') throw new Error(t('push-blocked'));
  const reg = (await navigator.serviceWorker.getRegistration('/')) || (await registerServiceWorker());
  if (!reg) throw new Error(t('push-unsupported'));
  const { vapid_public_key: key } = await api.get('/api/push/key');
  let sub = await reg.pushManager.getSubscription();
  if (sub) {
    // A subscription made with another server key cannot be used: start over.
    const same = sub.options?.applicationServerKey
      && btoa(String.fromCharCode(...new Uint8Array(sub.options.applicationServerKey))) === btoa(String.fromCharCode(...keyBytes(key)));
    if (!same) { await sub.unsubscribe(); sub = null; }
  }
  sub = sub || (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key) }));
  const json = sub.toJSON();
  const r = await api.post('/api/push/subscriptions', { endpoint: json.endpoint, keys: json.keys });
  localStorage.setItem(SUB_KEY, r.id);
}

export async function disablePush() {
  const id = localStorage.getItem(SUB_KEY);
  localStorage.removeItem(SUB_KEY);
  if (id) await api.del(`/api/push/subscriptions/${id}`).catch(() => {});
  const reg = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration('/') : null;
  const sub = await reg?.pushManager?.getSubscription();
  await sub?.unsubscribe();
}

export function setNotifySettings(s) {
  settings = s;
}

// In-page notifications for direct messages and mentions, when this tab is not looked at and
// no push reaches this browser (the service worker shows those).
export function startInPageNotifications() {
  api.get('/api/me/settings').then(setNotifySettings).catch(() => {});
  onLive('message.created', (m) => {
    if (!('Notification' in window) || Notification.permission !== 'granted' || pushedHere()) return;
    if (!settings?.notify?.push || settings.dnd || (document.visibilityState === 'visible' && document.hasFocus())) return;
    const me = session.person.id;
    if (m.author_id === me) return;
    const c = chats.byId.get(m.channel_id);
    if (!c || c.notify === 'none') return;
    const mentioned = (m.mentions || []).includes(me);
    const direct = c.kind === 'direct' || c.kind === 'group';
    if (!mentioned && !(direct && c.notify !== 'mentions') && c.notify !== 'all') return;
    const who = nameOf(m.author_id) || '';
    const title = c.kind === 'channel' ? `${who} · #${c.name}` : who;
    const body = settings.notify.hide_text ? t('push-new-message') : (m.body || '').replace(/<@([0-9a-z]+)>/g, (_, id) => `@${nameOf(id) || ''}`).slice(0, 140);
    const n = new Notification(title, { body, tag: m.channel_id });
    n.onclick = () => {
      window.focus();
      navigate(`/c/${m.channel_id}?at=${m.thread_root || m.id}${m.thread_root ? `&thread=${m.thread_root}` : ''}`);
      n.close();
    };
  });
}
