/**
 * startFakeDiscord(): a loopback Discord (REST under /api/v10 + gateway) on one ephemeral port of
 * 127.0.0.1, for end-to-end tests that run the real discord.js client. See README.md.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChannelType, ComponentType, GatewayIntentBits, MessageFlags, MessageType, Status, type Client } from 'discord.js';
import { FakeCdn, type AttachmentInput } from './cdn.js';
import { defaultIds, FakeWorld, type FakeChannel, type FakeIds, type FakeMessage, type Json, type MessageInput } from './fixtures.js';
import { FakeGateway, type DispatchData, type GatewayLogEntry, type IdentifyRecord, type RefuseMode } from './gateway.js';
import {
  InteractionStore,
  type AutocompleteContext,
  type ComponentContext,
  type InteractionContext,
  type InteractionHandle,
  type InteractionRecord,
  type InteractionResponse,
  type ModalContext,
  type SlashContext,
  type SlashOptions,
} from './interactions.js';
import { WaitHub, type RecordedRequest } from './recorder.js';
import { FakeRest, threadChannel, type FailOptions, type MethodFilter } from './rest.js';
import { SnowflakeGenerator } from './snowflake.js';

export interface FakeDiscordOptions {
  /** Override fixture ids (17-19 digit strings). `everyoneRole` always equals `guild`. */
  ids?: Partial<FakeIds>;
  /** Include the forum channel `questions` (type 15). Default true. */
  forum?: boolean;
  /** HELLO heartbeat_interval. Default 45000 (no heartbeat happens in a short test). */
  heartbeatIntervalMs?: number;
  /** IDENTIFY asking for any of these intent bits is closed with 4014, like a privileged intent
   * that is not enabled in the developer portal. Default 0 (everything allowed). */
  disallowedIntents?: number;
  /** Without the MessageContent intent, deliver other users' guild messages with empty content
   * unless they mention the bot (Discord's rule). Default true. */
  enforceMessageContentIntent?: boolean;
  /** Send MESSAGE_CREATE/UPDATE/DELETE back over the gateway for the bot's own non-ephemeral
   * messages, like Discord does (catches bots answering themselves). Default true. */
  echoBotMessages?: boolean;
  /** Interaction callbacks later than this after dispatch get 404 Unknown interaction (10062).
   * Discord's limit is 3000. Default null (not enforced). */
  callbackDeadlineMs?: number | null;
  /** How long dispatch helpers wait for a READY/RESUMED gateway client. Default 10000. */
  readyTimeoutMs?: number;
  /** Log fake-discord activity: true = console.error, or a function. Default: env FAKE_DISCORD_DEBUG. */
  debug?: boolean | ((line: string) => void);
}

export interface MessageCreateOptions {
  content: string;
  /** User id or fixture key. Default 'student'. */
  author?: string;
  /** Channel id or fixture key. Default #general. Ignored when `guild` is false. */
  channel?: string;
  /** Extra mentioned users (ids or keys); `<@id>` in the content are detected automatically. */
  mentions?: string[];
  /** false: a DM from the author to the bot (the client needs `Partials.Channel` to see it). */
  guild?: boolean;
  /** Id of a stored message this one replies to. */
  replyTo?: string;
  /** Attachment objects (from `fake.attachment()`, or any raw object). */
  attachments?: Json[];
  /** Extra raw fields merged into the message (embeds, attachments...). */
  extra?: MessageInput;
}

export interface DispatchedMessage {
  id: string;
  message: FakeMessage;
  /** False when no ready client had the intents to receive it (GuildMessages / DirectMessages). */
  delivered: boolean;
}

export interface ThreadCreateOptions {
  title: string;
  /** Content of the starter message. */
  content: string;
  /** User id or fixture key. Default 'student'. */
  author?: string;
  /** Parent forum (or text) channel. Default the forum channel. */
  parent?: string;
  /** Forum tag ids. */
  tags?: string[];
  /** Attachment objects of the starter message (from `fake.attachment()`). */
  attachments?: Json[];
}

export interface DispatchedThread {
  threadId: string;
  thread: FakeChannel;
  /** The starter message (its id equals the thread id, as for Discord forum posts). */
  message: FakeMessage;
  delivered: boolean;
}

const DEFAULT_WAIT_MS = 5_000;

export class FakeDiscord {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  /** http://127.0.0.1:PORT/api - pass as `rest: { api }` to discord.js Client and REST. */
  readonly apiUrl: string;
  /** ws://127.0.0.1:PORT */
  readonly gatewayUrl: string;
  /** http://127.0.0.1:PORT/cdn - where attachments are served; the bot's DISCORD_CDN_URL. */
  readonly cdnUrl: string;
  /** Attachment bytes served under `cdnUrl`, and attachment objects by id. */
  readonly cdn: FakeCdn;
  readonly port: number;
  readonly ids: FakeIds;
  /** Users, members, roles, channels and stored messages. Mutable for advanced setups. */
  readonly world: FakeWorld;
  readonly rest: FakeRest;
  readonly gateway: FakeGateway;
  readonly interactions: InteractionStore;

  private readonly hub: WaitHub;
  private readonly snowflakes: SnowflakeGenerator;
  private readonly onClose: () => void;
  private readonly readyTimeoutMs: number;
  private closed = false;

  /** @internal use startFakeDiscord() */
  constructor(
    private readonly server: Server,
    parts: { world: FakeWorld; rest: FakeRest; gateway: FakeGateway; interactions: InteractionStore; hub: WaitHub; snowflakes: SnowflakeGenerator; cdn: FakeCdn; onClose: () => void },
    private readonly options: FakeDiscordOptions,
  ) {
    const address = server.address() as AddressInfo;
    this.port = address.port;
    this.url = `http://127.0.0.1:${this.port}`;
    this.apiUrl = `${this.url}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${this.port}`;
    this.cdnUrl = `${this.url}/cdn`;
    this.cdn = parts.cdn;
    this.world = parts.world;
    this.ids = parts.world.ids;
    this.rest = parts.rest;
    this.gateway = parts.gateway;
    this.interactions = parts.interactions;
    this.hub = parts.hub;
    this.snowflakes = parts.snowflakes;
    this.onClose = parts.onClose;
    this.readyTimeoutMs = options.readyTimeoutMs ?? 10_000;
  }

  // ---------------------------------------------------------------- state

  /** Every REST request, in order. */
  get requests(): RecordedRequest[] {
    return this.rest.requests;
  }
  /** Requests that matched no route. */
  get misses(): RecordedRequest[] {
    return this.rest.misses;
  }
  /** Requests answered >= 400 that were not injected faults (validation errors, unknown ids...). */
  get errors(): RecordedRequest[] {
    return this.rest.requests.filter((r) => r.status >= 400 && !r.fault);
  }
  get identifyCount(): number {
    return this.gateway.identifyCount;
  }
  get resumeCount(): number {
    return this.gateway.resumeCount;
  }
  /** Open gateway sockets. */
  get connectedClients(): number {
    return this.gateway.connectedClients;
  }
  /** Gateway sockets that got READY/RESUMED. */
  get readyClients(): number {
    return this.gateway.readyClients;
  }
  get identifies(): IdentifyRecord[] {
    return this.gateway.identifies;
  }
  get gatewayLog(): GatewayLogEntry[] {
    return this.gateway.log;
  }
  /** Commands deployed through PUT /applications/.../commands. */
  get commands(): { global: Json[]; guild: Map<string, Json[]> } {
    return this.rest.commands;
  }
  /** Stop/resume answering heartbeats (zombie connection simulation). */
  set ackHeartbeats(value: boolean) {
    this.gateway.ackHeartbeats = value;
  }
  get ackHeartbeats(): boolean {
    return this.gateway.ackHeartbeats;
  }

  /** Stored messages of a channel (id or key; default #general), oldest first: users' and the bot's. */
  messages(channel?: string): FakeMessage[] {
    return [...(this.world.messages.get(this.world.channelId(channel)) ?? [])];
  }

  /** Messages the bot sent in a channel (default #general), oldest first, ephemeral included. */
  botMessages(channel?: string): FakeMessage[] {
    return this.messages(channel).filter((m) => m.author.id === this.ids.botUser);
  }

  /** Forgets recorded requests and misses (fixtures, messages and commands are kept). */
  clearRequests(): void {
    this.rest.requests.length = 0;
    this.rest.misses.length = 0;
  }

  // ---------------------------------------------------------------- waiting

  /** Resolves once some gateway client is READY/RESUMED. */
  waitForReady(timeoutMs = this.readyTimeoutMs): Promise<void> {
    return this.hub.until(() => (this.gateway.readyClients > 0 ? true : undefined), timeoutMs, 'a READY gateway client').then(() => undefined);
  }

  /**
   * Resolves once every shard of the discord.js `client` is Ready (READY + guilds processed, or
   * RESUMED) and the fake has a ready socket. Call it after a reconnect/identify scenario BEFORE
   * `client.destroy()`: @discordjs/ws 1.2.3 never resolves destroy() when it is called while a shard
   * waits for READY (its aborted wait starts a reconnect that steals the close handler).
   */
  waitForClientReady(client: Client, timeoutMs = 15_000): Promise<void> {
    return this.hub
      .until(
        () => (this.gateway.readyClients > 0 && client.ws.shards.size > 0 && client.ws.shards.every((s) => s.status === Status.Ready) ? true : undefined),
        timeoutMs,
        'the discord.js client to be Ready',
      )
      .then(() => undefined);
  }

  /** Resolves with the first recorded request (past or future) matching `predicate`. */
  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs = DEFAULT_WAIT_MS, label = 'a matching REST request'): Promise<RecordedRequest> {
    return this.hub.until(() => this.rest.requests.find(predicate), timeoutMs, label);
  }

  /**
   * Resolves with the accepted (2xx) callback request of an interaction. Rejects at once if the
   * callback was answered with a non-injected error (e.g. a 400 for an empty message).
   */
  waitForCallback(interactionId: string, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedRequest> {
    const prefix = `/interactions/${interactionId}/`;
    return this.hub.until(
      () => {
        const calls = this.rest.requests.filter((r) => r.method === 'POST' && r.path.startsWith(prefix));
        const accepted = calls.find((r) => r.status < 300);
        if (accepted) return accepted;
        const rejected = calls.find((r) => r.status >= 400 && !r.fault);
        if (rejected) {
          throw new Error(`fake-discord: callback of interaction ${interactionId} was rejected with ${rejected.status}: ${JSON.stringify(rejected.response)}\nbody: ${JSON.stringify(rejected.body)}`);
        }
        return undefined;
      },
      timeoutMs,
      `the callback of interaction ${interactionId}`,
    );
  }

  /** What the user would finally see for an interaction (callback + @original edits + follow-ups). */
  responseFor(interactionId: string): InteractionResponse {
    return this.interactions.view(interactionId);
  }

  /**
   * Resolves with `responseFor(id)` once `predicate` holds. Default predicate: acknowledged and not
   * loading any more (a deferred reply must have been edited or followed up).
   */
  waitForResponse(
    interactionId: string,
    predicate: (response: InteractionResponse) => boolean = (r) => r.acknowledged && !r.loading,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<InteractionResponse> {
    return this.hub.until(
      () => {
        const view = this.interactions.view(interactionId);
        return predicate(view) ? view : undefined;
      },
      timeoutMs,
      `the response to interaction ${interactionId} to satisfy the predicate`,
    );
  }

  /** Resolves with the first bot message in `channel` (id or key; default #general) matching `predicate`. */
  waitForMessage(
    channel: string | undefined,
    predicate: (message: FakeMessage) => boolean = () => true,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<FakeMessage> {
    return this.hub.until(() => this.botMessages(channel).find(predicate), timeoutMs, `a bot message in channel ${this.world.channelId(channel)}`);
  }

  /** Generic wait on any condition; `probe` returns undefined until satisfied. */
  waitUntil<T>(probe: () => T | undefined, timeoutMs = DEFAULT_WAIT_MS, label = 'a condition'): Promise<T> {
    return this.hub.until(probe, timeoutMs, label);
  }

  // ---------------------------------------------------------------- driving the bot

  /**
   * Puts bytes on the CDN (`GET /cdn/attachments/{channel}/{id}/{filename}`) and returns the
   * attachment object to put on a message (`messageCreate({ attachments })`) or to pass as a
   * slash option (`{ image: { type: 11, value: attachment.id } }`). With `url`, an attachment
   * pointing elsewhere (another host) and nothing served.
   */
  attachment(input: AttachmentInput): Json {
    return this.cdn.add({ channel: this.ids.channel, ...input });
  }

  /** CDN downloads so far (GET /cdn/...), in order. */
  get cdnRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.rawPath.startsWith('/cdn/'));
  }

  /** Sends a raw dispatch (waits for a ready client first). Returns how many clients got it. */
  async dispatch(t: string, d: DispatchData): Promise<number> {
    await this.waitForReady();
    return this.gateway.dispatch(t, d);
  }

  /** Chat input command (type 2 / data.type 1). */
  slash(name: string, options: SlashOptions = {}, ctx: SlashContext = {}): Promise<InteractionHandle> {
    return this.sendInteraction(this.interactions.slash(name, options, ctx));
  }

  /** Autocomplete (type 4); the focused option is the one marked `focused`, `ctx.focused`, or the last. */
  autocomplete(name: string, options: SlashOptions, ctx: AutocompleteContext = {}): Promise<InteractionHandle> {
    return this.sendInteraction(this.interactions.autocomplete(name, options, ctx));
  }

  /** Message context menu command (type 2 / data.type 3) on a stored message id or a (partial) message. */
  messageContextMenu(name: string, target: MessageInput | string, ctx: InteractionContext = {}): Promise<InteractionHandle> {
    return this.sendInteraction(this.interactions.messageContextMenu(name, target, ctx));
  }

  /** User context menu command (type 2 / data.type 2). */
  userContextMenu(name: string, targetUser: string, ctx: InteractionContext = {}): Promise<InteractionHandle> {
    return this.sendInteraction(this.interactions.userContextMenu(name, targetUser, ctx));
  }

  /** Button click (type 3 / component_type 2). */
  button(customId: string, ctx: ComponentContext = {}): Promise<InteractionHandle> {
    return this.sendInteraction(this.interactions.component(customId, ComponentType.Button, undefined, ctx));
  }

  /** String select (type 3 / component_type 3). */
  selectMenu(customId: string, values: string[], ctx: ComponentContext = {}): Promise<InteractionHandle> {
    return this.sendInteraction(this.interactions.component(customId, ComponentType.StringSelect, values, ctx));
  }

  /** Modal submit (type 5) with one text input per field. */
  modalSubmit(customId: string, fields: Record<string, string>, ctx: ModalContext = {}): Promise<InteractionHandle> {
    return this.sendInteraction(this.interactions.modalSubmit(customId, fields, ctx));
  }

  private async sendInteraction(record: InteractionRecord): Promise<InteractionHandle> {
    await this.waitForReady();
    record.createdAt = Date.now();
    const delivered = this.gateway.dispatch('INTERACTION_CREATE', record.payload);
    if (delivered === 0) throw new Error(`fake-discord: INTERACTION_CREATE ${record.id} reached no client.\n${this.describe()}`);
    return { id: record.id, token: record.token, payload: record.payload };
  }

  /** A user posts a message (MESSAGE_CREATE). Stored in the channel; subject to intents. */
  async messageCreate(options: MessageCreateOptions): Promise<DispatchedMessage> {
    const world = this.world;
    const author = world.user(options.author ?? 'student');
    let channelId: string;
    if (options.guild === false) {
      channelId = this.dmChannelFor(author.id).id;
    } else {
      channelId = world.channelId(options.channel);
      if (!world.channels.has(channelId)) throw new Error(`fake-discord messageCreate: unknown channel ${channelId}`);
    }
    const base = world.buildMessage({ channel_id: channelId, author, content: options.content, ...(options.attachments ? { attachments: options.attachments } : {}), ...options.extra });
    const mentions = [...base.mentions];
    for (const ref of options.mentions ?? []) {
      const user = world.user(ref);
      if (!mentions.some((m) => m.id === user.id)) mentions.push(user);
    }
    let message: FakeMessage = { ...base, mentions };
    if (options.replyTo) {
      const referenced = world.findMessage(options.replyTo);
      if (!referenced) throw new Error(`fake-discord messageCreate: no stored message ${options.replyTo} to reply to`);
      message = {
        ...message,
        type: MessageType.Reply,
        message_reference: { type: 0, message_id: referenced.id, channel_id: referenced.channel_id, guild_id: referenced.guild_id },
        referenced_message: referenced,
      };
    }
    world.storeMessage(message);
    await this.waitForReady();
    // Discord's MESSAGE_CREATE carries channel_type; discord.js 14.28 needs it to see DMs at all.
    const channelType = world.channels.get(channelId)?.type;
    const delivered = this.gateway.dispatch('MESSAGE_CREATE', (intents) => {
      const d = this.messageForIntents(message, intents);
      return d && channelType !== undefined ? { ...d, channel_type: channelType } : d;
    });
    return { id: message.id, message, delivered: delivered > 0 };
  }

  /** A user creates a forum post: THREAD_CREATE (newly_created) then MESSAGE_CREATE of the starter message. */
  async threadCreate(options: ThreadCreateOptions): Promise<DispatchedThread> {
    const world = this.world;
    const parentId = world.channelId(options.parent ?? 'forumChannel');
    const parent = world.channels.get(parentId);
    if (!parent) throw new Error(`fake-discord threadCreate: unknown parent channel ${parentId} (forum disabled?)`);
    const author = world.user(options.author ?? 'student');
    const threadId = this.snowflakes.next();
    const thread = threadChannel(threadId, parentId, options.title, this.ids.guild, author.id, {
      applied_tags: options.tags ?? [],
      message_count: 1,
      total_message_sent: 1,
      last_message_id: threadId,
    });
    world.channels.set(threadId, thread);
    const message = world.buildMessage({ id: threadId, channel_id: threadId, author, content: options.content, position: 0, ...(options.attachments ? { attachments: options.attachments } : {}) });
    world.storeMessage(message);
    await this.waitForReady();
    this.gateway.dispatch('THREAD_CREATE', (intents) =>
      intents & GatewayIntentBits.Guilds ? { ...thread, newly_created: true, member: { id: threadId, user_id: author.id, join_timestamp: new Date().toISOString(), flags: 0 } } : undefined,
    );
    const delivered = this.gateway.dispatch('MESSAGE_CREATE', (intents) => this.messageForIntents(message, intents));
    return { threadId, thread, message, delivered: delivered > 0 };
  }

  private dmChannelFor(userId: string): FakeChannel {
    const existing = [...this.world.channels.values()].find(
      (c) => c.type === ChannelType.DM && (c.recipients as Json[] | undefined)?.[0]?.id === userId,
    );
    if (existing) return existing;
    const dm: FakeChannel = { id: this.snowflakes.next(), type: ChannelType.DM, recipients: [this.world.user(userId)], last_message_id: null, flags: 0 };
    this.world.channels.set(dm.id, dm);
    return dm;
  }

  /** Applies Discord's intent rules to a MESSAGE_CREATE for one client. */
  messageForIntents(message: FakeMessage, intents: number): Json | undefined {
    const isDm = message.guild_id === undefined;
    const needed = isDm ? GatewayIntentBits.DirectMessages : GatewayIntentBits.GuildMessages;
    if ((intents & needed) === 0) return undefined;
    if (this.options.enforceMessageContentIntent === false || intents & GatewayIntentBits.MessageContent) return message;
    const fromBot = message.author.id === this.ids.botUser;
    const mentionsBot = message.mentions.some((u) => u.id === this.ids.botUser);
    if (isDm || fromBot || mentionsBot) return message;
    return { ...message, content: '', embeds: [], attachments: [], components: [], poll: undefined };
  }

  // ---------------------------------------------------------------- faults

  /**
   * The next `times` (default 1) requests matching method + path regex (path after /api/v10,
   * decoded, e.g. /interactions/\d+/[^/]+/callback) fail with `status`. Returns a remover.
   */
  failNext(method: MethodFilter, path: RegExp, options: FailOptions): () => void {
    return this.rest.failNext(method, path, options);
  }

  /** Delays matching requests by `ms` (every match, or the next `times`). Returns a remover. */
  delay(method: MethodFilter, path: RegExp, ms: number, times?: number): () => void {
    return this.rest.delay(method, path, ms, times);
  }

  /** Removes every failNext/delay rule and gateway refusal. */
  clearFaults(): void {
    this.rest.clearFaults();
    this.gateway.refuse(0);
  }

  /**
   * Closes every gateway socket with `code` (4000: client resumes; 1000: client re-identifies) or,
   * without a code, kills it (the client sees 1006 and resumes).
   */
  dropSocket(code?: number): void {
    this.gateway.dropSocket(code);
  }

  /** Op 7 Reconnect: the client closes, reconnects and RESUMEs. */
  sendReconnect(): void {
    this.gateway.sendReconnect();
  }

  /** Op 9 Invalid Session. resumable=false: the client re-IDENTIFYs (after discord.js's identify throttle, up to ~6.5 s). */
  sendInvalidSession(resumable: boolean): void {
    this.gateway.sendInvalidSession(resumable);
  }

  /** Sends a text frame verbatim on every gateway socket (e.g. malformed JSON). */
  sendRaw(text: string): void {
    this.gateway.sendRaw(text);
  }

  /**
   * Refuses the gateway for `ms`.
   * - `ws: 'reject'` (default): WebSocket upgrades get HTTP 503. On the FIRST connection this makes
   *   discord.js `client.login()` reject ("Unexpected server response: 503"); on reconnects
   *   discord.js just retries every ~0.5 s.
   * - `ws: 'close'`: upgrades are accepted and closed at once with 1011; discord.js retries every
   *   ~0.5 s and `login()` resolves once the refusal ends.
   * - `ws: false`: the WebSocket is not refused.
   * - `rest: true`: GET /gateway/bot answers 503 too (discord.js retries 5xx 3 times at once, then
   *   `login()` rejects with an HTTPError).
   */
  refuseGateway(ms: number, which: { ws?: RefuseMode | false; rest?: boolean } = {}): void {
    if (which.ws !== false) this.gateway.refuse(ms, which.ws ?? 'reject');
    if (which.rest === true) this.rest.refuseGatewayBot(ms);
  }

  // ---------------------------------------------------------------- lifecycle

  /** A readable summary of recent REST and gateway activity (used in timeout errors). */
  describe(): string {
    const g = this.gateway;
    const frames = g.log
      .slice(-12)
      .map((e) => `  ${e.dir} #${e.connection} op=${String(e.op)}${e.t ? ` t=${e.t}` : ''}${e.s ? ` s=${e.s}` : ''}`)
      .join('\n');
    return `${this.rest.describe()}\nGateway: ${g.connectedClients} connected, ${g.readyClients} ready, ${g.identifyCount} identifies, ${g.resumeCount} resumes. Recent frames:\n${frames || '  (none)'}`;
  }

  /** Stops everything: sockets, timers, pending waits (they reject). Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
    this.hub.close();
    this.rest.close();
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Starts a fake Discord on 127.0.0.1 (ephemeral port). Always `await fake.close()` afterwards. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const debug = makeDebug(options.debug);
  const snowflakes = new SnowflakeGenerator();
  const world = new FakeWorld(defaultIds(options.ids), snowflakes, options.forum !== false);
  let port = 0;
  const cdn = new FakeCdn(() => `http://127.0.0.1:${port}`, snowflakes, world.ids.channel);
  const interactions = new InteractionStore(world, snowflakes, cdn);
  let fake: FakeDiscord | undefined;
  const hub = new WaitHub(() => fake?.describe() ?? '');
  const gatewayUrl = (): string => `ws://127.0.0.1:${port}`;
  const echo = options.echoBotMessages !== false;
  const pending = new Set<NodeJS.Immediate>();
  const later = (fn: () => void): void => {
    const handle = setImmediate(() => {
      pending.delete(handle);
      fn();
    });
    pending.add(handle);
  };
  const rest = new FakeRest({
    world,
    snowflakes,
    interactions,
    hub,
    baseUrl: () => `http://127.0.0.1:${port}`,
    gatewayUrl,
    callbackDeadlineMs: options.callbackDeadlineMs ?? null,
    cdn,
    debug,
    // Echoes go out after the REST answer (as on Discord), so waits see the request recorded first.
    events: {
      messageCreated: (message) => {
        if (echo) later(() => gateway.dispatch('MESSAGE_CREATE', (intents) => fake?.messageForIntents(message, intents)));
      },
      messageUpdated: (message) => {
        if (echo && !(message.flags & MessageFlags.Ephemeral)) {
          later(() => gateway.dispatch('MESSAGE_UPDATE', (intents) => fake?.messageForIntents(message, intents)));
        }
      },
      messageDeleted: (message) => {
        if (echo && !(message.flags & MessageFlags.Ephemeral)) {
          const intent = message.guild_id ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages;
          const payload = { id: message.id, channel_id: message.channel_id, ...(message.guild_id ? { guild_id: message.guild_id } : {}) };
          later(() => gateway.dispatch('MESSAGE_DELETE', (intents) => (intents & intent ? payload : undefined)));
        }
      },
    },
  });
  const gateway = new FakeGateway({
    world,
    hub,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 45_000,
    disallowedIntents: options.disallowedIntents ?? 0,
    gatewayUrl,
    debug,
  });
  const server = createServer((req, res) => void rest.handle(req, res));
  server.on('upgrade', (req, socket, head: Buffer) => gateway.handleUpgrade(req, socket, head));
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  fake = new FakeDiscord(server, { world, rest, gateway, interactions, hub, snowflakes, cdn, onClose: () => pending.forEach((h) => clearImmediate(h)) }, options);
  debug(`listening on ${fake.url}`);
  return fake;
}

function makeDebug(option: FakeDiscordOptions['debug']): (line: string) => void {
  if (typeof option === 'function') return option;
  const enabled = option ?? Boolean(process.env.FAKE_DISCORD_DEBUG);
  return enabled ? (line) => console.error(`[fake-discord] ${line}`) : () => undefined;
}
