// "Remind me about this message": the menu of times, and showing a reminder when it comes (a
// toast in every open tab, and a browser notification where no push reaches this browser).

import { h, toast } from '../dom.js';
import { api } from '../api.js';
import { openMenu } from '../ui.js';
import { onLive } from '../live.js';
import { navigate } from '../router.js';
import { reportError } from '../chats-state.js';
import { t, formatDate } from '../i18n.js';
import { pushedHere } from '../notifications.js';

function at(choice) {
  const d = new Date();
  if (choice === 'tomorrow') { d.setDate(d.getDate() + 1); d.setHours(9, 0, 0, 0); return d; }
  if (choice === 'monday') { d.setDate(d.getDate() + (((8 - d.getDay()) % 7) || 7)); d.setHours(9, 0, 0, 0); return d; }
  return new Date(d.getTime() + Number(choice) * 60000);
}

export function remindMenu(anchor, m) {
  const when = async (choice) => {
    try {
      const r = await api.post(`/api/messages/${m.id}/remind`, { at: at(choice).toISOString() });
      toast(t('remind-set', { when: formatDate(r.at, { dateStyle: 'medium', timeStyle: 'short' }) }));
    } catch (e) {
      reportError(e);
    }
  };
  openMenu(anchor, [
    [t('remind-20m'), () => when(20)],
    [t('remind-1h'), () => when(60)],
    [t('remind-3h'), () => when(180)],
    [t('remind-tomorrow'), () => when('tomorrow')],
    [t('remind-monday'), () => when('monday')],
  ]);
}

let started = false;

export function startReminders() {
  if (started) return;
  started = true;
  onLive('reminder', (r) => {
    const open = h('button', { type: 'button', class: 'link-btn' }, t('remind-open'));
    open.addEventListener('click', () => navigate(r.url));
    toast(h('span', {}, `⏰ ${t('remind-toast', { preview: r.preview || '…' })} `, open));
    if ('Notification' in window && Notification.permission === 'granted' && !pushedHere()
      && !(document.visibilityState === 'visible' && document.hasFocus())) {
      const n = new Notification(t('remind-title'), { body: r.preview || '', tag: `reminder-${r.id}` });
      n.onclick = () => { window.focus(); navigate(r.url); n.close(); };
    }
  });
}
