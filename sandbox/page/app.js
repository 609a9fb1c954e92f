// The sandbox page: a channel fed live by the stand-in Discord, a member switcher, each member's and
// the server's Discord language, the server's balance, fault switches, and the composer. Every action
// is an interaction the real bot receives.
/* global document, window, localStorage, EventSource, fetch, setInterval */
import { createComposer } from './composer.js';
import { avatar, el, messageView, refreshTimestamps } from './render.js';

const $ = (id) => document.getElementById(id);
const state = {
  members: [],
  memberId: null,
  commands: [],
  bot: { id: '0', username: 'Kie Video' },
  messages: new Map(),
  dismissed: new Set(),
  failures: new Map(),
  notices: [],
  locales: { guild: 'en-US', members: {} },
  localeChoices: [],
};

const member = () => state.members.find((m) => m.id === state.memberId) ?? state.members[0];
const names = (id) => state.members.find((m) => m.id === id)?.displayName ?? (id === state.bot.id ? state.bot.username : undefined);
/** The reader's Discord language: dates, times and "in 5 minutes" on the page follow it, as in Discord. */
const readerLocale = () => state.locales.members[member()?.id] ?? 'en-US';

async function post(path, body) {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(json.error ?? `HTTP ${response.status}`);
  return json;
}

function setStatus(text, error = false) {
  $('composer-status').textContent = text;
  $('composer-status').classList.toggle('error', error);
}

/** What Discord shows when the bot does not acknowledge within 3 s, or opens a modal. */
function afterInteraction(result, where) {
  if (result.callbackType === 9 && result.data) return openModal(result.data, where?.messageId);
  if (!result.acknowledged) {
    const text = 'The application did not respond';
    if (where?.messageId) {
      state.failures.set(where.messageId, `⚠ This interaction failed: ${text.toLowerCase()}`);
      renderMessage(state.messages.get(where.messageId));
    } else {
      addNotice(`⚠ ${text} (the bot did not answer within 3 s)`);
    }
  }
}

function interact(body, where) {
  return post('/api/interactions', { memberId: member().id, ...body })
    .then((result) => afterInteraction(result, where))
    .catch((error) => setStatus(error.message, true));
}

function addNotice(text) {
  state.notices.push({ id: `notice-${Date.now()}`, text, memberId: member().id });
  renderAll();
}

// ---- messages -----------------------------------------------------------------------------------

const ctx = {
  get bot() {
    return state.bot;
  },
  names,
  get locale() {
    return readerLocale();
  },
  press: (message, component) => interact({ kind: 'component', messageId: message.id, customId: component.custom_id, componentType: 2 }, { messageId: message.id }),
  select: (message, component, values) => interact({ kind: 'component', messageId: message.id, customId: component.custom_id, componentType: component.type, values }, { messageId: message.id }),
  dismiss: (message) => {
    state.dismissed.add(message.id);
    renderAll();
  },
  failure: (id) => state.failures.get(id),
};

function visible(message) {
  if (message.deleted || state.dismissed.has(message.id)) return false;
  return message.audience === null || message.audience === member().id;
}

function nodeFor(message) {
  const node = messageView(message, ctx);
  // Keep a playing video playing across edits of its message.
  const old = document.querySelector(`[data-message-id="${message.id}"]`);
  for (const video of node.querySelectorAll('video')) {
    const same = old && [...old.querySelectorAll('video')].find((v) => v.getAttribute('src') === video.getAttribute('src'));
    if (same) video.replaceWith(same);
  }
  return node;
}

function nearBottom() {
  const list = $('messages');
  return list.scrollHeight - list.scrollTop - list.clientHeight < 80;
}

/** Follows new content (a status edit, a video whose size arrives late) while the reader is at the bottom. */
function follow(node, wasAtBottom) {
  if (!wasAtBottom) return;
  $('messages').scrollTop = $('messages').scrollHeight;
  for (const media of node.querySelectorAll('video, img')) {
    media.addEventListener(media.tagName === 'VIDEO' ? 'loadedmetadata' : 'load', () => ($('messages').scrollTop = $('messages').scrollHeight), { once: true });
  }
}

function renderMessage(message) {
  if (!message) return;
  const old = document.querySelector(`[data-message-id="${message.id}"]`);
  const parent = message.place === 'dm' ? $('dm-list') : $('messages');
  if (!visible(message)) return old?.remove();
  if (old && old.parentElement === parent) {
    const atBottom = nearBottom();
    const node = nodeFor(message);
    old.replaceWith(node);
    return follow(node, atBottom);
  }
  renderAll();
}

function renderAll() {
  const list = $('messages');
  const atBottom = nearBottom();
  const sorted = [...state.messages.values()].filter(visible).sort((a, b) => a.createdAt - b.createdAt || (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  const notices = state.notices
    .filter((n) => n.memberId === member().id)
    .map((n) => el('div', { class: 'message', 'data-testid': 'notice' }, el('span'), el('div', { class: 'local-notice' }, n.text)));
  list.replaceChildren(...sorted.filter((m) => m.place === 'channel').map(nodeFor), ...notices);
  const dms = sorted.filter((m) => m.place === 'dm');
  $('dms').hidden = dms.length === 0;
  $('dms-title').textContent = `Direct messages from ${state.bot.username} to ${member().displayName}`;
  $('dm-list').replaceChildren(...dms.map(nodeFor));
  follow(list, atBottom);
}

// ---- members, balance, faults ---------------------------------------------------------------------

function renderMembers() {
  $('members').replaceChildren(
    ...state.members.map((m) =>
      el(
        'button',
        { type: 'button', class: m.id === member().id ? 'active' : '', 'data-member': m.username, onclick: () => switchMember(m.id) },
        avatar(m.displayName, m.id),
        m.displayName,
        m.admin ? el('span', { class: 'badge', title: 'Manage Server' }, 'ADMIN') : null,
      ),
    ),
  );
}

function switchMember(id) {
  state.memberId = id;
  localStorage.setItem('sandbox-member', id);
  renderMembers();
  composer.setCommands(state.commands, member().permissions);
  setStatus(`You are ${member().displayName}${member().admin ? ' (Manage Server)' : ''}.`);
  renderAll();
}

// Kept by the page server, which puts them on every interaction it sends (locale, guild_locale).
function renderLocales(locales) {
  const before = readerLocale();
  if (locales) state.locales = locales;
  const picker = (memberId, current, name) => {
    const group = (label, spoken) =>
      el('optgroup', { label }, state.localeChoices.filter((c) => c.spoken === spoken).map((c) => el('option', { value: c.code, selected: c.code === current }, `${c.name} · ${c.code}`)));
    const select = el('select', { 'data-locale-for': name }, group('The bot speaks', true), group('The bot answers in English', false));
    select.addEventListener('change', () =>
      post('/api/locales', { ...(memberId ? { memberId } : {}), locale: select.value })
        .then((l) => renderLocales(l))
        .catch((e) => setStatus(e.message, true)),
    );
    return select;
  };
  $('languages').replaceChildren(
    ...state.members.map((m) => el('label', {}, el('span', {}, m.displayName.replace(/ \(.*\)$/, '')), picker(m.id, state.locales.members[m.id], m.username))),
    el('label', { title: "Discord's guild_locale: the server's language, unless /settings language chooses one" }, el('span', {}, 'Server'), picker(null, state.locales.guild, 'server')),
  );
  if (readerLocale() !== before) renderAll();
}

function renderBalance(balance) {
  $('balance').textContent = `${balance.balance.toLocaleString('en-US')} credits${balance.held > 0 ? ` · ${balance.held} held for videos in progress` : ''}`;
}

function renderFaults(faults, labels) {
  if (labels) state.faultLabels = labels;
  $('faults').replaceChildren(
    ...Object.entries(faults).map(([name, on]) => {
      const box = el('input', { type: 'checkbox', 'data-fault': name, checked: on });
      box.addEventListener('change', () => post('/api/faults', { name, on: box.checked }).then((f) => renderFaults(f)).catch((e) => setStatus(e.message, true)));
      return el('label', {}, box, state.faultLabels?.[name] ?? name);
    }),
  );
}

// ---- modals ---------------------------------------------------------------------------------------

function modalInputs(components) {
  return components.flatMap((c) => (c.type === 1 ? modalInputs(c.components ?? []) : c.type === 18 ? [{ ...c.component, label: c.label, description: c.description }] : c.type === 4 ? [c] : []));
}

function openModal(data, messageId) {
  $('modal-title').textContent = data.title ?? '';
  const inputs = modalInputs(data.components ?? []);
  $('modal-fields').replaceChildren(
    ...inputs.map((input) => {
      const attrs = { name: input.custom_id, placeholder: input.placeholder, required: input.required !== false, minlength: input.min_length, maxlength: input.max_length, 'data-input': input.custom_id };
      const field = input.style === 2 ? el('textarea', { ...attrs, rows: 4 }) : el('input', { ...attrs, type: 'text' });
      field.value = input.value ?? '';
      return el('label', {}, input.label ?? input.custom_id, field);
    }),
  );
  $('modal').hidden = false;
  $('modal-form').onsubmit = (event) => {
    event.preventDefault();
    const fields = Object.fromEntries(inputs.map((i) => [i.custom_id, $('modal-form').elements.namedItem(i.custom_id).value]));
    $('modal').hidden = true;
    void interact({ kind: 'modal', customId: data.custom_id, fields, ...(messageId ? { messageId } : {}) }, messageId ? { messageId } : undefined);
  };
}
$('modal-cancel').addEventListener('click', () => ($('modal').hidden = true));

// ---- start ----------------------------------------------------------------------------------------

const composer = createComposer(
  { list: $('command-list'), form: $('command-form'), chip: $('command-chip'), send: $('send'), status: $('composer-status') },
  {
    autocomplete: async (name, options) => (await post('/api/interactions', { kind: 'autocomplete', memberId: member().id, name, options })).data?.choices ?? [],
    run: async (name, options, attachments) => {
      setStatus('Sent.');
      await interact({ kind: 'command', name, options, attachments });
    },
  },
);
$('composer').addEventListener('submit', (event) => {
  event.preventDefault();
  composer.submit().catch((error) => setStatus(error.message, true));
});

async function start() {
  const initial = await (await fetch('/api/state')).json();
  state.members = initial.members;
  state.bot = initial.bot;
  state.commands = initial.commands;
  state.locales = initial.locales;
  state.localeChoices = initial.localeChoices;
  const saved = localStorage.getItem('sandbox-member');
  state.memberId = state.members.some((m) => m.id === saved) ? saved : state.members[0].id;
  $('server-name').textContent = initial.guild.name;
  $('channel-title').textContent = initial.channel.name;
  for (const message of initial.messages) state.messages.set(message.id, message);
  renderBalance(initial.balance);
  renderFaults(initial.faults, initial.faultLabels);
  renderLocales();
  switchMember(state.memberId);
  $('messages').scrollTop = $('messages').scrollHeight;

  const feed = new EventSource('/api/events');
  feed.onopen = () => {
    $('connection').textContent = 'live';
    $('connection').classList.add('live');
  };
  feed.onerror = () => {
    $('connection').textContent = 'reconnecting…';
    $('connection').classList.remove('live');
  };
  feed.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    const known = state.messages.has(message.id);
    state.messages.set(message.id, message);
    if (known) renderMessage(message);
    else renderAll();
  });
  feed.addEventListener('balance', (event) => renderBalance(JSON.parse(event.data)));
  feed.addEventListener('faults', (event) => renderFaults(JSON.parse(event.data)));
  feed.addEventListener('locales', (event) => renderLocales(JSON.parse(event.data)));
  setInterval(() => refreshTimestamps(document, readerLocale()), 1000);
}

start().catch((error) => setStatus(`Could not load the sandbox: ${error.message}`, true));
window.sandbox = state;
