// The slash-command composer, built from the commands the bot registered (deploy-commands): one field
// per option, choices as selects, autocomplete asked of the bot, attachments as file pickers.
/* global FileReader, setTimeout, clearTimeout */
import { el } from './render.js';

const SUB = 1;
const GROUP = 2;
const T = { string: 3, integer: 4, boolean: 5, user: 6, channel: 7, role: 8, mentionable: 9, number: 10, attachment: 11 };

/** Discord hides a command whose default_member_permissions the member lacks. */
export function visibleTo(command, permissions) {
  if (command.default_member_permissions === null || command.default_member_permissions === undefined) return true;
  const needed = BigInt(command.default_member_permissions);
  const has = BigInt(permissions);
  const admin = 1n << 3n;
  return (has & admin) === admin || (has & needed) === needed;
}

/** The leaves a member can run: `[{ path: ['credits', 'grant'], options, description }]`. */
function leaves(command) {
  const subs = (command.options ?? []).filter((o) => o.type === SUB || o.type === GROUP);
  if (subs.length === 0) return [{ path: [command.name], options: command.options ?? [], description: command.description }];
  return subs.flatMap((s) =>
    s.type === SUB
      ? [{ path: [command.name, s.name], options: s.options ?? [], description: s.description }]
      : (s.options ?? []).map((leaf) => ({ path: [command.name, s.name, leaf.name], options: leaf.options ?? [], description: leaf.description })),
  );
}

function readFile(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * `host`: { list, form, chip, send, status } elements; `api`: { autocomplete(name, options) → choices,
 * run(name, options, attachments) }.
 */
export function createComposer(host, api) {
  let current = null;
  let fields = [];

  function optionsFor(focusedName) {
    const values = [];
    for (const f of fields) {
      const raw = f.read();
      if (f.option.type === T.attachment) continue;
      if ((raw === '' || raw === undefined) && f.option.name !== focusedName) continue;
      let value = raw;
      if (f.option.type === T.integer || f.option.type === T.number) value = raw === '' ? raw : Number(raw);
      if (f.option.type === T.boolean) value = raw === 'true';
      values.push({ name: f.option.name, type: f.option.type, value, ...(f.option.name === focusedName ? { focused: true } : {}) });
    }
    const [, ...subPath] = current.path;
    let options = values;
    for (const [i, name] of [...subPath].reverse().entries()) options = [{ name, type: i === 0 ? SUB : GROUP, options }];
    return options;
  }

  function field(option) {
    const id = `opt-${option.name}`;
    const required = option.required === true;
    let input;
    let read = () => input.value;
    if (option.choices?.length) {
      input = el('select', { id, name: option.name, 'data-option': option.name }, required ? null : el('option', { value: '' }, '—'), option.choices.map((c) => el('option', { value: String(c.value) }, c.name)));
    } else if (option.type === T.boolean) {
      input = el('select', { id, name: option.name, 'data-option': option.name }, el('option', { value: '' }, '—'), el('option', { value: 'true' }, 'True'), el('option', { value: 'false' }, 'False'));
    } else if (option.type === T.integer || option.type === T.number) {
      input = el('input', { id, name: option.name, type: 'number', step: option.type === T.integer ? 1 : 'any', min: option.min_value, max: option.max_value, required, 'data-option': option.name });
    } else if (option.type === T.attachment) {
      input = el('input', { id, name: option.name, type: 'file', accept: 'image/png,image/jpeg,image/webp,image/*', required, 'data-option': option.name });
      read = () => input.files?.[0];
    } else if (option.type === T.string && (option.max_length ?? 0) > 200) {
      input = el('textarea', { id, name: option.name, rows: 1, maxlength: option.max_length, required, placeholder: option.description, 'data-option': option.name });
    } else {
      input = el('input', { id, name: option.name, type: 'text', maxlength: option.max_length, required, 'data-option': option.name });
    }
    const wrapper = el(
      'div',
      { class: `field${input.tagName === 'TEXTAREA' ? ' wide' : ''}` },
      el('label', { for: id, title: option.description ?? '' }, `${option.name}${required ? ' *' : ''}`),
      input,
      el('span', { class: 'desc' }, option.description ?? ''),
    );
    if (option.autocomplete) {
      const list = el('div', { class: 'suggestions', hidden: true, 'data-testid': 'suggestions' });
      wrapper.append(list);
      let timer;
      // As in Discord: suggestions as soon as the field is focused, and again as the member types.
      const suggest = (delay) => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
          const choices = await api.autocomplete(current.path[0], optionsFor(option.name)).catch(() => []);
          list.replaceChildren(...choices.map((c) => el('div', { onmousedown: () => ((input.value = String(c.value)), (list.hidden = true)) }, c.name)));
          list.hidden = choices.length === 0;
        }, delay);
      };
      input.addEventListener('focus', () => suggest(0));
      input.addEventListener('input', () => suggest(200));
      input.addEventListener('blur', () => setTimeout(() => (list.hidden = true), 150));
    }
    return { option, read, wrapper };
  }

  function pick(leaf) {
    current = leaf;
    fields = leaf.options.map(field);
    host.form.replaceChildren(...fields.map((f) => f.wrapper));
    host.form.hidden = fields.length === 0;
    host.chip.textContent = `/${leaf.path.join(' ')}`;
    host.send.disabled = false;
    for (const button of host.list.querySelectorAll('button')) button.classList.toggle('active', button.dataset.command === leaf.path.join(' '));
    host.status.textContent = leaf.description ?? '';
    host.status.classList.remove('error');
  }

  return {
    /** Redraws the command list for a member's permissions. */
    setCommands(commands, permissions) {
      const available = commands.filter((c) => c.type === 1 || c.type === undefined).filter((c) => visibleTo(c, permissions)).flatMap(leaves);
      host.list.replaceChildren(
        ...available.map((leaf) => el('button', { type: 'button', 'data-command': leaf.path.join(' '), title: leaf.description, onclick: () => pick(leaf) }, `/${leaf.path.join(' ')}`)),
      );
      if (current && !available.some((l) => l.path.join(' ') === current.path.join(' '))) {
        current = null;
        host.form.replaceChildren();
        host.form.hidden = true;
        host.chip.textContent = 'Pick a command above';
        host.send.disabled = true;
      } else if (current) {
        for (const button of host.list.querySelectorAll('button')) button.classList.toggle('active', button.dataset.command === current.path.join(' '));
      }
    },
    async submit() {
      if (!current) return;
      const attachments = [];
      for (const f of fields) {
        if (f.option.type !== T.attachment) continue;
        const file = f.read();
        if (file) attachments.push({ name: f.option.name, filename: file.name, contentType: file.type || 'application/octet-stream', data: await readFile(file) });
      }
      host.send.disabled = true;
      try {
        await api.run(current.path[0], optionsFor(undefined), attachments);
        // As in Discord, the typed text goes once sent; picked choices stay for the next try.
        for (const f of fields) {
          const typed = f.wrapper.querySelector('input:not([type=number]), textarea');
          if (typed) typed.value = '';
        }
      } finally {
        host.send.disabled = false;
      }
    },
  };
}
