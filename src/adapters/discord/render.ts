import { ButtonStyle, ComponentType, escapeMarkdown, MessageFlags, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import { encodeCustomId } from '../../framework/component.js';
import { DISCORD, truncate } from '../../framework/limits.js';
import type { MemoStore } from '../../framework/memos.js';
import type { Reply, ReplyButton } from '../../framework/reply.js';
import { resolveUserText } from '../../framework/safe-text.js';
import { splitMarkdown } from './split.js';

/** Section text per embed: leaves room for title, fields and footer inside the 6000 total. */
const DESCRIPTION_BUDGET = 3500;
/** Fields shown at most, well under Discord's 25, so an embed stays readable. */
const FIELDS_SHOWN = 10;

const COLORS: Record<Reply['kind'], number> = {
  answer: 0x3b82f6,
  unsure: 0xf59e0b,
  python: 0x10b981,
  topics: 0x6366f1,
  info: 0x6b7280,
  error: 0xef4444,
  cooldown: 0x6b7280,
  notice: 0x6b7280,
};

const STYLES: Record<NonNullable<ReplyButton['style']>, ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger> = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
};

export interface DiscordPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  flags?: MessageFlags.Ephemeral;
  allowedMentions: { parse: []; users?: string[]; roles?: string[] };
  /** Attached files (discord.js uploads them as multipart). */
  files?: { attachment: Buffer; name: string; description?: string }[];
}

export interface RenderContext {
  memos: MemoStore;
  /** Which part of a long body to show (the "Show more" button asks for the next). */
  part?: number;
  /** False where a reply cannot be ephemeral (a message reply, a help-channel answer). */
  canBePrivate?: boolean;
}

/** User text quoted in a reply, escaped for Discord's markdown (links and headings included). */
export function discordText(text: string): string {
  return resolveUserText(text, (quote) => escapeMarkdown(quote, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }));
}

export function renderReply(reply: Reply, ctx: RenderContext): DiscordPayload {
  const ephemeral = reply.visibility === 'private' && ctx.canBePrivate !== false;
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  const allowedMentions: DiscordPayload['allowedMentions'] = { parse: [] };
  let ping = '';
  if (reply.mention && 'user' in reply.mention) {
    ping = `<@${reply.mention.user}>`;
    allowedMentions.users = [reply.mention.user];
  } else if (reply.mention) {
    ping = `<@&${reply.mention.role}>`;
    allowedMentions.roles = [reply.mention.role];
  }
  const line = (text: string | undefined) => [ping, text ? discordText(text) : ''].filter(Boolean).join(' ');

  const files = attachments(reply);
  if (reply.kind === 'error' || reply.kind === 'cooldown' || reply.kind === 'notice') {
    return { content: truncate(line(reply.body), DISCORD.content), embeds: [], components: [], flags, allowedMentions, ...files };
  }

  const parts = splitMarkdown(discordText(reply.body), DESCRIPTION_BUDGET);
  const part = Math.min(Math.max(1, ctx.part ?? 1), parts.length);
  const embed: APIEmbed = { color: COLORS[reply.kind], description: parts[part - 1] || '\u200b' };
  if (reply.title) {
    const title = discordText(reply.title);
    embed.title = truncate(parts.length > 1 && part > 1 ? `${title} (${part}/${parts.length})` : title, DISCORD.embedTitle);
  }
  const fields = (reply.fields ?? []).slice(0, FIELDS_SHOWN).map((f) => ({
    name: truncate(discordText(f.name), DISCORD.embedFieldName),
    value: splitMarkdown(discordText(f.value), DISCORD.embedFieldValue)[0] || '\u200b',
  }));
  const references = referencesField(reply.references);
  if (references) fields.push(references);
  if (fields.length) embed.fields = fields;
  if (reply.source) embed.footer = { text: truncate(`Source: ${reply.source}`, 200) };
  const image = files.files?.find((f) => f.name === fileName(reply.image ?? ''));
  if (image && part === 1) embed.image = { url: `attachment://${image.name}` };
  fitEmbed(embed);

  const buttons = (reply.buttons ?? []).filter((b) => ephemeral || !b.privateOnly);
  if (reply.continuation && part < parts.length) buttons.unshift(reply.continuation(part + 1));
  const content = line(reply.lead);
  return {
    ...(content ? { content: truncate(content, DISCORD.content) } : {}),
    embeds: [embed],
    components: rows(buttons.map((b) => renderButton(b, ctx.memos))),
    flags,
    allowedMentions,
    ...files,
  };
}

/** Discord shows (and links to) attachments by name: letters, digits, dot, dash and underscore. */
function fileName(name: string): string {
  return name.replace(/[^\w.-]+/g, '_').slice(0, 100) || 'file';
}

function attachments(reply: Reply): Pick<DiscordPayload, 'files'> {
  if (!reply.files?.length) return {};
  return {
    files: reply.files.slice(0, DISCORD.attachments).map((f) => ({
      attachment: Buffer.from(f.data),
      name: fileName(f.name),
      ...(f.description ? { description: truncate(f.description, 1024) } : {}),
    })),
  };
}

function renderButton(b: ReplyButton, memos: MemoStore): APIButtonComponent {
  return {
    type: ComponentType.Button,
    custom_id: encodeCustomId(b.component, b.args, memos),
    label: b.label,
    style: STYLES[b.style ?? 'secondary'],
    ...(b.emoji ? { emoji: { name: b.emoji } } : {}),
  };
}

function rows(buttons: APIButtonComponent[]): DiscordPayload['components'] {
  const out: DiscordPayload['components'] = [];
  for (let i = 0; i < buttons.length && out.length < DISCORD.rows; i += DISCORD.buttonsPerRow) {
    out.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + DISCORD.buttonsPerRow) });
  }
  return out;
}

/** Trims fields from the end until the embed fits Discord's 6000-character total. */
function fitEmbed(embed: APIEmbed): void {
  const size = () =>
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  while (size() > DISCORD.embedTotal && embed.fields?.length) embed.fields.pop();
}

/** Links shown under an answer; students check facts there. A file lists many: the first few. */
const REFERENCES_SHOWN = 3;

function referencesField(urls: readonly string[] | undefined): { name: string; value: string } | null {
  const safe = (urls ?? []).filter((u) => /^https?:\/\/[^\s<>()]+$/i.test(u));
  if (!safe.length) return null;
  const shown = safe.slice(0, REFERENCES_SHOWN).map((u) => `<${u}>`);
  if (safe.length > REFERENCES_SHOWN) shown.push(`and ${safe.length - REFERENCES_SHOWN} more in the knowledge file`);
  return { name: 'Sources', value: truncate(shown.join('\n'), DISCORD.embedFieldValue) };
}
