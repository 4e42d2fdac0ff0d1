/**
 * A small subset of Discord's request validation, so that bugs which real Discord rejects with a
 * 400 (empty messages, content over 2000 characters, too many embeds, bad command names...) are
 * rejected by the fake too instead of passing silently.
 */
import type { Json } from './fixtures.js';

/** A Discord-style error body. */
export interface ApiError {
  status: number;
  body: Json;
}

export function invalidFormBody(field: string, code: string, message: string): ApiError {
  return {
    status: 400,
    body: { message: 'Invalid Form Body', code: 50035, errors: { [field]: { _errors: [{ code, message }] } } },
  };
}

/** Validates the message part of a create/edit body. `requireContent`: reject empty messages. */
export function validateMessageBody(body: Json, requireContent: boolean, hasFiles: boolean): ApiError | undefined {
  const content = body.content;
  if (content !== undefined && content !== null && typeof content !== 'string') {
    return invalidFormBody('content', 'BASE_TYPE_STRING', 'Must be a string.');
  }
  if (typeof content === 'string' && content.length > 2000) {
    return invalidFormBody('content', 'BASE_TYPE_MAX_LENGTH', 'Must be 2000 or fewer in length.');
  }
  const embeds = Array.isArray(body.embeds) ? (body.embeds as Json[]) : [];
  if (embeds.length > 10) return invalidFormBody('embeds', 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  let total = 0;
  for (const [i, embed] of embeds.entries()) {
    const check = (value: unknown, max: number, field: string): ApiError | undefined => {
      if (typeof value !== 'string') return undefined;
      total += value.length;
      return value.length > max ? invalidFormBody(`embeds.${i}.${field}`, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`) : undefined;
    };
    const fields = Array.isArray(embed.fields) ? (embed.fields as Json[]) : [];
    if (fields.length > 25) return invalidFormBody(`embeds.${i}.fields`, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    const problems = [
      check(embed.title, 256, 'title'),
      check(embed.description, 4096, 'description'),
      check((embed.footer as Json | undefined)?.text, 2048, 'footer.text'),
      check((embed.author as Json | undefined)?.name, 256, 'author.name'),
      ...fields.flatMap((f, j) => {
        if (typeof f.name !== 'string' || f.name.length === 0 || typeof f.value !== 'string' || f.value.length === 0) {
          return [invalidFormBody(`embeds.${i}.fields.${j}`, 'BASE_TYPE_REQUIRED', 'Field name and value are required.')];
        }
        return [check(f.name, 256, `fields.${j}.name`), check(f.value, 1024, `fields.${j}.value`)];
      }),
    ];
    const problem = problems.find((p) => p !== undefined);
    if (problem) return problem;
  }
  if (total > 6000) return invalidFormBody('embeds', 'BASE_TYPE_MAX_LENGTH', 'Embed size exceeds maximum size of 6000');
  const components = Array.isArray(body.components) ? (body.components as Json[]) : [];
  const isV2 = typeof body.flags === 'number' && (body.flags & (1 << 15)) !== 0;
  if (!isV2 && components.length > 5) return invalidFormBody('components', 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
  const customIds = new Set<string>();
  const walk = (list: Json[], path: string): ApiError | undefined => {
    for (const [i, c] of list.entries()) {
      if (typeof c.custom_id === 'string') {
        if (c.custom_id.length > 100) return invalidFormBody(`${path}.${i}.custom_id`, 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
        if (customIds.has(c.custom_id)) return invalidFormBody(`${path}.${i}.custom_id`, 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
        customIds.add(c.custom_id);
      }
      if (typeof c.label === 'string' && c.label.length > 80) return invalidFormBody(`${path}.${i}.label`, 'BASE_TYPE_MAX_LENGTH', 'Must be 80 or fewer in length.');
      if (Array.isArray(c.components)) {
        const nested = walk(c.components as Json[], `${path}.${i}.components`);
        if (nested) return nested;
      }
    }
    return undefined;
  };
  const componentProblem = walk(components, 'components');
  if (componentProblem) return componentProblem;
  if (requireContent) {
    const hasContent = typeof content === 'string' && content.trim().length > 0;
    const hasStickers = Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0;
    if (!hasContent && embeds.length === 0 && components.length === 0 && !hasFiles && !hasStickers && body.poll === undefined) {
      return { status: 400, body: { message: 'Cannot send an empty message', code: 50006 } };
    }
  }
  return undefined;
}

/** Autocomplete result (callback type 8). */
export function validateChoices(data: Json): ApiError | undefined {
  const choices = Array.isArray(data.choices) ? (data.choices as Json[]) : undefined;
  if (!choices) return invalidFormBody('data.choices', 'BASE_TYPE_REQUIRED', 'This field is required');
  if (choices.length > 25) return invalidFormBody('data.choices', 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  for (const [i, choice] of choices.entries()) {
    if (typeof choice.name !== 'string' || choice.name.length < 1 || choice.name.length > 100) {
      return invalidFormBody(`data.choices.${i}.name`, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    if (typeof choice.value === 'string' && choice.value.length > 100) {
      return invalidFormBody(`data.choices.${i}.value`, 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
    }
  }
  return undefined;
}

/** Modal (callback type 9). */
export function validateModal(data: Json): ApiError | undefined {
  if (typeof data.title !== 'string' || data.title.length < 1 || data.title.length > 45) {
    return invalidFormBody('data.title', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 45 in length.');
  }
  if (typeof data.custom_id !== 'string' || data.custom_id.length < 1 || data.custom_id.length > 100) {
    return invalidFormBody('data.custom_id', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  }
  const components = Array.isArray(data.components) ? data.components : [];
  if (components.length < 1 || components.length > 5) {
    return invalidFormBody('data.components', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
  }
  return undefined;
}

const COMMAND_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Application command deploy bodies (PUT .../commands). */
export function validateCommands(body: unknown): ApiError | undefined {
  if (!Array.isArray(body)) return invalidFormBody('_root', 'BASE_TYPE_ARRAY', 'Must be an array.');
  if (body.length > 100) return invalidFormBody('_root', 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
  const names = new Set<string>();
  for (const [i, raw] of body.entries()) {
    const cmd = raw as Json;
    const type = typeof cmd.type === 'number' ? cmd.type : 1;
    const name = cmd.name;
    if (typeof name !== 'string' || (type === 1 ? !COMMAND_NAME.test(name) || name !== name.toLowerCase() : name.length < 1 || name.length > 32)) {
      return invalidFormBody(`${i}.name`, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    const key = `${type}:${name}`;
    if (names.has(key)) return invalidFormBody(`${i}.name`, 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
    names.add(key);
    if (type === 1) {
      if (typeof cmd.description !== 'string' || cmd.description.length < 1 || cmd.description.length > 100) {
        return invalidFormBody(`${i}.description`, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
      }
      const problem = validateOptions(Array.isArray(cmd.options) ? (cmd.options as Json[]) : [], `${i}.options`);
      if (problem) return problem;
    } else if (cmd.description !== undefined && cmd.description !== '') {
      return invalidFormBody(`${i}.description`, 'APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION', 'Context menu commands cannot have description');
    }
  }
  return undefined;
}

function validateOptions(options: Json[], path: string): ApiError | undefined {
  if (options.length > 25) return invalidFormBody(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  let sawOptional = false;
  const names = new Set<string>();
  for (const [j, option] of options.entries()) {
    const at = `${path}.${j}`;
    if (typeof option.name !== 'string' || !COMMAND_NAME.test(option.name) || option.name !== option.name.toLowerCase()) {
      return invalidFormBody(`${at}.name`, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    if (names.has(option.name)) return invalidFormBody(`${at}.name`, 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option names must be unique');
    names.add(option.name);
    if (typeof option.description !== 'string' || option.description.length < 1 || option.description.length > 100) {
      return invalidFormBody(`${at}.description`, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    if (option.required === true && sawOptional) {
      return invalidFormBody(at, 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    }
    if (option.required !== true) sawOptional = true;
    if (Array.isArray(option.choices) && option.choices.length > 25) {
      return invalidFormBody(`${at}.choices`, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    }
    if (option.autocomplete === true && Array.isArray(option.choices) && option.choices.length > 0) {
      return invalidFormBody(`${at}.autocomplete`, 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_CHOICES', 'Autocomplete cannot be set with choices');
    }
    if (Array.isArray(option.options)) {
      const nested = validateOptions(option.options as Json[], `${at}.options`);
      if (nested) return nested;
    }
  }
  return undefined;
}
