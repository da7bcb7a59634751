// Small shared pieces of the chats section: a chat's icon and title, badges.

import { h, icon, avatar } from '../dom.js';
import { session } from '../state.js';
import { t } from '../i18n.js';
import { withPresence } from '../presence.js';

// The other person of a direct chat, as much as the chat itself tells.
export function directPartner(c) {
  const id = (c.members || []).find((m) => m !== session.person.id) || c.id;
  const [first, ...rest] = (c.name || '?').split(' ');
  return { id, first_name: first, last_name: rest.join(' ') };
}

export function chatIcon(c) {
  if (c.kind === 'direct') return withPresence(avatar(directPartner(c), 'xs'), directPartner(c).id);
  if (c.kind === 'group') return icon('people');
  return icon(c.private ? 'lock' : 'hash');
}

export function chatTitle(c) {
  return c.kind === 'channel' ? `# ${c.name}` : c.name;
}

// A chat's name for the header, with the same icon the sidebar shows (# or a lock).
export function chatHeading(c) {
  if (c.kind !== 'channel') return { text: c.name };
  return c.private ? { text: c.name, icon: 'lock', label: t('channel-private') } : { text: c.name, icon: 'hash', label: t('channel') };
}

export function unreadBadges(c) {
  return [
    c.mentions ? h('span', { class: 'badge mention', title: t('mentions-count', { count: c.mentions }) }, `@${c.mentions}`) : null,
    c.unread ? h('span', { class: 'badge unread', title: t('unread-count', { count: c.unread }) }, c.unread > 99 ? '99+' : String(c.unread)) : null,
  ];
}

// "Sales, 3 unread, 1 mention": a chat's name with its counts, for screen readers.
export function unreadLabel(name, c) {
  return t('unread-label', { name, unread: c.unread || 0, mentions: c.mentions || 0 });
}
