/**
 * The fake REST API under /api/v10: request recording, fault injection (failNext / delay /
 * refuse), and the routes a discord.js bot uses. Unknown routes answer 404
 * `{"message":"Unknown","code":0}` and are recorded in `misses`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ChannelType, InteractionResponseType, InteractionType, MessageFlags, MessageType } from 'discord.js';
import type { FakeCdn } from './cdn.js';
import type { FakeChannel, FakeMessage, FakeWorld, Json } from './fixtures.js';
import type { InteractionRecord, InteractionStore } from './interactions.js';
import { summarizeRequests, type RecordedRequest, type WaitHub } from './recorder.js';
import type { SnowflakeGenerator } from './snowflake.js';
import { validateChoices, validateCommands, validateMessageBody, validateModal, type ApiError } from './validation.js';

/** HTTP method filter for fault hooks; '*' matches every method. */
export type MethodFilter = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | '*';

export interface FailOptions {
  status: number;
  /** Seconds, sent as the `Retry-After` header and `retry_after` in the body (429 only). Default 0.1. */
  retryAfter?: number;
  /** How many matching requests fail. Default 1. */
  times?: number;
  /** Mark a 429 as global (`X-RateLimit-Global: true`). */
  global?: boolean;
  /** Body to answer with instead of the default. */
  body?: Json;
}

interface FaultRule {
  method: MethodFilter;
  path: RegExp;
  remaining: number;
}

/** Things the server reports to the rest of the fake (gateway echo of bot messages). */
export interface RestEvents {
  messageCreated(message: FakeMessage): void;
  messageUpdated(message: FakeMessage): void;
  messageDeleted(message: FakeMessage): void;
}

export interface RestConfig {
  world: FakeWorld;
  snowflakes: SnowflakeGenerator;
  interactions: InteractionStore;
  hub: WaitHub;
  events: RestEvents;
  /** http://127.0.0.1:PORT and ws://127.0.0.1:PORT, known once the server listens. */
  baseUrl: () => string;
  gatewayUrl: () => string;
  /** Interaction callbacks later than this after dispatch get 404 Unknown interaction; null = off. */
  callbackDeadlineMs: number | null;
  /** Attachment bytes served under /cdn/ (and where the bot's uploads go). */
  cdn: FakeCdn;
  debug: (line: string) => void;
}

interface RouteContext {
  req: RecordedRequest;
  params: string[];
  body: Json;
  hasFiles: boolean;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Bytes sent as they are (the CDN), instead of a JSON body. */
  file?: { data: Buffer; contentType: string };
}

type Handler = (ctx: RouteContext) => Reply | Promise<Reply>;

interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

const API_PREFIX = '/api/v10';
const ID = '(\\d{17,19})';
const TOKEN = '([^/]+)';

const ok = (body: unknown): Reply => ({ status: 200, body });
const created = (body: unknown): Reply => ({ status: 201, body });
const noContent = (): Reply => ({ status: 204 });
const error = (e: ApiError): Reply => ({ status: e.status, body: e.body });
const notFound = (message: string, code: number): Reply => ({ status: 404, body: { message, code } });
const unknownChannel = (): Reply => notFound('Unknown Channel', 10003);
const unknownMessage = (): Reply => notFound('Unknown Message', 10008);
const unknownWebhook = (): Reply => notFound('Unknown Webhook', 10015);
const unknownInteraction = (): Reply => notFound('Unknown interaction', 10062);

export class FakeRest {
  /** Every request, in arrival order (recorded once answered). */
  readonly requests: RecordedRequest[] = [];
  /** Requests that matched no route (404 Unknown). */
  readonly misses: RecordedRequest[] = [];
  /** Deployed commands: `global` and per guild id. */
  readonly commands: { global: Json[]; guild: Map<string, Json[]> } = { global: [], guild: new Map() };

  private readonly failures: (FaultRule & FailOptions)[] = [];
  private readonly delays: (FaultRule & { ms: number })[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private refuseGatewayBotUntil = 0;
  private readonly routes: Route[] = [];

  constructor(private readonly config: RestConfig) {
    this.defineRoutes();
  }

  // ---------------------------------------------------------------- fault hooks

  failNext(method: MethodFilter, path: RegExp, options: FailOptions): () => void {
    const rule = { method, path, remaining: options.times ?? 1, ...options };
    this.failures.push(rule);
    return () => removeFrom(this.failures, rule);
  }

  delay(method: MethodFilter, path: RegExp, ms: number, times = Number.POSITIVE_INFINITY): () => void {
    const rule = { method, path, ms, remaining: times };
    this.delays.push(rule);
    return () => removeFrom(this.delays, rule);
  }

  refuseGatewayBot(ms: number): void {
    this.refuseGatewayBotUntil = Date.now() + ms;
  }

  clearFaults(): void {
    this.failures.length = 0;
    this.delays.length = 0;
    this.refuseGatewayBotUntil = 0;
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  // ---------------------------------------------------------------- HTTP entry point

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rawPath = url.pathname;
    const method = (req.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (key === 'authorization' || value === undefined) continue;
      headers[key] = Array.isArray(value) ? value.join(', ') : value;
    }
    const query: Record<string, string> = {};
    for (const [key, value] of url.searchParams) query[key] = value;
    let path: string;
    try {
      path = rawPath.startsWith(`${API_PREFIX}/`) ? decodeURIComponent(rawPath.slice(API_PREFIX.length)) : rawPath;
    } catch {
      path = rawPath;
    }
    const raw = await readBody(req);
    const { body, files } = await parseBody(raw, headers['content-type'] ?? '');
    const record: RecordedRequest = {
      method,
      path,
      rawPath,
      query,
      body,
      files,
      headers,
      authorized: typeof req.headers.authorization === 'string' && req.headers.authorization.length > 0,
      at,
      status: 0,
      response: undefined,
    };

    let reply: Reply;
    try {
      reply = await this.answer(record, rawPath.startsWith(`${API_PREFIX}/`));
    } catch (err) {
      const message = err instanceof Error ? err.stack ?? err.message : String(err);
      this.config.debug(`rest: handler crashed for ${method} ${path}: ${message}`);
      reply = { status: 500, body: { message: `fake-discord handler error: ${message}`, code: 0 } };
    }
    record.status = reply.status;
    record.response = reply.file ? { bytes: reply.file.data.length, contentType: reply.file.contentType } : reply.body;
    this.requests.push(record);
    if (record.miss) this.misses.push(record);
    this.config.debug(`rest: ${method} ${path} -> ${reply.status}`);
    if (reply.file && !res.destroyed && !res.writableEnded) {
      res.writeHead(reply.status, { 'Content-Type': reply.file.contentType, 'Content-Length': String(reply.file.data.length) });
      res.end(reply.file.data);
    } else if (!res.destroyed && !res.writableEnded) {
      const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
      res.writeHead(reply.status, {
        ...(reply.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        'Content-Length': Buffer.byteLength(payload).toString(),
        ...reply.headers,
      });
      res.end(payload);
    }
    this.config.hub.notify();
  }

  private async answer(record: RecordedRequest, isApi: boolean): Promise<Reply> {
    const { method, path } = record;
    const delay = this.consume(this.delays, method, path);
    if (delay) await this.sleep(delay.ms);
    const failure = this.consume(this.failures, method, path);
    if (failure) {
      record.fault = 'fail';
      return faultReply(failure);
    }
    if (!isApi) {
      const file = method === 'GET' ? this.config.cdn.get(record.rawPath) : undefined;
      return file ? { status: 200, file } : this.miss(record);
    }
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const match = route.pattern.exec(path);
      if (!match) continue;
      const body = (record.body && typeof record.body === 'object' ? record.body : {}) as Json;
      return route.handler({ req: record, params: match.slice(1), body, hasFiles: record.files.length > 0 });
    }
    return this.miss(record);
  }

  private miss(record: RecordedRequest): Reply {
    record.miss = true;
    return { status: 404, body: { message: 'Unknown', code: 0 } };
  }

  private consume<T extends FaultRule>(rules: T[], method: string, path: string): T | undefined {
    const rule = rules.find((r) => (r.method === '*' || r.method === method) && r.path.test(path));
    if (!rule) return undefined;
    rule.remaining--;
    if (rule.remaining <= 0) removeFrom(rules, rule);
    return rule;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  /** Human-readable list of the last requests (for failure messages). */
  describe(count = 15): string {
    const misses = this.misses.length ? `\nMisses:\n${summarizeRequests(this.misses, 10)}` : '';
    return `Recent REST requests:\n${summarizeRequests(this.requests, count)}${misses}`;
  }

  // ---------------------------------------------------------------- routes

  private on(method: string, pattern: string, handler: Handler): void {
    this.routes.push({ method, pattern: new RegExp(`^${pattern}$`), handler });
  }

  private defineRoutes(): void {
    const { world } = this.config;
    const ids = world.ids;

    const gatewayBody = (): Json => ({
      url: this.config.gatewayUrl(),
      shards: 1,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
    });
    this.on('GET', '/gateway/bot', () =>
      Date.now() < this.refuseGatewayBotUntil
        ? { status: 503, body: { message: 'Service Unavailable (refuseGateway)', code: 0 } }
        : ok(gatewayBody()),
    );
    this.on('GET', '/gateway', () => ok({ url: this.config.gatewayUrl() }));

    // ---- users / application
    this.on('GET', '/users/@me', () => ok({ ...world.botUser, verified: true, mfa_enabled: false, flags: 0 }));
    this.on('GET', `/users/${ID}`, ({ params }) => {
      const user = world.users.get(params[0] ?? '');
      return user ? ok(user) : notFound('Unknown User', 10013);
    });
    this.on('POST', '/users/@me/channels', ({ body }) => {
      const recipient = world.user(String(body.recipient_id ?? ''));
      const existing = [...world.channels.values()].find(
        (c) => c.type === ChannelType.DM && (c.recipients as Json[] | undefined)?.[0]?.id === recipient.id,
      );
      if (existing) return ok(existing);
      const dm: FakeChannel = { id: this.config.snowflakes.next(), type: ChannelType.DM, recipients: [recipient], last_message_id: null, flags: 0 };
      world.channels.set(dm.id, dm);
      return ok(dm);
    });
    const application = (): Json => ({
      id: ids.application,
      name: world.botUser.username,
      icon: null,
      description: 'fake-discord application',
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: 0,
      owner: world.users.get(ids.ta),
      team: null,
      bot: world.botUser,
      approximate_guild_count: 1,
      interactions_endpoint_url: null,
      integration_types_config: { '0': {} },
    });
    this.on('GET', '/applications/@me', () => ok(application()));
    this.on('GET', '/oauth2/applications/@me', () => ok(application()));

    // ---- application commands
    const commandList = (guildId: string | undefined): Json[] =>
      guildId ? (this.commands.guild.get(guildId) ?? []) : this.commands.global;
    const putCommands = (appId: string | undefined, guildId: string | undefined, body: unknown): Reply => {
      if (appId !== ids.application) return notFound('Unknown Application', 10002);
      if (guildId !== undefined && guildId !== ids.guild) return notFound('Unknown Guild', 10004);
      const problem = validateCommands(body);
      if (problem) return error(problem);
      const stored = (body as Json[]).map((cmd) => this.commandObject(cmd, guildId));
      if (guildId) this.commands.guild.set(guildId, stored);
      else this.commands.global = stored;
      return ok(stored);
    };
    this.on('PUT', `/applications/${ID}/commands`, ({ params, req }) => putCommands(params[0], undefined, req.body));
    this.on('PUT', `/applications/${ID}/guilds/${ID}/commands`, ({ params, req }) => putCommands(params[0], params[1], req.body));
    this.on('GET', `/applications/${ID}/commands`, () => ok(commandList(undefined)));
    this.on('GET', `/applications/${ID}/guilds/${ID}/commands`, ({ params }) => ok(commandList(params[1])));
    const postCommand = (guildId: string | undefined, body: Json): Reply => {
      const problem = validateCommands([body]);
      if (problem) return error(problem);
      const list = commandList(guildId).filter((c) => c.name !== body.name);
      const cmd = this.commandObject(body, guildId);
      list.push(cmd);
      if (guildId) this.commands.guild.set(guildId, list);
      else this.commands.global = list;
      return created(cmd);
    };
    this.on('POST', `/applications/${ID}/commands`, ({ body }) => postCommand(undefined, body));
    this.on('POST', `/applications/${ID}/guilds/${ID}/commands`, ({ params, body }) => postCommand(params[1], body));

    // ---- interactions
    this.on('POST', `/interactions/${ID}/${TOKEN}/callback`, (ctx) => this.interactionCallback(ctx));
    this.on('GET', `/webhooks/${ID}/${TOKEN}/messages/(@original|\\d{17,19})`, ({ params }) => {
      const found = this.webhookMessage(params);
      if ('status' in found) return found;
      return ok(found.message);
    });
    this.on('PATCH', `/webhooks/${ID}/${TOKEN}/messages/(@original|\\d{17,19})`, (ctx) => this.editWebhookMessage(ctx));
    this.on('DELETE', `/webhooks/${ID}/${TOKEN}/messages/(@original|\\d{17,19})`, ({ params, req }) => {
      const found = this.webhookMessage(params);
      if ('status' in found) return found;
      const { record, message, isOriginal } = found;
      if (isOriginal) record.originalDeleted = true;
      else record.followUps.splice(record.followUps.indexOf(message), 1);
      record.requests.push(req);
      world.removeMessage(message.id);
      this.config.events.messageDeleted(message);
      return noContent();
    });
    this.on('POST', `/webhooks/${ID}/${TOKEN}`, (ctx) => this.followUp(ctx));

    // ---- channels & messages
    this.on('GET', `/channels/${ID}`, ({ params }) => {
      const channel = world.channels.get(params[0] ?? '');
      return channel ? ok(channel) : unknownChannel();
    });
    this.on('PATCH', `/channels/${ID}`, ({ params, body }) => {
      const channel = world.channels.get(params[0] ?? '');
      if (!channel) return unknownChannel();
      const { thread_metadata: _ignored, ...rest } = body;
      Object.assign(channel, rest);
      if (channel.thread_metadata && typeof channel.thread_metadata === 'object') {
        const meta = channel.thread_metadata as Json;
        if (typeof body.archived === 'boolean') meta.archived = body.archived;
        if (typeof body.locked === 'boolean') meta.locked = body.locked;
      }
      return ok(channel);
    });
    this.on('GET', `/channels/${ID}/messages`, ({ params, req }) => {
      if (!world.channels.has(params[0] ?? '')) return unknownChannel();
      const limit = Math.min(Number(req.query.limit ?? 50) || 50, 100);
      const list = [...(world.messages.get(params[0] ?? '') ?? [])].reverse();
      const before = req.query.before;
      const filtered = before ? list.filter((m) => BigInt(m.id) < BigInt(before)) : list;
      return ok(filtered.slice(0, limit));
    });
    this.on('POST', `/channels/${ID}/messages`, (ctx) => this.createChannelMessage(ctx));
    this.on('GET', `/channels/${ID}/messages/${ID}`, ({ params }) => {
      const message = world.findMessage(params[1] ?? '', params[0]);
      return message ? ok(message) : unknownMessage();
    });
    this.on('PATCH', `/channels/${ID}/messages/${ID}`, ({ params, body, hasFiles, req }) => {
      const message = world.findMessage(params[1] ?? '', params[0]);
      if (!message) return unknownMessage();
      if (message.author.id !== ids.botUser && Object.keys(body).some((k) => k !== 'flags')) {
        return { status: 403, body: { message: 'Cannot edit a message authored by another user', code: 50005 } };
      }
      const problem = validateMessageBody(body, false, hasFiles);
      if (problem) return error(problem);
      this.applyEdit(message, body, req.files);
      this.config.events.messageUpdated(message);
      return ok(message);
    });
    this.on('DELETE', `/channels/${ID}/messages/${ID}`, ({ params }) => {
      const message = world.findMessage(params[1] ?? '', params[0]);
      if (!message) return unknownMessage();
      world.removeMessage(message.id);
      this.config.events.messageDeleted(message);
      return noContent();
    });
    this.on('POST', `/channels/${ID}/typing`, ({ params }) => (world.channels.has(params[0] ?? '') ? noContent() : unknownChannel()));
    const reaction = ({ params }: RouteContext): Reply => {
      const message = world.findMessage(params[1] ?? '', params[0]);
      return message ? noContent() : unknownMessage();
    };
    this.on('PUT', `/channels/${ID}/messages/${ID}/reactions/([^/]+)/@me`, reaction);
    this.on('DELETE', `/channels/${ID}/messages/${ID}/reactions/([^/]+)/(@me|\\d{17,19})`, reaction);
    this.on('POST', `/channels/${ID}/messages/${ID}/threads`, ({ params, body }) => {
      const message = world.findMessage(params[1] ?? '', params[0]);
      if (!message) return unknownMessage();
      const thread = this.createThread(params[0] ?? '', String(body.name ?? 'thread'), message.id);
      message.thread = thread;
      return created(thread);
    });
    this.on('POST', `/channels/${ID}/threads`, ({ params, body }) => {
      if (!world.channels.has(params[0] ?? '')) return unknownChannel();
      return created(this.createThread(params[0] ?? '', String(body.name ?? 'thread'), undefined));
    });

    // ---- guild
    this.on('GET', `/guilds/${ID}`, ({ params }) => (params[0] === ids.guild ? ok(world.guildCreatePayload()) : notFound('Unknown Guild', 10004)));
    this.on('GET', `/guilds/${ID}/channels`, () => ok([...world.channels.values()].filter((c) => c.guild_id === ids.guild && !isThread(c))));
    this.on('GET', `/guilds/${ID}/roles`, () => ok(world.roles));
    this.on('GET', `/guilds/${ID}/members`, () => ok([...world.members.values()]));
    this.on('GET', `/guilds/${ID}/members/${ID}`, ({ params }) => {
      const member = world.members.get(params[1] ?? '');
      return member ? ok(member) : notFound('Unknown Member', 10007);
    });
    const memberRole = (add: boolean) => ({ params }: RouteContext): Reply => {
      const member = world.members.get(params[1] ?? '');
      if (!member) return notFound('Unknown Member', 10007);
      if (!world.roles.some((r) => r.id === params[2])) return notFound('Unknown Role', 10011);
      const roleId = params[2] ?? '';
      member.roles = add ? [...new Set([...member.roles, roleId])] : member.roles.filter((r) => r !== roleId);
      return noContent();
    };
    this.on('PUT', `/guilds/${ID}/members/${ID}/roles/${ID}`, memberRole(true));
    this.on('DELETE', `/guilds/${ID}/members/${ID}/roles/${ID}`, memberRole(false));
  }

  private commandObject(cmd: Json, guildId: string | undefined): Json {
    const name = String(cmd.name);
    const type = typeof cmd.type === 'number' ? cmd.type : 1;
    const id = this.config.interactions.commandId(name);
    return {
      id,
      application_id: this.config.world.ids.application,
      version: this.config.snowflakes.next(),
      type,
      default_member_permissions: null,
      nsfw: false,
      integration_types: [0],
      contexts: null,
      name_localizations: null,
      description_localizations: null,
      ...cmd,
      description: typeof cmd.description === 'string' ? cmd.description : '',
      ...(guildId ? { guild_id: guildId } : {}),
    };
  }

  // ---------------------------------------------------------------- interactions

  private interactionCallback({ params, req, hasFiles }: RouteContext): Reply {
    const record = this.config.interactions.get(params[0] ?? '');
    if (!record || record.token !== params[1]) return unknownInteraction();
    const deadline = this.config.callbackDeadlineMs;
    if (deadline !== null && req.at - record.createdAt > deadline) return unknownInteraction();
    if (record.ack) return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
    const body = (req.body ?? {}) as Json;
    const type = typeof body.type === 'number' ? body.type : -1;
    const data = (body.data && typeof body.data === 'object' ? body.data : {}) as Json;
    const R = InteractionResponseType;
    const isComponentish = record.type === InteractionType.MessageComponent || (record.type === InteractionType.ModalSubmit && record.sourceMessage !== undefined);
    const wrongType = (why: string): Reply => ({ status: 400, body: { message: `Interaction response type ${type} ${why}`, code: 50035 } });
    if (record.type === InteractionType.ApplicationCommandAutocomplete && type !== R.ApplicationCommandAutocompleteResult) {
      return wrongType('is not valid for autocomplete interactions');
    }
    let original: FakeMessage | undefined;
    switch (type) {
      case R.ChannelMessageWithSource: {
        const problem = validateMessageBody(data, true, hasFiles);
        if (problem) return error(problem);
        original = this.interactionMessage(record, data, req);
        break;
      }
      case R.DeferredChannelMessageWithSource: {
        const ephemeral = typeof data.flags === 'number' ? data.flags & MessageFlags.Ephemeral : 0;
        original = this.interactionMessage(record, { content: '', flags: ephemeral | MessageFlags.Loading }, req);
        break;
      }
      case R.DeferredMessageUpdate:
      case R.UpdateMessage: {
        if (!isComponentish || !record.sourceMessage) return wrongType('is only valid for component interactions');
        if (type === R.UpdateMessage) {
          const problem = validateMessageBody(data, false, hasFiles);
          if (problem) return error(problem);
        }
        original = this.config.world.findMessage(record.sourceMessage.id) ?? record.sourceMessage;
        if (type === R.UpdateMessage) {
          this.applyEdit(original, data, req.files);
          this.config.events.messageUpdated(original);
        }
        break;
      }
      case R.ApplicationCommandAutocompleteResult: {
        if (record.type !== InteractionType.ApplicationCommandAutocomplete) return wrongType('is only valid for autocomplete interactions');
        const problem = validateChoices(data);
        if (problem) return error(problem);
        break;
      }
      case R.Modal: {
        if (record.type === InteractionType.ModalSubmit) return wrongType('is not valid for modal submit interactions');
        const problem = validateModal(data);
        if (problem) return error(problem);
        break;
      }
      default:
        return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: { type: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: `Value must be one of the interaction response types (got ${type})` }] } } } };
    }
    record.ack = { type, at: req.at, data };
    record.original = original;
    record.requests.push(req);
    if (req.query.with_response !== 'true') return noContent();
    return ok({
      interaction: {
        id: record.id,
        type: record.type,
        activity_instance_id: null,
        response_message_id: original?.id ?? null,
        response_message_loading: original ? (original.flags & MessageFlags.Loading) !== 0 : null,
        response_message_ephemeral: original ? (original.flags & MessageFlags.Ephemeral) !== 0 : null,
      },
      resource: { type, ...(original ? { message: original } : {}) },
    });
  }

  /** Builds and stores a message sent through an interaction (reply, deferred placeholder, follow-up). */
  private interactionMessage(record: InteractionRecord, data: Json, req: RecordedRequest): FakeMessage {
    const world = this.config.world;
    const isCommand = record.type === InteractionType.ApplicationCommand;
    const user = world.user(record.userId);
    const commandData = record.payload.data as Json;
    const message = world.buildMessage({
      channel_id: record.channelId,
      author: world.botUser,
      ...this.messageFields(data, req.files),
      webhook_id: world.ids.application,
      application_id: world.ids.application,
      type: isCommand ? MessageType.ChatInputCommand : MessageType.Default,
      interaction_metadata: {
        id: record.id,
        type: record.type,
        user,
        authorizing_integration_owners: { '0': world.ids.guild },
        ...(isCommand ? { name: commandData.name, command_type: commandData.type } : {}),
      },
      ...(isCommand ? { interaction: { id: record.id, type: record.type, name: commandData.name, user } } : {}),
    });
    world.storeMessage(message);
    if ((message.flags & MessageFlags.Ephemeral) === 0) this.config.events.messageCreated(message);
    return message;
  }

  private webhookMessage(params: string[]): Reply | { record: InteractionRecord; message: FakeMessage; isOriginal: boolean } {
    const [appId, token, which] = params;
    const record = token ? this.config.interactions.byTokenValue(token) : undefined;
    if (!record || appId !== this.config.world.ids.application) return unknownWebhook();
    if (which === '@original' || which === record.original?.id) {
      if (!record.original || record.originalDeleted) return unknownMessage();
      return { record, message: record.original, isOriginal: true };
    }
    const followUp = record.followUps.find((m) => m.id === which);
    return followUp ? { record, message: followUp, isOriginal: false } : unknownMessage();
  }

  private editWebhookMessage({ params, req, body, hasFiles }: RouteContext): Reply {
    const found = this.webhookMessage(params);
    if ('status' in found) return found;
    const problem = validateMessageBody(body, false, hasFiles);
    if (problem) return error(problem);
    const { record, message } = found;
    this.applyEdit(message, body, req.files);
    record.requests.push(req);
    this.config.events.messageUpdated(message);
    return ok(message);
  }

  private followUp({ params, req, body, hasFiles }: RouteContext): Reply {
    const [appId, token] = params;
    const record = token ? this.config.interactions.byTokenValue(token) : undefined;
    if (!record || appId !== this.config.world.ids.application || !record.ack) return unknownWebhook();
    const problem = validateMessageBody(body, true, hasFiles);
    if (problem) return error(problem);
    let message: FakeMessage;
    const original = record.original;
    if (record.ack.type === InteractionResponseType.DeferredChannelMessageWithSource && original && !record.originalDeleted && (original.flags & MessageFlags.Loading) !== 0) {
      // Discord: the first follow-up after a deferred reply replaces the "thinking..." message.
      this.applyEdit(original, body, req.files);
      this.config.events.messageUpdated(original);
      message = original;
    } else {
      message = this.interactionMessage(record, body, req);
      record.followUps.push(message);
    }
    record.requests.push(req);
    return req.query.wait === 'true' ? ok(message) : noContent();
  }

  // ---------------------------------------------------------------- channel messages

  private createChannelMessage({ params, req, body, hasFiles }: RouteContext): Reply {
    const world = this.config.world;
    const channel = world.channels.get(params[0] ?? '');
    if (!channel) return unknownChannel();
    if (channel.type === ChannelType.GuildForum || channel.type === ChannelType.GuildCategory) {
      return { status: 400, body: { message: 'Cannot send messages in a non-text channel', code: 50008 } };
    }
    const problem = validateMessageBody(body, true, hasFiles);
    if (problem) return error(problem);
    const ref = body.message_reference as Json | undefined;
    let referenced: FakeMessage | undefined;
    if (ref && typeof ref.message_id === 'string') {
      referenced = world.findMessage(ref.message_id);
      if (!referenced && ref.fail_if_not_exists !== false) {
        return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: { message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }] } } } };
      }
    }
    const message = world.buildMessage({
      channel_id: channel.id,
      author: world.botUser,
      ...this.messageFields(body, req.files),
      ...(referenced
        ? {
            type: MessageType.Reply,
            message_reference: { type: 0, message_id: referenced.id, channel_id: referenced.channel_id, guild_id: referenced.guild_id },
            referenced_message: referenced,
          }
        : {}),
    });
    world.storeMessage(message);
    this.config.events.messageCreated(message);
    return ok(message);
  }

  /** The message fields a create body may set (content, embeds, components, flags, attachments...). */
  private messageFields(body: Json, files: RecordedRequest['files']): Partial<FakeMessage> {
    const out: Partial<FakeMessage> = {};
    if (typeof body.content === 'string') out.content = body.content;
    if (Array.isArray(body.embeds)) out.embeds = (body.embeds as Json[]).map((e) => ({ type: 'rich', ...e }));
    if (Array.isArray(body.components)) out.components = body.components;
    if (typeof body.flags === 'number') out.flags = body.flags & KEPT_FLAGS;
    if (body.tts === true) out.tts = true;
    if (body.poll !== undefined) out.poll = body.poll;
    const attachments = this.attachments(body, files);
    if (attachments.length) out.attachments = attachments;
    return out;
  }

  /** Files the bot uploads become attachments served by the CDN route, as on Discord. */
  private attachments(body: Json, files: RecordedRequest['files']): Json[] {
    return files.map((file, index) => {
      const described = Array.isArray(body.attachments) ? (body.attachments as Json[])[index] : undefined;
      const attachment = this.config.cdn.add({ filename: file.filename, data: file.data, contentType: file.contentType || undefined });
      return { ...attachment, ...(described && typeof described.description === 'string' ? { description: described.description } : {}) };
    });
  }

  /** Applies an edit body to a message in place (keeps ephemeral, clears the loading flag). */
  private applyEdit(message: FakeMessage, body: Json, files: RecordedRequest['files'] = []): void {
    const wasLoading = (message.flags & MessageFlags.Loading) !== 0;
    const fields = this.messageFields(body, files);
    const { flags, ...rest } = fields;
    Object.assign(message, rest);
    if (Array.isArray(body.attachments) && fields.attachments === undefined) {
      // Keeping only the listed existing attachments, as Discord does.
      const keep = new Set((body.attachments as Json[]).map((a) => String(a.id)));
      message.attachments = (message.attachments as Json[]).filter((a) => keep.has(String(a.id)));
    }
    const keptEphemeral = message.flags & MessageFlags.Ephemeral;
    const base = flags !== undefined ? flags : message.flags;
    message.flags = (base & ~(MessageFlags.Ephemeral | MessageFlags.Loading)) | keptEphemeral;
    if (!wasLoading) message.edited_timestamp = new Date().toISOString();
  }

  private createThread(parentId: string, name: string, starterId: string | undefined): FakeChannel {
    const world = this.config.world;
    const id = starterId ?? this.config.snowflakes.next();
    const thread: FakeChannel = threadChannel(id, parentId, name, world.ids.guild, world.ids.botUser);
    world.channels.set(id, thread);
    return thread;
  }
}

/** Message flags a client may set on create (the rest are server-controlled). */
const KEPT_FLAGS = MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | MessageFlags.IsComponentsV2 | MessageFlags.Loading;

export function threadChannel(id: string, parentId: string, name: string, guildId: string, ownerId: string, extra: Json = {}): FakeChannel {
  return {
    id,
    type: ChannelType.PublicThread,
    guild_id: guildId,
    parent_id: parentId,
    owner_id: ownerId,
    name,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    flags: 0,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 4320,
      archive_timestamp: new Date().toISOString(),
      locked: false,
      create_timestamp: new Date().toISOString(),
    },
    ...extra,
  };
}

function isThread(channel: FakeChannel): boolean {
  return channel.type === ChannelType.PublicThread || channel.type === ChannelType.PrivateThread || channel.type === ChannelType.AnnouncementThread;
}

function faultReply(rule: FailOptions): Reply {
  if (rule.status === 429) {
    const retryAfter = rule.retryAfter ?? 0.1;
    return {
      status: 429,
      body: rule.body ?? { message: 'You are being rate limited.', retry_after: retryAfter, global: rule.global === true, code: 0 },
      headers: {
        'Retry-After': String(retryAfter),
        'X-RateLimit-Scope': rule.global ? 'global' : 'user',
        ...(rule.global ? { 'X-RateLimit-Global': 'true' } : {}),
      },
    };
  }
  return { status: rule.status, body: rule.body ?? { message: `Injected ${rule.status} (fake-discord failNext)`, code: 0 } };
}

function removeFrom<T>(list: T[], item: T): void {
  const index = list.indexOf(item);
  if (index >= 0) list.splice(index, 1);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(raw: Buffer, contentType: string): Promise<{ body: unknown; files: RecordedRequest['files'] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: RecordedRequest['files'] = [];
    let body: unknown;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = parseJson(value);
      } else {
        files.push({ field, filename: value.name, contentType: value.type, size: value.size, data: Buffer.from(await value.arrayBuffer()) });
      }
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  return { body: contentType.includes('json') ? parseJson(text) : text, files: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
