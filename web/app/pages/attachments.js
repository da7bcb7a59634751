// Files in messages: the composer's attachment tray (paperclip, drag and drop, paste; a progress
// bar and a cancel button per file), the files shown under a message (image previews, file
// cards with a type icon, name and size), and the image viewer.

import { h, icon } from '../dom.js';
import { csrf } from '../api.js';
import { openDialog } from '../ui.js';

export function formatSize(n) {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${v >= 10 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}

// A short word for a file's kind, from its (sniffed) type and its name.
export function fileKind(f) {
  const t = f.content_type || '';
  const ext = (f.name.match(/\.([a-z0-9]{1,8})$/i)?.[1] || '').toLowerCase();
  if (t.startsWith('image/')) return 'Image';
  if (t === 'application/pdf') return 'PDF';
  if (t.startsWith('video/')) return 'Video';
  if (t.startsWith('audio/')) return 'Audio';
  if (t.includes('wordprocessing') || ['doc', 'docx', 'odt', 'rtf'].includes(ext)) return 'Document';
  if (t.includes('spreadsheet') || ['xls', 'xlsx', 'ods', 'csv'].includes(ext)) return 'Spreadsheet';
  if (t.includes('presentation') || ['ppt', 'pptx', 'odp'].includes(ext)) return 'Presentation';
  if (t.includes('zip') || t.includes('compressed') || t.includes('rar') || t.includes('gzip')) return 'Archive';
  if (t.startsWith('text/')) return ext ? ext.toUpperCase() : 'Text';
  return ext ? ext.toUpperCase() : 'File';
}

function kindBadge(f) {
  const kind = fileKind(f);
  return h('span', { class: ['file-icon', `k-${kind.toLowerCase().replace(/[^a-z]/g, '')}`], 'aria-hidden': 'true' },
    kind.length > 4 ? kind.slice(0, 3).toUpperCase() : kind.toUpperCase());
}

// The files of a message: previews for images, cards for the rest.
export function filesBlock(m) {
  const files = m.files || [];
  if (!files.length || m.deleted) return null;
  return h('div', { class: 'msg-files' }, files.map((f) => fileItem(f, m)));
}

function fileItem(f, m) {
  const local = !f.id;
  if (!local && f.image?.thumbnail) {
    const scale = Math.min(1, 320 / Math.max(f.image.width, 1), 240 / Math.max(f.image.height, 1));
    const img = h('img', {
      src: `/api/files/${f.id}/thumbnail`, alt: f.name, loading: 'lazy',
      width: String(Math.max(1, Math.round(f.image.width * scale))), height: String(Math.max(1, Math.round(f.image.height * scale))),
    });
    const b = h('button', { type: 'button', class: 'file-thumb', title: f.name, 'aria-label': `Open image ${f.name}` }, img);
    b.addEventListener('click', () => openViewer(f, m));
    return b;
  }
  const meta = h('span', { class: 'file-meta muted small' }, `${fileKind(f)} · ${formatSize(f.size)}`);
  const inner = [kindBadge(f), h('span', { class: 'file-text' }, h('span', { class: 'file-name' }, f.name), meta)];
  if (local) return h('div', { class: 'file-card local' }, ...inner);
  const a = h('a', { class: 'file-card', href: `/api/files/${f.id}`, 'data-reload': '', title: `Download ${f.name}` }, ...inner,
    h('span', { class: 'file-dl' }, icon('down', 'Download')));
  if (f.content_type === 'application/pdf' || f.content_type?.startsWith('image/')) a.target = '_blank';
  else a.setAttribute('download', f.name);
  a.rel = 'noopener';
  return a;
}

// Full size, in a dialog; Esc closes.
export function openViewer(f) {
  const img = h('img', { class: 'viewer-img', src: `/api/files/${f.id}`, alt: f.name });
  const dl = h('a', { class: 'btn small', href: `/api/files/${f.id}`, download: f.name, 'data-reload': '' }, icon('down'), 'Download');
  const open = h('a', { class: 'btn small ghost', href: `/api/files/${f.id}`, target: '_blank', rel: 'noopener', 'data-reload': '' }, 'Open in a new tab');
  const body = h('div', { class: 'viewer' }, img,
    h('div', { class: 'row viewer-bar' }, h('span', { class: 'muted small' }, `${f.name} · ${f.image ? `${f.image.width}×${f.image.height} · ` : ''}${formatSize(f.size)}`),
      h('span', { class: 'spacer' }), open, dl));
  const dlg = openDialog(f.name, body);
  dlg.classList.add('viewer-dialog');
  return dlg;
}

// Uploads one file with progress; resolves with the server's answer. `abort()` cancels.
export function uploadFile(file, onProgress) {
  const xhr = new XMLHttpRequest();
  const done = new Promise((resolve, reject) => {
    xhr.open('POST', `/api/files?name=${encodeURIComponent(file.name || 'pasted-image')}`);
    xhr.setRequestHeader('X-CSRF-Token', csrf() || '');
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.responseType = 'json';
    xhr.upload.addEventListener('progress', (ev) => { if (ev.lengthComputable) onProgress(ev.loaded / ev.total); });
    xhr.addEventListener('load', () => {
      if (xhr.status === 201) resolve(xhr.response);
      else reject(new Error(xhr.response?.error?.message || `The server answered ${xhr.status}.`));
    });
    xhr.addEventListener('error', () => reject(new Error('Cannot reach the server. Check your connection and try again.')));
    xhr.addEventListener('abort', () => reject(Object.assign(new Error('Cancelled.'), { cancelled: true })));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

// The tray of files being attached to a message. `onChange()` runs when the set or its state
// changes (the composer enables its Send button from `ready()`).
export function attachmentTray({ onChange, max = 20, limit }) {
  const items = [];
  const list = h('ul', { class: 'attach-list', 'aria-label': 'Files to send', hidden: true });
  const input = h('input', { type: 'file', multiple: true, hidden: true, tabindex: '-1', 'aria-hidden': 'true' });
  input.addEventListener('change', () => { add([...input.files]); input.value = ''; });
  const button = h('button', { type: 'button', class: 'btn ghost icon attach-btn', 'aria-label': 'Attach files', title: 'Attach files' }, icon('clip'));
  button.addEventListener('click', () => input.click());

  function draw() {
    list.hidden = !items.length;
    list.replaceChildren(...items.map((it) => it.row));
    onChange?.();
  }

  function add(files) {
    for (const file of files) {
      if (items.length >= max) break;
      const it = { file, id: null, state: 'uploading', error: '' };
      const bar = h('progress', { max: '100', value: '0', 'aria-label': `Uploading ${file.name || 'image'}` });
      const status = h('span', { class: 'attach-status muted small' }, formatSize(file.size));
      const remove = h('button', { type: 'button', class: 'btn ghost icon small', 'aria-label': `Cancel ${file.name || 'image'}`, title: 'Cancel' }, icon('close'));
      it.row = h('li', { class: 'attach-item' }, kindBadge({ name: file.name || 'image.png', content_type: file.type }),
        h('span', { class: 'file-text' }, h('span', { class: 'file-name' }, file.name || 'Pasted image'), status), bar, remove);
      remove.addEventListener('click', () => {
        it.up?.abort();
        items.splice(items.indexOf(it), 1);
        draw();
      });
      if (limit && file.size > limit) {
        it.state = 'failed';
        it.error = `Larger than the limit of ${formatSize(limit)}.`;
        status.textContent = it.error;
        it.row.classList.add('failed');
        bar.remove();
      } else {
        it.up = uploadFile(file, (p) => { bar.value = String(Math.round(p * 100)); });
        it.up.done.then((f) => {
          it.id = f.id;
          it.info = f;
          it.state = 'done';
          bar.remove();
          status.textContent = `${fileKind(f)} · ${formatSize(f.size)}`;
          it.row.classList.add('done');
          onChange?.();
        }, (e) => {
          if (e.cancelled) return;
          it.state = 'failed';
          it.error = e.message;
          status.textContent = e.message;
          it.row.classList.add('failed');
          bar.remove();
          onChange?.();
        });
      }
      items.push(it);
    }
    draw();
  }

  return {
    button, input, list, add,
    count: () => items.length,
    uploading: () => items.some((i) => i.state === 'uploading'),
    failed: () => items.some((i) => i.state === 'failed'),
    ready: () => items.length > 0 && items.every((i) => i.state === 'done'),
    files: () => items.filter((i) => i.state === 'done').map((i) => i.info),
    clear: () => { items.length = 0; draw(); },
  };
}

// Drag and drop of files onto `el` adds them to `tray`.
export function acceptDrops(el, tray) {
  let depth = 0;
  const has = (ev) => [...(ev.dataTransfer?.types || [])].includes('Files');
  el.addEventListener('dragenter', (ev) => { if (!has(ev)) return; depth++; el.classList.add('drop-files'); });
  el.addEventListener('dragleave', (ev) => { if (!has(ev)) return; depth = Math.max(0, depth - 1); if (!depth) el.classList.remove('drop-files'); });
  el.addEventListener('dragover', (ev) => { if (has(ev)) ev.preventDefault(); });
  el.addEventListener('drop', (ev) => {
    if (!has(ev)) return;
    ev.preventDefault();
    depth = 0;
    el.classList.remove('drop-files');
    tray.add([...ev.dataTransfer.files]);
  });
}

// Pasting an image (a screenshot) into `ta` attaches it.
export function acceptPaste(ta, tray) {
  ta.addEventListener('paste', (ev) => {
    const files = [...(ev.clipboardData?.files || [])];
    if (!files.length) return;
    ev.preventDefault();
    tray.add(files.map((f) => (f.name ? f : new File([f], `pasted-${Date.now()}.png`, { type: f.type }))));
  });
}
