// Files in messages: the composer's attachment tray (paperclip, drag and drop, paste; a progress
// bar and a cancel button per file), the files shown under a message (image previews, file
// cards with a type icon, name and size), and the image viewer.

import { h, icon } from '../dom.js';
import { csrf } from '../api.js';
import { openDialog } from '../ui.js';
import { t, language } from '../i18n.js';

// "1.5 MB", "1,5 МБ": in the person's language (Intl units).
export function formatSize(n) {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  const digits = i === 0 || v >= 10 ? 0 : 1;
  try {
    return new Intl.NumberFormat(language(), { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: digits }).format(v);
  } catch {
    return `${v.toFixed(digits)} ${['B', 'KB', 'MB', 'GB'][i]}`;
  }
}

const KIND_WORDS = {
  image: 'file-kind-image', pdf: 'file-kind-pdf', video: 'file-kind-video', audio: 'file-kind-audio',
  document: 'file-kind-document', spreadsheet: 'file-kind-spreadsheet', presentation: 'file-kind-presentation',
  archive: 'file-kind-archive', text: 'file-kind-text', file: 'file-kind-file',
};

// A file's kind, from its (sniffed) type and its name: a code (for the icon's colour) and its
// extension, if any.
function kindOf(f) {
  const type = f.content_type || '';
  const ext = (f.name.match(/\.([a-z0-9]{1,8})$/i)?.[1] || '').toLowerCase();
  if (type.startsWith('image/')) return { code: 'image', ext };
  if (type === 'application/pdf') return { code: 'pdf', ext };
  if (type.startsWith('video/')) return { code: 'video', ext };
  if (type.startsWith('audio/')) return { code: 'audio', ext };
  if (type.includes('wordprocessing') || ['doc', 'docx', 'odt', 'rtf'].includes(ext)) return { code: 'document', ext };
  if (type.includes('spreadsheet') || ['xls', 'xlsx', 'ods', 'csv'].includes(ext)) return { code: 'spreadsheet', ext };
  if (type.includes('presentation') || ['ppt', 'pptx', 'odp'].includes(ext)) return { code: 'presentation', ext };
  if (type.includes('zip') || type.includes('compressed') || type.includes('rar') || type.includes('gzip')) return { code: 'archive', ext };
  if (type.startsWith('text/')) return { code: ext ? ext : 'text', ext, byExt: !!ext };
  return { code: ext ? ext : 'file', ext, byExt: !!ext };
}

// A short word for a file's kind ("Image", "Изображение"; "CSV" by its extension).
export function fileKind(f) {
  const k = kindOf(f);
  return k.byExt ? k.ext.toUpperCase() : t(KIND_WORDS[k.code]);
}

function kindBadge(f) {
  const kind = fileKind(f);
  return h('span', { class: ['file-icon', `k-${kindOf(f).code.replace(/[^a-z]/g, '')}`], 'aria-hidden': 'true' },
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
    const b = h('button', { type: 'button', class: 'file-thumb', title: f.name, 'aria-label': t('file-open-image', { name: f.name }) }, img);
    b.addEventListener('click', () => openViewer(f, m));
    return b;
  }
  const meta = h('span', { class: 'file-meta muted small' }, `${fileKind(f)} · ${formatSize(f.size)}`);
  const inner = [kindBadge(f), h('span', { class: 'file-text' }, h('span', { class: 'file-name' }, f.name), meta)];
  if (local) return h('div', { class: 'file-card local' }, ...inner);
  const a = h('a', { class: 'file-card', href: `/api/files/${f.id}`, 'data-reload': '', title: t('file-download-named', { name: f.name }) }, ...inner,
    h('span', { class: 'file-dl' }, icon('down', t('file-download'))));
  if (f.content_type === 'application/pdf' || f.content_type?.startsWith('image/')) a.target = '_blank';
  else a.setAttribute('download', f.name);
  a.rel = 'noopener';
  return a;
}

// Full size, in a dialog; Esc closes.
export function openViewer(f) {
  const img = h('img', { class: 'viewer-img', src: `/api/files/${f.id}`, alt: f.name });
  const dl = h('a', { class: 'btn small', href: `/api/files/${f.id}`, download: f.name, 'data-reload': '' }, icon('down'), t('file-download'));
  const open = h('a', { class: 'btn small ghost', href: `/api/files/${f.id}`, target: '_blank', rel: 'noopener', 'data-reload': '' }, t('file-open-tab'));
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
      else reject(new Error(xhr.response?.error?.message || t('server-answered', { status: xhr.status })));
    });
    xhr.addEventListener('error', () => reject(new Error(t('network-error'))));
    xhr.addEventListener('abort', () => reject(Object.assign(new Error(t('cancelled')), { cancelled: true })));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

// The tray of files being attached to a message. `onChange()` runs when the set or its state
// changes (the composer enables its Send button from `ready()`).
export function attachmentTray({ onChange, max = 20, limit }) {
  const items = [];
  const list = h('ul', { class: 'attach-list', 'aria-label': t('files-to-send'), hidden: true });
  const input = h('input', { type: 'file', multiple: true, hidden: true, tabindex: '-1', 'aria-hidden': 'true' });
  input.addEventListener('change', () => { add([...input.files]); input.value = ''; });
  const button = h('button', { type: 'button', class: 'btn ghost icon attach-btn', 'aria-label': t('files-attach'), title: t('files-attach') }, icon('clip'));
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
      const bar = h('progress', { max: '100', value: '0', 'aria-label': t('file-uploading', { name: file.name || t('file-image') }) });
      const status = h('span', { class: 'attach-status muted small' }, formatSize(file.size));
      const remove = h('button', { type: 'button', class: 'btn ghost icon small', 'aria-label': t('file-cancel-named', { name: file.name || t('file-image') }), title: t('cancel') }, icon('close'));
      it.row = h('li', { class: 'attach-item' }, kindBadge({ name: file.name || 'image.png', content_type: file.type }),
        h('span', { class: 'file-text' }, h('span', { class: 'file-name' }, file.name || t('file-pasted-image')), status), bar, remove);
      remove.addEventListener('click', () => {
        it.up?.abort();
        items.splice(items.indexOf(it), 1);
        draw();
      });
      if (limit && file.size > limit) {
        it.state = 'failed';
        it.error = t('file-larger-than', { limit: formatSize(limit) });
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
