// The live connection: one WebSocket per tab to /api/events. Screens subscribe to frame types
// with onLive(type, fn); after a reconnect, onLive('reconnected') handlers catch up over HTTP.
// Closing codes: 4001 "session ended" sends the person to sign in again; 4002 "too many open
// tabs" (this one, the oldest, gave way) waits until the tab is looked at again, so two tabs never
// push each other out in a loop; anything else (1001 going away, 1013 too slow, network loss)
// reconnects with backoff.

const handlers = new Map();
let ws = null;
let started = false;
let attempt = 0;
let everOpen = false;
let retryTimer = null;
let pingTimer = null;
let pongTimer = null;
let state = 'connecting';

export function onLive(type, fn) {
  if (!handlers.has(type)) handlers.set(type, new Set());
  handlers.get(type).add(fn);
  return () => handlers.get(type)?.delete(fn);
}

function emit(type, data) {
  for (const fn of [...(handlers.get(type) || [])]) {
    try {
      fn(data);
    } catch (e) {
      console.error(`live handler for ${type} failed`, e);
    }
  }
}

export function liveState() {
  return state;
}

function setState(s) {
  // Also on <html data-live>, for styles and for tests that wait for the connection.
  document.documentElement.dataset.live = s;
  if (s === state) return;
  state = s;
  emit('state', s);
}

export function sendLive(frame) {
  if (ws && ws.readyState === WebSocket.OPEN) {
    ws.send(JSON.stringify(frame));
    return true;
  }
  return false;
}

export function startLive() {
  if (started) return;
  started = true;
  window.addEventListener('online', () => reconnectSoon(0));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && state !== 'open') reconnectSoon(0);
  });
  connect();
}

function connect() {
  clearTimeout(retryTimer);
  retryTimer = null;
  if (ws && (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING)) return;
  setState(everOpen ? 'reconnecting' : 'connecting');
  const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/api/events';
  let sock;
  try {
    sock = new WebSocket(url);
  } catch {
    scheduleRetry();
    return;
  }
  ws = sock;
  sock.addEventListener('open', () => {
    if (ws !== sock) return;
    const wasOpen = everOpen;
    everOpen = true;
    attempt = 0;
    setState('open');
    startPing();
    if (wasOpen) emit('reconnected');
  });
  sock.addEventListener('message', (ev) => {
    if (ws !== sock) return;
    let frame;
    try {
      frame = JSON.parse(ev.data);
    } catch {
      return;
    }
    if (frame.type === 'pong') {
      clearTimeout(pongTimer);
      return;
    }
    emit(frame.type, frame);
  });
  sock.addEventListener('close', (ev) => {
    if (ws !== sock) return;
    ws = null;
    stopPing();
    if (ev.code === 4001) {
      setState('ended');
      location.assign('/login?expired=1');
      return;
    }
    if (ev.code === 4002) {
      setState('reconnecting');
      const back = () => {
        if (document.visibilityState !== 'visible') return;
        document.removeEventListener('visibilitychange', back);
        window.removeEventListener('focus', back);
        reconnectSoon(0);
      };
      document.addEventListener('visibilitychange', back);
      window.addEventListener('focus', back);
      return;
    }
    scheduleRetry();
  });
}

function scheduleRetry() {
  setState('reconnecting');
  // 0.5 s, 1 s, 2 s, ... up to 30 s, with jitter so a restarted server is not hit all at once.
  const base = Math.min(30000, 500 * 2 ** attempt);
  attempt += 1;
  reconnectSoon(base / 2 + Math.random() * base / 2);
}

function reconnectSoon(ms) {
  if (!started || (ws && ws.readyState <= WebSocket.OPEN)) return;
  clearTimeout(retryTimer);
  retryTimer = setTimeout(connect, ms);
}

// An application ping every 25 s; no pong within 10 s means the link is dead, so start over.
function startPing() {
  stopPing();
  pingTimer = setInterval(() => {
    if (!sendLive({ type: 'ping' })) return;
    clearTimeout(pongTimer);
    pongTimer = setTimeout(() => ws?.close(), 10000);
  }, 25000);
}

function stopPing() {
  clearInterval(pingTimer);
  clearTimeout(pongTimer);
}
