// Small shared pieces of the chats section: a chat's icon and title, badges.

import { h, icon, avatar } from '../dom.js';
import { session } from '../state.js';
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

export function unreadBadges(c) {
  return [
    c.mentions ? h('span', { class: 'badge mention', title: `${c.mentions} mention${c.mentions === 1 ? '' : 's'}` }, `@${c.mentions}`) : null,
    c.unread ? h('span', { class: 'badge unread', title: `${c.unread} unread` }, c.unread > 99 ? '99+' : String(c.unread)) : null,
  ];
}

export function unreadLabel(name, c) {
  const parts = [name];
  if (c.unread) parts.push(`${c.unread} unread`);
  if (c.mentions) parts.push(`${c.mentions} mention${c.mentions === 1 ? '' : 's'}`);
  return parts.join(', ');
}
