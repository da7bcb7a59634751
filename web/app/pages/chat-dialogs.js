// Dialogs of the chats section: new channel, browse channels, new message, a name prompt (for
// folders), and the Ctrl/Cmd+K quick switcher.

import { h, icon, avatar, fullName, replace } from '../dom.js';
import { loadAll } from '../paged.js';
import { field, alertBox, onSubmit, openDialog } from '../ui.js';
import { navigate } from '../router.js';
import { chats, chatList, createChannel, joinChannel, openChatWith, me } from '../chats-state.js';
import { searchPeople } from '../people-cache.js';
import { peoplePicker } from './people-picker.js';
import { chatIcon } from './chat-bits.js';
import { t } from '../i18n.js';

function dialogForm(title, lede, ...content) {
  return h('form', { novalidate: true }, h('h2', {}, title), lede ? h('p', { class: 'muted small' }, lede) : null, ...content);
}

function actions(dlg, submitLabel) {
  const cancel = h('button', { type: 'button', class: 'btn' }, t('cancel'));
  cancel.addEventListener('click', () => dlg.close());
  const submit = h('button', { type: 'submit', class: 'btn primary' }, submitLabel);
  return { row: h('div', { class: 'actions' }, cancel, submit), submit };
}

export function newChannelDialog() {
  const name = field({ label: t('field-name'), name: 'name', required: true, maxlength: 80, placeholder: t('channel-name-example'), autocomplete: 'off' });
  const desc = field({ label: t('description'), name: 'description', maxlength: 500, hint: t('channel-description-hint'), autocomplete: 'off' });
  const priv = h('input', { type: 'checkbox', name: 'private', id: 'nc-private' });
  const alert = alertBox();
  const form = dialogForm(t('new-channel'), t('new-channel-lede'), alert, name, desc,
    h('label', { class: 'checkbox', for: 'nc-private' }, priv,
      h('span', {}, h('strong', {}, t('private')), ' — ', t('private-channel-hint'))));
  const dlg = openDialog(t('new-channel'), form);
  const { row, submit } = actions(dlg, t('channel-create'));
  form.append(row);
  onSubmit(form, submit, alert, async () => {
    if (!name.input.value.trim()) {
      name.setError(t('need-channel-name'));
      name.input.focus();
      return;
    }
    const c = await createChannel({ name: name.input.value.trim(), description: desc.input.value.trim(), private: priv.checked });
    dlg.close();
    navigate(`/c/${c.id}`);
  }, (code) => (code === 'channel_name_taken' || code.startsWith('invalid') ? name : null));
  name.input.focus();
}

export function browseChannelsDialog() {
  const list = h('div', { class: 'browse-list', 'aria-busy': 'true' },
    [1, 2, 3].map(() => h('div', { class: 'skeleton line w80' })));
  const filter = h('input', { class: 'input', type: 'search', placeholder: t('channels-filter'), 'aria-label': t('channels-filter') });
  const alert = alertBox();
  const close = h('button', { type: 'button', class: 'btn' }, t('close'));
  const inner = h('div', { class: 'dialog-inner' }, h('h2', {}, t('browse-channels')),
    h('p', { class: 'muted small' }, t('browse-channels-lede')), filter, alert, list,
    h('div', { class: 'actions' }, close));
  const dlg = openDialog(t('browse-channels'), inner);
  close.addEventListener('click', () => dlg.close());
  let all = [];
  function draw() {
    const q = filter.value.trim().toLowerCase();
    const shown = all.filter((c) => !q || c.name.toLowerCase().includes(q) || (c.description || '').toLowerCase().includes(q));
    list.removeAttribute('aria-busy');
    if (!shown.length) {
      replace(list, h('p', { class: 'muted small browse-empty' }, all.length ? t('channels-no-match') : t('channels-no-public')));
      return;
    }
    replace(list, shown.map((c) => {
      const joined = c.joined || chats.byId.has(c.id);
      const btn = h('button', { type: 'button', class: ['btn', 'small', joined ? '' : 'primary'], 'aria-label': t(joined ? 'channel-open-named' : 'channel-join-named', { name: c.name }) }, joined ? t('open') : t('join'));
      btn.addEventListener('click', async () => {
        if (!joined) {
          btn.disabled = true;
          btn.setAttribute('aria-busy', 'true');
          try {
            await joinChannel(c.id);
          } catch (e) {
            alert.show(e.message);
            btn.disabled = false;
            btn.removeAttribute('aria-busy');
            return;
          }
        }
        dlg.close();
        navigate(`/c/${c.id}`);
      });
      return h('div', { class: 'browse-item' }, chatIcon(c),
        h('div', { class: 'who' }, h('strong', {}, c.name),
          h('span', { class: 'muted small' }, [c.description, t('members-count', { count: c.member_count })].filter(Boolean).join(' · '))),
        btn);
    }));
  }
  filter.addEventListener('input', draw);
  loadAll('/api/channels/browse', 'channels').then((r) => { all = r; draw(); }).catch((e) => {
    list.removeAttribute('aria-busy');
    replace(list);
    alert.show(e.message);
  });
  filter.focus();
}

export function newMessageDialog() {
  const alert = alertBox();
  const picker = peoplePicker({
    label: t('message-to'),
    onChange: (ids) => {
      submit.textContent = ids.length > 1 ? t('group-chat-start') : t('chat-open');
      submit.disabled = ids.length === 0;
    },
    onDone: () => form.requestSubmit(),
  });
  const form = dialogForm(t('new-message'), t('new-message-lede'), alert, picker);
  const dlg = openDialog(t('new-message'), form);
  const { row, submit } = actions(dlg, t('chat-open'));
  submit.disabled = true;
  form.append(row);
  onSubmit(form, submit, alert, async () => {
    const ids = picker.selected();
    if (!ids.length) return;
    const c = await openChatWith(ids);
    dlg.close();
    navigate(`/c/${c.id}`);
  });
  // Ctrl/Cmd+Enter opens from the search box.
  picker.input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); form.requestSubmit(); }
  });
}

// Asks for a name; `save(value)` may throw an ApiError, shown on the field.
export function promptDialog({ title, label, value = '', confirm = t('save'), lede, save }) {
  const f = field({ label, name: 'name', value, required: true, maxlength: 60, autocomplete: 'off' });
  const alert = alertBox();
  const form = dialogForm(title, lede, alert, f);
  const dlg = openDialog(title, form);
  const { row, submit } = actions(dlg, confirm);
  form.append(row);
  onSubmit(form, submit, alert, async () => {
    const v = f.input.value.trim();
    if (!v) {
      f.setError(t('need-name'));
      f.input.focus();
      return;
    }
    await save(v);
    dlg.close();
  }, () => f);
  f.input.focus();
  f.input.select();
}

// ----- Quick switcher (Ctrl/Cmd+K): chats and people.

let switcherOpen = false;

export function quickSwitcher() {
  if (switcherOpen) return;
  switcherOpen = true;
  let items = [];
  let active = 0;
  let asked = 0;
  let timer = null;
  const input = h('input', {
    class: 'input switcher-input', type: 'text', autocomplete: 'off', placeholder: t('switcher-placeholder'),
    role: 'combobox', 'aria-expanded': 'true', 'aria-controls': 'qs-list', 'aria-autocomplete': 'list', 'aria-label': t('jump-to-label'),
  });
  const list = h('ul', { class: 'switcher-list', id: 'qs-list', role: 'listbox', 'aria-label': t('results') });
  const hint = h('div', { class: 'switcher-hint muted small' }, t('switcher-hint'));
  const inner = h('div', { class: 'switcher' }, h('div', { class: 'switcher-field' }, icon('search'), input), list, hint);
  const dlg = openDialog(t('jump-to-label'), inner, { onClose: () => { switcherOpen = false; } });
  dlg.classList.add('switcher-dialog');

  function chatMatches(q) {
    const s = q.trim().toLowerCase().replace(/^#/, '');
    const all = chatList();
    if (!s) {
      return [...all].sort((a, b) => (b.unread || 0) - (a.unread || 0) || String(b.last_message_at || '').localeCompare(String(a.last_message_at || ''))).slice(0, 8);
    }
    return all.filter((c) => c.name.toLowerCase().includes(s))
      .sort((a, b) => Number(!a.name.toLowerCase().startsWith(s)) - Number(!b.name.toLowerCase().startsWith(s)))
      .slice(0, 8);
  }

  async function update() {
    const q = input.value;
    const n = ++asked;
    const chatItems = chatMatches(q).map((c) => ({ kind: 'chat', c }));
    // Full-text search of everything, from the same box.
    const searchItem = q.trim() ? [{ kind: 'search', q: q.trim() }] : [];
    items = chatItems.length ? [...chatItems, ...searchItem] : searchItem;
    active = 0;
    draw();
    if (!q.trim()) return;
    try {
      const people = await searchPeople(q, 8);
      if (n !== asked) return;
      const directWith = new Set(chatItems.filter((i) => i.c.kind === 'direct').flatMap((i) => i.c.members || []));
      items = [...chatItems, ...people.filter((p) => p.id !== me() && !directWith.has(p.id)).map((p) => ({ kind: 'person', p })), ...searchItem];
      draw();
    } catch { /* chats alone still work */ }
  }

  function draw() {
    if (!items.length) {
      replace(list, h('li', { class: 'switcher-empty muted', role: 'presentation' }, input.value.trim() ? t('nothing-matches') : t('chats-none-yet')));
      input.removeAttribute('aria-activedescendant');
      return;
    }
    replace(list, items.map((it, i) => {
      if (it.kind === 'search') {
        const li = h('li', { id: `qs-${i}`, role: 'option', class: ['switcher-item', 'switcher-search', i === active ? 'active' : ''], 'aria-selected': i === active ? 'true' : 'false' },
          icon('search'), h('span', { class: 'nm' }, t('search-messages-for', { query: it.q })), h('span', { class: 'spacer' }), h('span', { class: 'kind muted small' }, t('search')));
        li.addEventListener('mousedown', (ev) => ev.preventDefault());
        li.addEventListener('click', () => choose(it));
        return li;
      }
      const li = h('li', { id: `qs-${i}`, role: 'option', class: ['switcher-item', i === active ? 'active' : ''], 'aria-selected': i === active ? 'true' : 'false' },
        it.kind === 'chat' ? chatIcon(it.c) : avatar(it.p, 'sm'),
        h('span', { class: 'nm' }, it.kind === 'chat' ? it.c.name : fullName(it.p)),
        it.kind === 'person' && it.p.title ? h('span', { class: 'muted small' }, it.p.title) : null,
        h('span', { class: 'spacer' }),
        it.kind === 'chat' && it.c.mentions ? h('span', { class: 'badge mention' }, `@${it.c.mentions}`) : null,
        it.kind === 'chat' && it.c.unread ? h('span', { class: 'badge unread' }, String(it.c.unread)) : null,
        h('span', { class: 'kind muted small' }, it.kind === 'person' ? t('person') : kindLabel(it.c)));
      li.addEventListener('mousedown', (ev) => ev.preventDefault());
      li.addEventListener('click', () => choose(it));
      return li;
    }));
    input.setAttribute('aria-activedescendant', `qs-${active}`);
    list.querySelector('.active')?.scrollIntoView({ block: 'nearest' });
  }

  async function choose(it) {
    if (it.kind === 'search') {
      dlg.close();
      navigate(`/search?q=${encodeURIComponent(it.q)}`);
      return;
    }
    if (it.kind === 'chat') {
      dlg.close();
      navigate(`/c/${it.c.id}`);
      return;
    }
    try {
      const c = await openChatWith([it.p.id]);
      dlg.close();
      navigate(`/c/${c.id}`);
    } catch (e) {
      replace(list, h('li', { class: 'switcher-empty', role: 'alert' }, h('span', { class: 'alert error' }, e.message)));
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 120);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && items.length) { ev.preventDefault(); active = (active + 1) % items.length; draw(); }
    if (ev.key === 'ArrowUp' && items.length) { ev.preventDefault(); active = (active - 1 + items.length) % items.length; draw(); }
    if (ev.key === 'Enter' && items[active]) { ev.preventDefault(); choose(items[active]); }
  });
  update();
  input.focus();
}

function kindLabel(c) {
  if (c.kind === 'direct') return t('chat-kind-direct');
  if (c.kind === 'group') return t('chat-kind-group');
  return c.private ? t('channel-private') : t('channel');
}
