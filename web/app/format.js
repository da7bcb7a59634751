// Message bodies to DOM nodes. The small formatting language: **bold**, _italic_ or *italic*,
// `inline code`, ``` fenced code blocks ```, http(s) links, line breaks and <@id> mentions.
// Everything is built with createElement/createTextNode, never parsed as HTML, so whatever a
// message says stays text.

import { h } from './dom.js';
import { t } from './i18n.js';

// A mention as stored in a body: <@ + 13-character person id + >.
export const MENTION_RE = /<@([0-9a-z]{13})>/g;

// `opts.name(id)` gives the display name of a person (or null while unknown); `opts.me` is the
// viewer's id, whose mentions are highlighted strongly; `opts.onMention(id, el)` may make chips
// interactive.
export function renderBody(body, opts = {}) {
  const frag = document.createDocumentFragment();
  const fence = /```([^\n`]*)\n?([\s\S]*?)```/g;
  let last = 0;
  let m;
  while ((m = fence.exec(body))) {
    if (m.index > last) frag.append(...inline(trimBlockEdges(body.slice(last, m.index), last > 0, true), opts));
    // A first line holding a single word is a language tag (```js); anything else is code.
    const lang = m[1].trim();
    const code = /^[\w+#.-]{1,20}$/.test(lang) || !lang ? m[2] : `${m[1]}\n${m[2]}`;
    frag.append(h('pre', { class: 'code-block' }, h('code', {}, code.replace(/\n$/, ''))));
    last = fence.lastIndex;
  }
  if (last < body.length) frag.append(...inline(trimBlockEdges(body.slice(last), last > 0, false), opts));
  return frag;
}

// Around a code block, the newline that separates it from the text is part of the block.
function trimBlockEdges(text, afterBlock, beforeBlock) {
  let t = text;
  if (afterBlock) t = t.replace(/^\n/, '');
  if (beforeBlock) t = t.replace(/\n$/, '');
  return t;
}

const TOKEN = new RegExp([
  '(`[^`\\n]+`)', // 1 inline code
  '<@([0-9a-z]{13})>', // 2 mention
  '(https?:\\/\\/[^\\s<>"]+)', // 3 link
  '\\*\\*(?=\\S)([\\s\\S]*?\\S)\\*\\*', // 4 bold
  '(?<![\\w*])\\*(?=[^\\s*])([^*\\n]*?[^\\s*])\\*(?![\\w*])', // 5 *italic*
  '(?<![\\w])_(?=[^\\s_])([^_\\n]*?[^\\s_])_(?!\\w)', // 6 _italic_
  '(\\n)', // 7 line break
].join('|'), 'g');

function inline(text, opts, depth = 0) {
  const out = [];
  if (!text) return out;
  const re = new RegExp(TOKEN.source, 'g');
  let last = 0;
  let m;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push(document.createTextNode(text.slice(last, m.index)));
    last = re.lastIndex;
    if (m[1]) {
      out.push(h('code', { class: 'inline-code' }, m[1].slice(1, -1)));
    } else if (m[2]) {
      out.push(mentionChip(m[2], opts));
    } else if (m[3]) {
      const { url, rest } = splitTrailing(m[3]);
      out.push(h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'msg-link' }, url));
      if (rest) {
        out.push(document.createTextNode(rest));
      }
    } else if (m[4] !== undefined) {
      out.push(h('strong', {}, depth < 4 ? inline(m[4], opts, depth + 1) : m[4]));
    } else if (m[5] !== undefined || m[6] !== undefined) {
      const inner = m[5] !== undefined ? m[5] : m[6];
      out.push(h('em', {}, depth < 4 ? inline(inner, opts, depth + 1) : inner));
    } else if (m[7]) {
      out.push(h('br'));
    }
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}

// Punctuation that ends a sentence is not part of a link; a closing parenthesis is, when the link
// opened one (https://en.wikipedia.org/wiki/Tent_(disambiguation)).
function splitTrailing(url) {
  let end = url.length;
  while (end > 0) {
    const ch = url[end - 1];
    if ('.,;:!?\'"'.includes(ch)) { end -= 1; continue; }
    if (ch === ')') {
      const s = url.slice(0, end);
      const opens = (s.match(/\(/g) || []).length;
      const closes = (s.match(/\)/g) || []).length;
      if (closes > opens) { end -= 1; continue; }
    }
    break;
  }
  return { url: url.slice(0, end), rest: url.slice(end) };
}

function mentionChip(id, opts) {
  const name = opts.name?.(id);
  const mine = opts.me && id === opts.me;
  const chip = h('span', { class: ['mention', mine ? 'me' : ''], dataset: { person: id } }, `@${name || t('someone')}`);
  opts.onMention?.(id, chip);
  return chip;
}

// Plain text of a body, for previews and the tab: mentions as @Name, markup kept as typed.
export function plainText(body, name) {
  return body
    .replace(MENTION_RE, (_, id) => `@${name?.(id) || t('someone')}`)
    .replace(/```[^\n`]*\n?/g, '')
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1')
    .replace(/(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/g, '$1')
    .replace(/(?<![\w])_(?=[^\s_])([^_\n]*?[^\s_])_(?!\w)/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1');
}
