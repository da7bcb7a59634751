// The side panel of a chat: about (rename, description, privacy, archive for those who may
// manage a channel), members (add and remove where allowed), leave. What the viewer may do
// comes from the server (`channel.can`).

import { h, icon, avatar, fullName, replace, formatTime } from '../dom.js';
import { api } from '../api.js';
import { openPanel, currentShell } from '../shell.js';
import { field, alertBox, onSubmit, confirmDialog } from '../ui.js';
import { onLive } from '../live.js';
import { getPerson, onPeopleChange, knownPerson } from '../people-cache.js';
import { session } from '../state.js';
import { withPresence } from '../presence.js';
import { confirmLeave } from './chat-sidebar.js';
import { peoplePicker } from './people-picker.js';
import { chatHeading } from './chat-bits.js';
import { fileKind, formatSize, openViewer } from './attachments.js';
import { t } from '../i18n.js';

// ctx: { id, channel(), members(), view }
export function openChatDetails(ctx) {
  const c = ctx.channel();
  if (!c) return;
  const body = h('div', { class: 'chat-details' });
  const title = c.kind === 'channel' ? chatHeading(c) : c.kind === 'group' ? t('group-chat') : t('direct-chat');
  openPanel(title, body);
  const offs = [];
  const shell = currentShell();
  shell.onPanelClosed = () => { offs.forEach((f) => f()); shell.onPanelClosed = null; };
  const redraw = () => {
    if (!body.isConnected) { offs.forEach((f) => f()); return; }
    draw(body, ctx);
  };
  offs.push(onLive('member.added', (f) => { if (f.channel_id === ctx.id) setTimeout(redraw); }));
  offs.push(onLive('member.removed', (f) => { if (f.channel_id === ctx.id) setTimeout(redraw); }));
  offs.push(onLive('channel.updated', (f) => { if (f.id === ctx.id) setTimeout(redraw); }));
  offs.push(onPeopleChange(redraw));
  if (ctx.watchMembers) offs.push(ctx.watchMembers(() => setTimeout(redraw)));
  body.addEventListener('redraw', redraw);
  draw(body, ctx);
  Promise.all(ctx.members().map((id) => getPerson(id).catch(() => null))).then(redraw);
}

function draw(body, ctx) {
  const c = ctx.channel();
  // Someone is picking people to add: redraw once they are done.
  if (body.querySelector('.add-members')) return;
  const can = c.can || {};
  const parts = [];
  if (c.kind === 'channel') parts.push(can.manage ? aboutForm(c, ctx) : aboutText(c));
  parts.push(membersBlock(c, ctx));
  // The chat's files, kept across redraws (it pages on demand).
  if (!body.filesSection) body.filesSection = filesSection(c);
  parts.push(body.filesSection);
  if (can.leave) {
    const leave = h('button', { type: 'button', class: 'btn danger-ghost' }, c.kind === 'channel' ? t('leave-channel-menu') : t('leave-group-menu'));
    leave.addEventListener('click', () => confirmLeave(c));
    parts.push(h('div', { class: 'panel-section' }, leave));
  }
  // Keep what is being typed: only the members part redraws while a form is in use.
  const focused = body.contains(document.activeElement);
  if (focused && body.querySelector('.about-form')) {
    body.querySelector('.members-block')?.replaceWith(parts.find((p) => p.classList.contains('members-block')));
    return;
  }
  replace(body, parts);
}

// The chat's files, newest first, a page at a time.
function filesSection(c) {
  const list = h('ul', { class: 'member-list files-list' });
  const more = h('button', { type: 'button', class: 'btn small', hidden: true }, t('files-more'));
  const note = h('p', { class: 'muted small' }, t('files-loading'));
  const section = h('div', { class: 'panel-section files-section' }, h('h3', {}, t('files')), note, list, more);
  let before = null;
  async function page() {
    more.disabled = true;
    try {
      const r = await api.get(`/api/channels/${c.id}/files?limit=20${before ? `&before=${before}` : ''}`);
      before = r.next_before;
      for (const f of r.files) {
        const open = h('a', { href: `/api/files/${f.id}`, class: 'file-name', 'data-reload': '', target: '_blank', rel: 'noopener' }, f.name);
        if (f.image?.thumbnail) open.addEventListener('click', (ev) => { ev.preventDefault(); openViewer(f); });
        list.append(h('li', { class: 'file-row' }, h('span', { class: 'file-text' }, open,
          h('span', { class: 'muted small' }, `${fileKind(f)} · ${formatSize(f.size)} · ${formatTime(f.created_at)}`))));
      }
      note.hidden = list.children.length > 0;
      note.textContent = t('files-none');
      more.hidden = !before;
    } catch (e) {
      note.hidden = false;
      note.textContent = e.message;
    } finally {
      more.disabled = false;
    }
  }
  more.addEventListener('click', page);
  page();
  return section;
}

function aboutText(c) {
  return h('div', { class: 'panel-section' },
    h('h3', {}, t('about')),
    h('p', { class: c.description ? '' : 'muted' }, c.description || t('no-description')),
    h('p', { class: 'muted small' }, [c.private ? t('channel-private') : t('channel-public'), c.archived ? t('archived') : null].filter(Boolean).join(' · ')));
}

function aboutForm(c, ctx) {
  const name = field({ label: t('field-name'), name: 'name', value: c.name, maxlength: 80, required: true, autocomplete: 'off' });
  const desc = field({ label: t('description'), name: 'description', value: c.description || '', maxlength: 500, autocomplete: 'off' });
  const priv = h('input', { type: 'checkbox', id: `priv-${c.id}`, checked: !!c.private });
  const alert = alertBox();
  const save = h('button', { type: 'submit', class: 'btn primary small' }, t('save'));
  const archive = h('button', { type: 'button', class: 'btn small' }, c.archived ? t('unarchive') : t('archive-menu'));
  const form = h('form', { class: 'panel-section about-form stack', novalidate: true },
    h('h3', {}, t('about')), alert, name, desc,
    h('label', { class: 'checkbox', for: `priv-${c.id}` }, priv, t('private-members-only')),
    h('div', { class: 'row' }, save, h('span', { class: 'spacer' }), archive));
  onSubmit(form, save, alert, async () => {
    const patch = {};
    if (name.input.value.trim() !== c.name) patch.name = name.input.value.trim();
    if (desc.input.value.trim() !== (c.description || '')) patch.description = desc.input.value.trim();
    if (priv.checked !== !!c.private) patch.private = priv.checked;
    if (!Object.keys(patch).length) { alert.show(t('nothing-changed'), 'info'); return; }
    ctx.view.applyChannel(await api.patch(`/api/channels/${c.id}`, patch));
    alert.show(t('saved'), 'success');
  }, (code) => (code === 'channel_name_taken' || code === 'invalid_name' ? name : code === 'invalid_description' ? desc : null));
  archive.addEventListener('click', async () => {
    if (!c.archived) {
      const ok = await confirmDialog({
        title: t('archive-question', { name: c.name }),
        message: t('archive-text'),
        confirm: t('archive'),
      });
      if (!ok) return;
    }
    try {
      ctx.view.applyChannel(await api.patch(`/api/channels/${c.id}`, { archived: !c.archived }));
    } catch (e) {
      alert.show(e.message);
    }
  });
  return form;
}

function membersBlock(c, ctx) {
  const me = session.person.id;
  const ids = ctx.members();
  const people = ids.map((id) => knownPerson(id) || { id, first_name: '…', last_name: '' });
  const visible = people.filter((p) => !p.former);
  const hidden = people.length - visible.length;
  visible.sort((a, b) => (a.id === me ? -1 : b.id === me ? 1 : fullName(a).localeCompare(fullName(b))));
  const alert = alertBox();
  const can = c.can || {};
  const list = h('ul', { class: 'member-list' }, visible.map((p) => {
    let remove = null;
    if (can.remove_members && p.id !== me) {
      remove = h('button', { type: 'button', class: 'btn ghost icon small', 'aria-label': t('remove-person', { name: fullName(p) }), title: t('remove-from-chat') }, icon('close'));
      remove.addEventListener('click', async () => {
        const ok = await confirmDialog({
          title: t('remove-question', { name: fullName(p) }),
          message: t(c.private || c.kind !== 'channel' ? 'remove-text-private' : 'remove-text', { name: p.first_name }),
          confirm: t('remove'),
        });
        if (!ok) return;
        try {
          await api.del(`/api/channels/${c.id}/members/${p.id}`);
        } catch (e) {
          alert.show(e.message);
        }
      });
    }
    return h('li', { class: 'member' }, withPresence(avatar(p, 'sm'), p.id),
      h('span', { class: 'who' }, h('span', { class: 'nm' }, fullName(p), p.id === me ? h('span', { class: 'muted' }, ' (you)') : null),
        p.title ? h('span', { class: 'muted small' }, p.title) : null),
      c.creator_id === p.id && c.kind === 'channel' ? h('span', { class: 'chip' }, t('creator')) : null,
      remove);
  }));
  const block = h('div', { class: 'panel-section members-block' },
    h('div', { class: 'row' }, h('h3', {}, t('members-heading', { count: ids.length })), h('span', { class: 'spacer' })),
    alert, list,
    hidden ? h('p', { class: 'muted small' }, t('members-hidden', { count: hidden })) : null);
  if (can.add_members) {
    const add = h('button', { type: 'button', class: 'btn small' }, icon('plus'), t('add-people'));
    block.querySelector('.row').append(add);
    add.addEventListener('click', () => {
      add.hidden = true;
      const confirmBtn = h('button', { type: 'button', class: 'btn primary small', disabled: true }, t('add'));
      const cancel = h('button', { type: 'button', class: 'btn small' }, t('cancel'));
      const picker = peoplePicker({
        label: t('add-people'), exclude: new Set(ids),
        onChange: (sel) => { confirmBtn.disabled = !sel.length; },
        onDone: () => confirmBtn.click(),
      });
      const box = h('div', { class: 'add-members stack' }, picker, h('div', { class: 'row' }, cancel, confirmBtn));
      list.before(box);
      const done = () => {
        box.remove();
        add.hidden = false;
        block.dispatchEvent(new CustomEvent('redraw', { bubbles: true }));
      };
      cancel.addEventListener('click', done);
      confirmBtn.addEventListener('click', async () => {
        confirmBtn.disabled = true;
        try {
          ctx.view.applyChannel(await api.post(`/api/channels/${c.id}/members`, { person_ids: picker.selected() }));
          done();
        } catch (e) {
          alert.show(e.message);
          confirmBtn.disabled = false;
        }
      });
    });
  }
  return block;
}
