/**
 * INTERACTION_CREATE payload builders (per the spec in /work/shared/docs/fake-discord.md) and the
 * store that follows each interaction through its callback, @original edits and follow-ups.
 */
import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from 'discord.js';
import { isEphemeral, type FakeMessage, type FakeWorld, type Json, type MessageInput } from './fixtures.js';
import type { FakeCdn } from './cdn.js';
import type { RecordedRequest } from './recorder.js';
import type { SnowflakeGenerator } from './snowflake.js';

/** Who/where an interaction comes from. */
export interface InteractionContext {
  /** User id or fixture key ('student' | 'student2' | 'ta'). Default: 'student'. */
  user?: string;
  /** Channel id or fixture key ('channel' | 'helpChannel' | ...). Default: #general. */
  channel?: string;
  /** Member permissions override (bitfield as string or bigint). Default: computed from roles. */
  permissions?: string | bigint;
  /** Member roles override (ids). Default: the fixture member's roles. */
  roles?: string[];
  /** User locale. Default 'en-US'. */
  locale?: string;
}

/** A value for a slash command option; the type is inferred unless given explicitly. */
export type OptionInput =
  | string
  | number
  | boolean
  | { type: ApplicationCommandOptionType; value: string | number | boolean; focused?: boolean };

/** Raw Discord option (for subcommands or anything the shorthand cannot express). */
export interface RawOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: RawOption[];
}

/** Options as `{ name: value }` (types inferred: string 3, integer 4, non-integer 10, boolean 5) or raw. */
export type SlashOptions = Record<string, OptionInput> | RawOption[];

export interface SlashContext extends InteractionContext {
  subcommand?: string;
  subcommandGroup?: string;
}

export interface AutocompleteContext extends SlashContext {
  /** Name of the focused option; default: the one marked `focused`, else the last one. */
  focused?: string;
}

export interface ComponentContext extends InteractionContext {
  /** The message the component is on: a message object, a stored message id, or omitted (then the
   * newest stored message with that custom_id in the channel, else a synthetic bot message). */
  message?: MessageInput | string;
}

export interface ModalContext extends InteractionContext {
  /** Set when the modal was opened from a component on this message. */
  message?: MessageInput | string;
}

/** What a helper returns: enough to find the interaction's REST traffic. */
export interface InteractionHandle {
  id: string;
  token: string;
  /** The full INTERACTION_CREATE `d` that was dispatched. */
  payload: Json;
}

/** Everything the fake knows about one interaction it dispatched. */
export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  channelId: string;
  userId: string;
  payload: Json;
  createdAt: number;
  /** The first accepted callback. */
  ack?: { type: number; at: number; data: Json };
  /** The message the component/modal sits on (type 6/7 callbacks edit it). */
  sourceMessage?: FakeMessage;
  /** The current @original message (reply, deferred placeholder, or the updated component message). */
  original?: FakeMessage;
  originalDeleted: boolean;
  followUps: FakeMessage[];
  /** Accepted REST requests touching this interaction, in order (callback, PATCH, follow-ups...). */
  requests: RecordedRequest[];
}

/** What the user would finally see for an interaction (see `FakeDiscord.responseFor`). */
export interface InteractionResponse {
  interactionId: string;
  /** Whether a callback was accepted. */
  acknowledged: boolean;
  /** Type of the accepted callback: 4 reply, 5 deferred, 6 deferred update, 7 update, 8 choices, 9 modal. */
  callbackType: number | undefined;
  /** Callback type 5 or 6. */
  deferred: boolean;
  /** Deferred (type 5) and never edited nor followed up: the user still sees "thinking...". */
  loading: boolean;
  ephemeral: boolean;
  /** Content/embeds/components of the @original message after every edit ('' / [] when none). */
  content: string;
  embeds: Json[];
  components: Json[];
  flags: number;
  /** The @original message object (undefined for 8/9 callbacks or before any callback). */
  message: FakeMessage | undefined;
  /** True when @original was deleted. */
  deleted: boolean;
  followUps: FakeMessage[];
  /** Autocomplete choices (type 8). */
  choices: Json[] | undefined;
  /** The modal shown (type 9 data). */
  modal: Json | undefined;
  /** Every piece of text shown: @original content, embed titles/descriptions/fields, follow-ups. */
  text: string;
  /** Accepted REST requests for this interaction, in order. */
  requests: RecordedRequest[];
}

const MESSAGE_CALLBACKS = new Set<number>([
  InteractionResponseType.ChannelMessageWithSource,
  InteractionResponseType.DeferredChannelMessageWithSource,
  InteractionResponseType.DeferredMessageUpdate,
  InteractionResponseType.UpdateMessage,
]);

export class InteractionStore {
  private readonly records = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();
  /** Command ids by name: those deployed through PUT .../commands, else generated on first use. */
  readonly commandIds = new Map<string, string>();

  constructor(
    private readonly world: FakeWorld,
    private readonly snowflakes: SnowflakeGenerator,
    private readonly cdn?: FakeCdn,
  ) {}

  get(id: string): InteractionRecord | undefined {
    return this.records.get(id);
  }

  byTokenValue(token: string): InteractionRecord | undefined {
    return this.byToken.get(token);
  }

  all(): InteractionRecord[] {
    return [...this.records.values()];
  }

  // ---------------------------------------------------------------- builders

  slash(name: string, options: SlashOptions = {}, ctx: SlashContext = {}): InteractionRecord {
    let opts = toRawOptions(options);
    if (ctx.subcommand) opts = [{ name: ctx.subcommand, type: ApplicationCommandOptionType.Subcommand, options: opts }];
    if (ctx.subcommandGroup) opts = [{ name: ctx.subcommandGroup, type: ApplicationCommandOptionType.SubcommandGroup, options: opts }];
    const resolved = this.resolvedFor(flattenOptions(opts));
    return this.create(InteractionType.ApplicationCommand, ctx, {
      id: this.commandId(name),
      name,
      type: ApplicationCommandType.ChatInput,
      guild_id: this.world.ids.guild,
      options: opts,
      ...(resolved ? { resolved } : {}),
    });
  }

  autocomplete(name: string, options: SlashOptions, ctx: AutocompleteContext = {}): InteractionRecord {
    let opts = toRawOptions(options);
    const leaves = flattenOptions(opts);
    const already = leaves.some((o) => o.focused);
    if (!already) {
      const target = ctx.focused ? leaves.find((o) => o.name === ctx.focused) : leaves[leaves.length - 1];
      if (!target) throw new Error(`fake-discord autocomplete: no option to focus (${ctx.focused ?? 'none given'})`);
      target.focused = true;
    }
    for (const leaf of leaves) if (leaf.focused && leaf.value !== undefined) leaf.value = String(leaf.value);
    if (ctx.subcommand) opts = [{ name: ctx.subcommand, type: ApplicationCommandOptionType.Subcommand, options: opts }];
    if (ctx.subcommandGroup) opts = [{ name: ctx.subcommandGroup, type: ApplicationCommandOptionType.SubcommandGroup, options: opts }];
    return this.create(InteractionType.ApplicationCommandAutocomplete, ctx, {
      id: this.commandId(name),
      name,
      type: ApplicationCommandType.ChatInput,
      guild_id: this.world.ids.guild,
      options: opts,
    });
  }

  messageContextMenu(name: string, target: MessageInput | string, ctx: InteractionContext = {}): InteractionRecord {
    const message = this.resolveMessage(target, this.world.channelId(ctx.channel));
    return this.create(InteractionType.ApplicationCommand, { channel: message.channel_id, ...ctx }, {
      id: this.commandId(name),
      name,
      type: ApplicationCommandType.Message,
      guild_id: this.world.ids.guild,
      target_id: message.id,
      resolved: { messages: { [message.id]: message } },
    });
  }

  userContextMenu(name: string, targetUser: string, ctx: InteractionContext = {}): InteractionRecord {
    const user = this.world.user(targetUser);
    const resolved = this.resolvedFor([{ name: 'user', type: ApplicationCommandOptionType.User, value: user.id }]);
    return this.create(InteractionType.ApplicationCommand, ctx, {
      id: this.commandId(name),
      name,
      type: ApplicationCommandType.User,
      guild_id: this.world.ids.guild,
      target_id: user.id,
      resolved,
    });
  }

  component(
    customId: string,
    componentType: ComponentType,
    values: string[] | undefined,
    ctx: ComponentContext = {},
  ): InteractionRecord {
    const channelId = this.world.channelId(ctx.channel);
    const message =
      ctx.message !== undefined
        ? this.resolveMessage(ctx.message, channelId)
        : (this.findMessageWithComponent(channelId, customId) ?? this.syntheticComponentMessage(channelId, customId, componentType));
    const record = this.create(InteractionType.MessageComponent, { ...ctx, channel: message.channel_id }, {
      custom_id: customId,
      component_type: componentType,
      ...(values ? { values } : {}),
    }, { message });
    record.sourceMessage = message;
    return record;
  }

  modalSubmit(customId: string, fields: Record<string, string>, ctx: ModalContext = {}): InteractionRecord {
    const channelId = this.world.channelId(ctx.channel);
    const message = ctx.message !== undefined ? this.resolveMessage(ctx.message, channelId) : undefined;
    const record = this.create(InteractionType.ModalSubmit, { ...ctx, channel: message?.channel_id ?? channelId }, {
      custom_id: customId,
      components: Object.entries(fields).map(([fieldId, value]) => ({
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.TextInput, custom_id: fieldId, value }],
      })),
    }, message ? { message } : {});
    if (message) record.sourceMessage = message;
    return record;
  }

  private create(type: InteractionType, ctx: InteractionContext, data: Json, extra: Json = {}): InteractionRecord {
    const world = this.world;
    const user = world.user(ctx.user ?? 'student');
    const channelId = world.channelId(ctx.channel);
    const channel = world.channels.get(channelId);
    if (!channel) throw new Error(`fake-discord: unknown channel ${channelId}`);
    const fixtureMember = world.members.get(user.id);
    const roles = ctx.roles ?? fixtureMember?.roles ?? [];
    const permissions =
      ctx.permissions !== undefined ? BigInt(ctx.permissions) : world.permissionsOf(user.id);
    const id = this.snowflakes.next();
    const token = `fake_${randomBytes(24).toString('base64url')}`;
    const payload: Json = {
      id,
      application_id: world.ids.application,
      type,
      data,
      guild_id: world.ids.guild,
      guild: { id: world.ids.guild, locale: 'en-US', features: [] },
      channel: { ...channel },
      channel_id: channelId,
      member: { ...(fixtureMember ?? {}), user, roles, permissions: permissions.toString() },
      token,
      version: 1,
      locale: ctx.locale ?? 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': world.ids.guild },
      context: 0,
      app_permissions: world.permissionsOf(world.ids.botUser).toString(),
      attachment_size_limit: 10_485_760,
      ...extra,
    };
    const record: InteractionRecord = {
      id,
      token,
      type,
      channelId,
      userId: user.id,
      payload,
      createdAt: Date.now(),
      originalDeleted: false,
      followUps: [],
      requests: [],
    };
    this.records.set(id, record);
    this.byToken.set(token, record);
    return record;
  }

  commandId(name: string): string {
    const existing = this.commandIds.get(name);
    if (existing) return existing;
    const id = this.snowflakes.next();
    this.commandIds.set(name, id);
    return id;
  }

  private resolveMessage(ref: MessageInput | string, channelId: string): FakeMessage {
    if (typeof ref === 'string') {
      const found = this.world.findMessage(ref);
      if (!found) throw new Error(`fake-discord: no stored message ${ref}`);
      return found;
    }
    const stored = ref.id ? this.world.findMessage(ref.id) : undefined;
    return this.world.buildMessage({ channel_id: channelId, ...stored, ...ref });
  }

  private findMessageWithComponent(channelId: string, customId: string): FakeMessage | undefined {
    const list = this.world.messages.get(channelId) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const message = list[i];
      if (message && JSON.stringify(message.components).includes(JSON.stringify(customId))) return message;
    }
    return undefined;
  }

  private syntheticComponentMessage(channelId: string, customId: string, componentType: ComponentType): FakeMessage {
    const component =
      componentType === ComponentType.Button
        ? { type: ComponentType.Button, custom_id: customId, style: 1, label: customId }
        : { type: componentType, custom_id: customId, options: [], min_values: 1, max_values: 1 };
    return this.world.buildMessage({
      channel_id: channelId,
      content: '(synthetic message for a component interaction)',
      components: [{ type: ComponentType.ActionRow, components: [component] }],
    });
  }

  /** `resolved` for user/channel/role/mentionable options. */
  private resolvedFor(options: RawOption[]): Json | undefined {
    const users: Json = {};
    const members: Json = {};
    const roles: Json = {};
    const channels: Json = {};
    const attachments: Json = {};
    const world = this.world;
    for (const option of options) {
      const value = String(option.value ?? '');
      const isUser = option.type === ApplicationCommandOptionType.User;
      const isRole = option.type === ApplicationCommandOptionType.Role;
      const isMentionable = option.type === ApplicationCommandOptionType.Mentionable;
      if (isUser || (isMentionable && !world.roles.some((r) => r.id === value))) {
        const user = world.user(value);
        users[user.id] = user;
        const member = world.members.get(user.id);
        if (member) {
          const { user: _user, ...rest } = member;
          members[user.id] = { ...rest, permissions: world.permissionsOf(user.id).toString() };
        }
      } else if (isRole || isMentionable) {
        const role = world.roles.find((r) => r.id === value);
        if (role) roles[role.id] = role;
      } else if (option.type === ApplicationCommandOptionType.Channel) {
        const channel = world.channels.get(value);
        if (channel) channels[channel.id] = { ...channel, permissions: EVERYTHING };
      } else if (option.type === ApplicationCommandOptionType.Attachment) {
        const attachment = this.cdn?.attachments.get(value);
        if (attachment) attachments[value] = attachment;
      }
    }
    const out: Json = {};
    if (Object.keys(users).length) out.users = users;
    if (Object.keys(members).length) out.members = members;
    if (Object.keys(roles).length) out.roles = roles;
    if (Object.keys(channels).length) out.channels = channels;
    if (Object.keys(attachments).length) out.attachments = attachments;
    return Object.keys(out).length ? out : undefined;
  }

  // ---------------------------------------------------------------- view

  view(id: string): InteractionResponse {
    const record = this.records.get(id);
    if (!record) throw new Error(`fake-discord responseFor: no interaction ${id} was dispatched by the fake`);
    const ack = record.ack;
    const original = record.originalDeleted ? undefined : record.original;
    const showsMessage = ack !== undefined && MESSAGE_CALLBACKS.has(ack.type);
    const flags = typeof original?.flags === 'number' ? original.flags : 0;
    const content = showsMessage && original ? original.content : '';
    const embeds = showsMessage && original ? (original.embeds as Json[]) : [];
    const components = showsMessage && original ? (original.components as Json[]) : [];
    const text = [content, ...embeds.map(embedText), ...record.followUps.flatMap((m) => [m.content, ...(m.embeds as Json[]).map(embedText)])]
      .filter((part) => part.length > 0)
      .join('\n');
    return {
      interactionId: id,
      acknowledged: ack !== undefined,
      callbackType: ack?.type,
      deferred:
        ack?.type === InteractionResponseType.DeferredChannelMessageWithSource ||
        ack?.type === InteractionResponseType.DeferredMessageUpdate,
      loading: original !== undefined && (flags & MessageFlags.Loading) !== 0,
      ephemeral: original !== undefined && isEphemeral(original),
      content,
      embeds,
      components,
      flags,
      message: original,
      deleted: record.originalDeleted,
      followUps: record.followUps,
      choices: ack?.type === InteractionResponseType.ApplicationCommandAutocompleteResult ? ((ack.data.choices as Json[] | undefined) ?? []) : undefined,
      modal: ack?.type === InteractionResponseType.Modal ? ack.data : undefined,
      text,
      requests: record.requests,
    };
  }
}

const EVERYTHING = ((1n << 50n) - 1n).toString();

function embedText(embed: Json): string {
  const parts: string[] = [];
  for (const key of ['title', 'description'] as const) if (typeof embed[key] === 'string') parts.push(embed[key]);
  if (Array.isArray(embed.fields)) {
    for (const field of embed.fields as Json[]) parts.push(`${String(field.name ?? '')}\n${String(field.value ?? '')}`);
  }
  const footer = embed.footer as Json | undefined;
  if (footer && typeof footer.text === 'string') parts.push(footer.text);
  return parts.join('\n');
}

function toRawOptions(options: SlashOptions): RawOption[] {
  if (Array.isArray(options)) return structuredClone(options);
  return Object.entries(options).map(([name, input]) => {
    if (typeof input === 'object') {
      return { name, type: input.type, value: input.value, ...(input.focused ? { focused: true } : {}) };
    }
    return { name, type: inferOptionType(input), value: input };
  });
}

function inferOptionType(value: string | number | boolean): ApplicationCommandOptionType {
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
  return ApplicationCommandOptionType.String;
}

/** Leaf options (inside subcommands/groups). */
function flattenOptions(options: RawOption[]): RawOption[] {
  return options.flatMap((o) => (o.options ? flattenOptions(o.options) : [o]));
}
