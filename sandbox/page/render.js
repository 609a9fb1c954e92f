// Draws one message the way Discord does, from the message's own JSON: content, embeds, attachments
// and whatever components the bot sent (buttons, selects, Components V2), so new buttons need no
// change here.
/* global document */
import { discordTokens, escapeHtml, relativeTime } from './markup.js';

const COLORS = ['#5865f2', '#23a55a', '#f0b232', '#eb459e', '#ed4245', '#3ba55c'];

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'html') node.innerHTML = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

export function avatar(name, id) {
  const color = COLORS[Number(BigInt(id || '0') % BigInt(COLORS.length))];
  return el('span', { class: 'avatar', style: `background:${color}` }, (name || '?').slice(0, 1).toUpperCase());
}

/**
 * The subset of Discord markdown the bot uses: bold, italics, code, quotes, links, mentions, timestamps,
 * subtext. `refs`: how the reader's client names users, channels and roles, and their locale (markup.js).
 */
export function markdown(text, refs = {}) {
  const blocks = [];
  let html = escapeHtml(text).replace(/```(?:\w*\n)?([\s\S]*?)```/g, (_, code) => {
    blocks.push(`<pre>${code}</pre>`);
    return `@@CODEBLOCK${blocks.length - 1}@@`;
  });
  html = html
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>')
    .replace(/__([^_]+)__/g, '<u>$1</u>')
    .replace(/~~([^~]+)~~/g, '<s>$1</s>')
    .replace(/(^|[^*\w])\*([^*\n]+)\*/g, '$1<i>$2</i>')
    .replace(/(^|\W)_([^_\n]+)_(?=\W|$)/g, '$1<i>$2</i>')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>')
    .replace(/(^|[\s(])(https?:\/\/[^\s<)]+)/g, '$1<a href="$2" target="_blank" rel="noopener">$2</a>');
  html = discordTokens(html, refs);
  // Block quotes and subtext are blocks: consecutive quote lines merge, and no newline follows a block.
  let out = '';
  let quote = null;
  const flush = () => {
    if (quote !== null) out += `<blockquote>${quote}</blockquote>`;
    quote = null;
  };
  for (const [i, line] of html.split('\n').entries()) {
    const quoted = line.startsWith('&gt; ') ? line.slice(5) : line === '&gt;' ? '' : null;
    if (quoted !== null) {
      quote = quote === null ? quoted : `${quote}\n${quoted}`;
      continue;
    }
    flush();
    if (line.startsWith('-# ')) out += `<span class="subtext">${line.slice(3)}</span>`;
    else out += (/^#{1,3} /.test(line) ? `<b>${line.replace(/^#+ /, '')}</b>` : line) + (i < html.split('\n').length - 1 ? '\n' : '');
  }
  flush();
  html = out;
  return html.replace(/@@CODEBLOCK(\d+)@@/g, (_, i) => blocks[Number(i)]);
}

function time(ms, locale) {
  return new Date(ms).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}

/** Rewords every relative timestamp under `root` for now (Discord keeps "in 5 minutes" current). */
export function refreshTimestamps(root, locale) {
  for (const span of root.querySelectorAll('.timestamp[data-style="R"]')) span.textContent = relativeTime(Number(span.dataset.unix), locale);
}

function embedView(embed, refs) {
  const color = typeof embed.color === 'number' ? `#${embed.color.toString(16).padStart(6, '0')}` : undefined;
  const fields = (embed.fields ?? []).map((f) =>
    el('div', { class: `embed-field${f.inline ? '' : ' block'}` }, el('div', { class: 'embed-field-name', html: markdown(f.name ?? '', refs) }), el('div', { class: 'embed-field-value', html: markdown(f.value ?? '', refs) })),
  );
  const title = embed.title ? el('div', { class: 'embed-title' }, embed.url ? el('a', { href: embed.url, target: '_blank' }, embed.title) : embed.title) : null;
  return el(
    'div',
    { class: 'embed', style: color ? `border-left-color:${color}` : undefined, 'data-testid': 'embed' },
    embed.author?.name ? el('div', { class: 'embed-field-name' }, embed.author.name) : null,
    title,
    embed.description ? el('div', { class: 'embed-description', html: markdown(embed.description, refs) }) : null,
    fields.length ? el('div', { class: 'embed-fields' }, fields) : null,
    embed.image?.url ? el('img', { src: embed.image.url, alt: '' }) : null,
    embed.footer?.text ? el('div', { class: 'embed-footer' }, embed.footer.text) : null,
  );
}

function attachmentView(file) {
  if (file.contentType.startsWith('video/')) {
    return el('video', { src: file.url, controls: true, muted: true, playsinline: true, preload: 'auto', 'data-testid': 'video', title: file.filename });
  }
  if (file.contentType.startsWith('image/')) return el('img', { src: file.url, alt: file.filename });
  return el('a', { class: 'file', href: file.url, download: file.filename }, `📎 ${file.filename} (${Math.round(file.size / 1024)} KB)`);
}

function buttonView(component, actions) {
  const label = [component.emoji?.name, component.label].filter(Boolean).join(' ');
  const cls = `btn s${component.style ?? 2}`;
  if (component.style === 5) return el('a', { class: cls, href: component.url, target: '_blank', rel: 'noopener', 'data-testid': 'button' }, `${label} ↗`);
  return el('button', { type: 'button', class: cls, disabled: component.disabled, 'data-testid': 'button', 'data-custom-id': component.custom_id, onclick: () => actions.press(component) }, label || '\u00a0');
}

function selectView(component, actions) {
  const options = component.options ?? [];
  const select = el(
    'select',
    { disabled: component.disabled, 'data-custom-id': component.custom_id, multiple: (component.max_values ?? 1) > 1 },
    el('option', { value: '', disabled: true, selected: true }, component.placeholder ?? 'Make a selection'),
    options.map((o) => el('option', { value: o.value }, o.label)),
  );
  select.addEventListener('change', () => actions.select(component, [...select.selectedOptions].map((o) => o.value).filter(Boolean)));
  return select;
}

/** Action rows and the Components V2 layout pieces, recursively. */
export function componentsView(components, actions, refs) {
  return components.map((c) => {
    switch (c.type) {
      case 1:
        return el('div', { class: 'row' }, componentsView(c.components ?? [], actions, refs));
      case 2:
        return buttonView(c, actions);
      case 3:
      case 5:
      case 6:
      case 7:
      case 8:
        return selectView(c, actions);
      case 9:
        return el('div', { class: 'row' }, el('div', {}, componentsView(c.components ?? [], actions, refs)), c.accessory ? componentsView([c.accessory], actions, refs) : null);
      case 10:
        return el('div', { class: 'content', html: markdown(c.content ?? '', refs) });
      case 12:
        return el('div', { class: 'row' }, (c.items ?? []).map((i) => el('img', { src: i.media?.url, alt: i.description ?? '', style: 'max-width:200px' })));
      case 14:
        return el('hr', { style: 'border-color:#3f4147' });
      case 17:
        return el('div', { class: 'embed', style: c.accent_color ? `border-left-color:#${c.accent_color.toString(16).padStart(6, '0')}` : undefined }, componentsView(c.components ?? [], actions, refs));
      default:
        return null;
    }
  });
}

/**
 * One message. `ctx`: { bot, names(id), locale (the reader's), press(message, component),
 * select(message, component, values), dismiss(message), failure(messageId) }.
 */
export function messageView(message, ctx) {
  const actions = { press: (c) => ctx.press(message, c), select: (c, values) => ctx.select(message, c, values) };
  const names = ctx.names;
  const mentions = message.mentions ?? { channels: {}, roles: {} };
  const refs = { user: names, channel: (id) => mentions.channels[id], role: (id) => mentions.roles[id], locale: ctx.locale };
  const body = el(
    'div',
    { class: 'body' },
    el('div', {}, el('span', { class: 'author' }, ctx.bot.username), el('span', { class: 'bot-tag' }, 'APP'), el('span', { class: 'time' }, time(message.createdAt, ctx.locale))),
    message.loading ? el('div', { class: 'thinking', 'data-testid': 'thinking' }, `${ctx.bot.username} is thinking`) : null,
    message.content ? el('div', { class: 'content', html: markdown(message.content, refs) + (message.editedAt ? '<span class="edited">(edited)</span>' : '') }) : null,
    message.embeds.map((e) => embedView(e, refs)),
    message.attachments.length ? el('div', { class: 'attachments' }, message.attachments.map(attachmentView)) : null,
    message.components.length ? el('div', { class: 'components' }, componentsView(message.components, actions, refs)) : null,
    ctx.failure(message.id) ? el('div', { class: 'failed-note' }, ctx.failure(message.id)) : null,
    message.ephemeral
      ? el('div', { class: 'ephemeral-note', 'data-testid': 'ephemeral-note' }, '👁 Only you can see this · ', el('button', { type: 'button', onclick: () => ctx.dismiss(message) }, 'Dismiss message'))
      : null,
  );
  const used = message.usedBy
    ? el('div', { class: 'used' }, '↱ ', el('b', {}, names(message.usedBy.id) ?? message.usedBy.username), ` used ${message.usedBy.command}`)
    : null;
  return el(
    'div',
    { class: `message${message.ephemeral ? ' ephemeral' : ''}`, 'data-testid': 'message', 'data-message-id': message.id, 'data-ephemeral': message.ephemeral ? 'true' : 'false' },
    used ? el('span') : null,
    used,
    avatar(ctx.bot.username, ctx.bot.id),
    body,
  );
}
