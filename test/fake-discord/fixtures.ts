/**
 * The fake guild: ids, users, members, roles, channels and the message store, plus builders that
 * turn them into the JSON shapes Discord sends (GUILD_CREATE, message objects, channel objects).
 */
import { ChannelType, MessageFlags, MessageType, PermissionFlagsBits } from 'discord.js';
import type { SnowflakeGenerator } from './snowflake.js';

/** A JSON object as sent over the wire. */
export type Json = Record<string, unknown>;

/** Every fixture id, as 17-19 digit strings. */
export interface FakeIds {
  guild: string;
  /** Text channel `general` (type 0). */
  channel: string;
  /** Text channel `help` (type 0). */
  helpChannel: string;
  /** Forum channel `questions` (type 15). */
  forumChannel: string;
  /** `@everyone` role; always equal to the guild id on Discord. */
  everyoneRole: string;
  /** `TA` role (the TA member has it). */
  taRole: string;
  /** Managed role of the bot. */
  botRole: string;
  student: string;
  student2: string;
  ta: string;
  botUser: string;
  /** Application id; equal to the bot user id by default, as for every modern Discord app. */
  application: string;
  /** Guild owner (not a member of the fixture, so nobody gets owner permissions by accident). */
  owner: string;
}

/** Names usable instead of ids in helpers (`{ user: 'ta' }`). */
export type UserKey = 'student' | 'student2' | 'ta' | 'botUser';
/** Names usable instead of ids for channels (`{ channel: 'helpChannel' }`). */
export type ChannelKey = 'channel' | 'helpChannel' | 'forumChannel';

export function defaultIds(overrides: Partial<FakeIds> = {}): FakeIds {
  const guild = overrides.guild ?? '1200000000000000001';
  const botUser = overrides.botUser ?? '1200000000000000009';
  return {
    guild,
    channel: '1200000000000000002',
    helpChannel: '1200000000000000003',
    forumChannel: '1200000000000000004',
    taRole: '1200000000000000005',
    botRole: '1200000000000000010',
    student: '1200000000000000006',
    student2: '1200000000000000007',
    ta: '1200000000000000008',
    owner: '1200000000000000011',
    ...overrides,
    everyoneRole: guild,
    botUser,
    application: overrides.application ?? botUser,
  };
}

const P = PermissionFlagsBits;
/** Permissions of `@everyone`: what a student can do. */
export const EVERYONE_PERMISSIONS =
  P.ViewChannel |
  P.SendMessages |
  P.SendMessagesInThreads |
  P.CreatePublicThreads |
  P.ReadMessageHistory |
  P.EmbedLinks |
  P.AttachFiles |
  P.AddReactions |
  P.UseExternalEmojis |
  P.UseApplicationCommands |
  P.ChangeNickname;
/** Extra permissions of the TA role. */
export const TA_PERMISSIONS = P.ManageMessages | P.ManageThreads | P.ModerateMembers | P.MentionEveryone;
/** Extra permissions of the bot's managed role. */
export const BOT_PERMISSIONS = P.ManageThreads | P.ManageMessages | P.CreatePublicThreads | P.SendMessagesInThreads;

export interface FakeUser extends Json {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
  public_flags: number;
}

export interface FakeMember extends Json {
  user: FakeUser;
  roles: string[];
  nick: string | null;
  joined_at: string;
}

export interface FakeRole extends Json {
  id: string;
  name: string;
  permissions: string;
  position: number;
}

export interface FakeChannel extends Json {
  id: string;
  type: number;
  name?: string;
  guild_id?: string;
  parent_id?: string | null;
}

export interface FakeMessage extends Json {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: FakeUser;
  content: string;
  timestamp: string;
  edited_timestamp: string | null;
  embeds: unknown[];
  components: unknown[];
  attachments: unknown[];
  mentions: FakeUser[];
  mention_roles: string[];
  type: number;
  flags: number;
}

/** A partial message for helpers; `author` may be a user object, an id or a fixture key. */
export interface MessageInput extends Json {
  id?: string;
  channel_id?: string;
  guild_id?: string;
  author?: FakeUser | string;
  content?: string;
  timestamp?: string;
  edited_timestamp?: string | null;
  embeds?: unknown[];
  components?: unknown[];
  attachments?: unknown[];
  mentions?: FakeUser[];
  mention_roles?: string[];
  type?: number;
  flags?: number;
}

const JOINED_AT = '2024-01-15T10:00:00.000Z';

export class FakeWorld {
  readonly users = new Map<string, FakeUser>();
  readonly members = new Map<string, FakeMember>();
  readonly roles: FakeRole[];
  readonly channels = new Map<string, FakeChannel>();
  /** Every message known to the fake, per channel id, oldest first (user and bot messages). */
  readonly messages = new Map<string, FakeMessage[]>();

  constructor(
    readonly ids: FakeIds,
    private readonly snowflakes: SnowflakeGenerator,
    withForum: boolean,
  ) {
    const mkUser = (id: string, username: string, globalName: string | null, bot = false): FakeUser => ({
      id,
      username,
      discriminator: '0',
      global_name: globalName,
      avatar: null,
      public_flags: 0,
      ...(bot ? { bot: true } : {}),
    });
    const users = [
      mkUser(ids.student, 'student_sam', 'Sam Student'),
      mkUser(ids.student2, 'student_alex', 'Alex Student'),
      mkUser(ids.ta, 'ta_taylor', 'Taylor TA'),
      mkUser(ids.botUser, 'prework-bot', 'Prework Bot', true),
    ];
    for (const user of users) this.users.set(user.id, user);
    this.roles = [
      { id: ids.everyoneRole, name: '@everyone', permissions: EVERYONE_PERMISSIONS.toString(), position: 0 },
      { id: ids.taRole, name: 'TA', permissions: TA_PERMISSIONS.toString(), position: 1 },
      { id: ids.botRole, name: 'prework-bot', permissions: BOT_PERMISSIONS.toString(), position: 2, managed: true, tags: { bot_id: ids.botUser } },
    ].map((role) => ({
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      managed: false,
      mentionable: false,
      flags: 0,
      ...role,
    }));
    const memberRoles: Record<string, string[]> = {
      [ids.student]: [],
      [ids.student2]: [],
      [ids.ta]: [ids.taRole],
      [ids.botUser]: [ids.botRole],
    };
    for (const user of users) {
      this.members.set(user.id, this.buildMember(user, memberRoles[user.id] ?? []));
    }
    const textChannel = (id: string, name: string, position: number): FakeChannel => ({
      id,
      type: ChannelType.GuildText,
      guild_id: ids.guild,
      name,
      position,
      permission_overwrites: [],
      parent_id: null,
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
    });
    this.channels.set(ids.channel, textChannel(ids.channel, 'general', 0));
    this.channels.set(ids.helpChannel, textChannel(ids.helpChannel, 'help', 1));
    if (withForum) {
      this.channels.set(ids.forumChannel, {
        ...textChannel(ids.forumChannel, 'questions', 2),
        type: ChannelType.GuildForum,
        available_tags: [
          { id: '1200000000000000021', name: 'setup', moderated: false, emoji_id: null, emoji_name: null },
          { id: '1200000000000000022', name: 'python', moderated: false, emoji_id: null, emoji_name: null },
        ],
        default_reaction_emoji: null,
        default_sort_order: null,
        default_forum_layout: 0,
        default_thread_rate_limit_per_user: 0,
      });
    }
  }

  get botUser(): FakeUser {
    return this.requireUser(this.ids.botUser);
  }

  /** Resolves a fixture key ('student') or an id to a user; unknown ids get a user on the fly. */
  user(ref: string): FakeUser {
    const id = ref in this.ids ? this.ids[ref as keyof FakeIds] : ref;
    const existing = this.users.get(id);
    if (existing) return existing;
    const user: FakeUser = { id, username: `user_${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null, public_flags: 0 };
    this.users.set(id, user);
    this.members.set(id, this.buildMember(user, []));
    return user;
  }

  private requireUser(id: string): FakeUser {
    const user = this.users.get(id);
    if (!user) throw new Error(`fake-discord: no user ${id}`);
    return user;
  }

  /** Resolves a channel key ('helpChannel') or an id. Does not create channels. */
  channelId(ref: string | undefined): string {
    if (ref === undefined) return this.ids.channel;
    return ref in this.ids ? this.ids[ref as keyof FakeIds] : ref;
  }

  private buildMember(user: FakeUser, roles: string[]): FakeMember {
    return {
      user,
      roles,
      nick: null,
      avatar: null,
      banner: null,
      joined_at: JOINED_AT,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
  }

  /** Guild-wide permissions of a member (@everyone + their roles), as a bigint. */
  permissionsOf(userId: string): bigint {
    const member = this.members.get(userId);
    let bits = BigInt(this.roles[0]?.permissions ?? '0');
    for (const roleId of member?.roles ?? []) {
      const role = this.roles.find((r) => r.id === roleId);
      if (role) bits |= BigInt(role.permissions);
    }
    if (bits & P.Administrator) return (1n << 53n) - 1n;
    return bits;
  }

  guildCreatePayload(): Json {
    const ids = this.ids;
    return {
      id: ids.guild,
      name: 'InstructLab Workshop',
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: ids.owner,
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      verification_level: 1,
      default_message_notifications: 1,
      explicit_content_filter: 2,
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: ids.channel,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      max_members: 500000,
      max_video_channel_users: 25,
      hub_type: null,
      incidents_data: null,
      unavailable: false,
      large: false,
      lazy: true,
      joined_at: JOINED_AT,
      member_count: this.members.size,
      roles: this.roles,
      emojis: [],
      stickers: [],
      members: [...this.members.values()],
      channels: [...this.channels.values()].filter((c) => c.type !== ChannelType.PublicThread && c.guild_id === ids.guild),
      threads: [...this.channels.values()].filter((c) => c.type === ChannelType.PublicThread),
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  /** Builds a full message object from a partial one (defaults: bot author, #general, now). */
  buildMessage(partial: MessageInput = {}): FakeMessage {
    const { author: authorRef, ...rest } = partial;
    const author = typeof authorRef === 'string' ? this.user(authorRef) : (authorRef ?? this.botUser);
    const channelId = rest.channel_id ?? this.ids.channel;
    const channel = this.channels.get(channelId);
    const guildId = channel?.guild_id;
    const content = rest.content ?? '';
    const mentionIds = [...content.matchAll(/<@!?(\d{17,19})>/g)].map((m) => m[1] ?? '');
    const member = guildId ? this.members.get(author.id) : undefined;
    const message: FakeMessage = {
      id: rest.id ?? this.snowflakes.next(),
      channel_id: channelId,
      ...(guildId ? { guild_id: guildId } : {}),
      author,
      ...(member && !rest.webhook_id ? { member: withoutUser(member) } : {}),
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: /@everyone|@here/.test(content),
      mentions: rest.mentions ?? [...new Set(mentionIds)].map((id) => this.user(id)),
      mention_roles: rest.mention_roles ?? [...content.matchAll(/<@&(\d{17,19})>/g)].map((m) => m[1] ?? ''),
      mention_channels: [],
      attachments: [],
      embeds: [],
      components: [],
      reactions: [],
      pinned: false,
      type: MessageType.Default,
      flags: 0,
      ...rest,
    };
    return message;
  }

  /** Stores a message at the end of its channel and bumps `last_message_id`. */
  storeMessage(message: FakeMessage): FakeMessage {
    const list = this.messages.get(message.channel_id) ?? [];
    list.push(message);
    this.messages.set(message.channel_id, list);
    const channel = this.channels.get(message.channel_id);
    if (channel) channel.last_message_id = message.id;
    return message;
  }

  findMessage(messageId: string, channelId?: string): FakeMessage | undefined {
    const lists = channelId ? [this.messages.get(channelId) ?? []] : [...this.messages.values()];
    for (const list of lists) {
      const found = list.find((m) => m.id === messageId);
      if (found) return found;
    }
    return undefined;
  }

  removeMessage(messageId: string): boolean {
    for (const list of this.messages.values()) {
      const index = list.findIndex((m) => m.id === messageId);
      if (index >= 0) {
        list.splice(index, 1);
        return true;
      }
    }
    return false;
  }
}

/** True when the message would be rendered ephemeral. */
export function isEphemeral(message: { flags?: unknown }): boolean {
  return typeof message.flags === 'number' && (message.flags & MessageFlags.Ephemeral) !== 0;
}

/** Message objects carry `member` without its `user` (the user is the message author). */
function withoutUser(member: FakeMember): Json {
  const { user: _user, ...rest } = member;
  return rest;
}
