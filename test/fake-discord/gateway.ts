/**
 * The fake gateway: a `ws` server (noServer mode, attached to the HTTP server's `upgrade` event)
 * that speaks just enough of Discord's gateway protocol v10 for discord.js 14:
 * HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeat ACK, RESUME -> RESUMED, REQUEST_GUILD_MEMBERS
 * -> GUILD_MEMBERS_CHUNK, plus fault injection (close codes, op 7, op 9, raw frames, refusals).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { FakeWorld, Json } from './fixtures.js';
import type { WaitHub } from './recorder.js';

/** Gateway opcodes used here (kept local so the numbers are visible in one place). */
export const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

/** One gateway frame, in either direction, for debugging and assertions. */
export interface GatewayLogEntry {
  dir: 'in' | 'out';
  connection: number;
  op: number | null;
  t?: string | null;
  s?: number | null;
  at: number;
}

/** The `d` of an IDENTIFY the client sent (token redacted). */
export interface IdentifyRecord {
  intents: number;
  shard: unknown;
  properties: unknown;
  compress: unknown;
  at: number;
}

interface Session {
  id: string;
  seq: number;
  intents: number;
  invalid: boolean;
}

interface Connection {
  id: number;
  ws: WebSocket;
  session: Session | undefined;
  ready: boolean;
}

export interface GatewayConfig {
  world: FakeWorld;
  hub: WaitHub;
  heartbeatIntervalMs: number;
  /** IDENTIFY with any of these intent bits is closed with 4014 (disallowed intents). */
  disallowedIntents: number;
  /** ws://127.0.0.1:PORT, known once the server listens. */
  gatewayUrl: () => string;
  debug: (line: string) => void;
}

/** How refuseGateway turns clients away: HTTP 503 on upgrade, or an immediate 1011 close. */
export type RefuseMode = 'reject' | 'close';

/** Payload for a dispatch, or a function of the receiving session's intents (undefined = not delivered). */
export type DispatchData = Json | ((intents: number) => Json | undefined);

export class FakeGateway {
  identifyCount = 0;
  resumeCount = 0;
  heartbeatCount = 0;
  /** Set to false to stop answering heartbeats (discord.js then treats the connection as a zombie). */
  ackHeartbeats = true;
  readonly identifies: IdentifyRecord[] = [];
  readonly log: GatewayLogEntry[] = [];
  /** Close codes the clients' sockets ended with, in order (from the fake's side). */
  readonly closes: { connection: number; code: number; at: number }[] = [];

  private readonly wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Map<string, Session>();
  private nextConnectionId = 1;
  private refuseUntil = 0;
  private refuseMode: RefuseMode = 'reject';

  constructor(private readonly config: GatewayConfig) {}

  get connectedClients(): number {
    let count = 0;
    for (const c of this.connections) if (c.ws.readyState === WebSocket.OPEN) count++;
    return count;
  }

  /** Connections that have received READY or RESUMED and can take dispatches. */
  get readyClients(): number {
    let count = 0;
    for (const c of this.connections) if (c.ready && c.ws.readyState === WebSocket.OPEN) count++;
    return count;
  }

  /**
   * For `ms` milliseconds, 'reject' WebSocket upgrades with HTTP 503, or accept them and 'close'
   * at once with 1011 before HELLO.
   */
  refuse(ms: number, mode: RefuseMode = 'reject'): void {
    this.refuseUntil = Date.now() + ms;
    this.refuseMode = mode;
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path !== '/' && path !== '') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    if (Date.now() < this.refuseUntil) {
      this.config.debug(`gateway: refusing upgrade (refuseGateway, ${this.refuseMode})`);
      if (this.refuseMode === 'reject') {
        socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      } else {
        this.wss.handleUpgrade(req, socket, head, (ws) => ws.close(1011, 'fake-discord refuseGateway'));
      }
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
  }

  private onConnection(ws: WebSocket): void {
    const conn: Connection = { id: this.nextConnectionId++, ws, session: undefined, ready: false };
    this.connections.add(conn);
    ws.on('message', (data, isBinary) => this.onMessage(conn, data, isBinary));
    ws.on('close', (code) => {
      this.connections.delete(conn);
      this.closes.push({ connection: conn.id, code, at: Date.now() });
      this.config.debug(`gateway: connection ${conn.id} closed with ${code}`);
      this.config.hub.notify();
    });
    ws.on('error', (error) => this.config.debug(`gateway: connection ${conn.id} error ${error.message}`));
    this.send(conn, { op: Op.Hello, d: { heartbeat_interval: this.config.heartbeatIntervalMs, _trace: ['fake-discord'] } });
    this.config.hub.notify();
  }

  private onMessage(conn: Connection, data: RawData, isBinary: boolean): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error('binary frame');
      payload = JSON.parse(rawToString(data)) as { op?: unknown; d?: unknown };
    } catch {
      this.config.debug(`gateway: connection ${conn.id} sent an undecodable frame; closing 4002`);
      conn.ws.close(4002, 'Error while decoding payload.');
      return;
    }
    const op = typeof payload.op === 'number' ? payload.op : null;
    this.log.push({ dir: 'in', connection: conn.id, op, at: Date.now() });
    const d = (payload.d ?? {}) as Json;
    switch (op) {
      case Op.Heartbeat:
        this.heartbeatCount++;
        if (this.ackHeartbeats) this.send(conn, { op: Op.HeartbeatAck });
        break;
      case Op.Identify:
        this.onIdentify(conn, d);
        break;
      case Op.Resume:
        this.onResume(conn, d);
        break;
      case Op.RequestGuildMembers:
        this.onRequestGuildMembers(conn, d);
        break;
      case Op.PresenceUpdate:
      case Op.VoiceStateUpdate:
        break;
      default:
        this.config.debug(`gateway: unknown opcode ${String(op)}; closing 4001`);
        conn.ws.close(4001, 'Unknown opcode.');
    }
    this.config.hub.notify();
  }

  private onIdentify(conn: Connection, d: Json): void {
    if (conn.session) {
      conn.ws.close(4005, 'Already authenticated.');
      return;
    }
    const intents = typeof d.intents === 'number' ? d.intents : 0;
    this.identifies.push({ intents, shard: d.shard, properties: d.properties, compress: d.compress, at: Date.now() });
    this.identifyCount++;
    if (intents & this.config.disallowedIntents) {
      conn.ws.close(4014, 'Disallowed intent(s).');
      return;
    }
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, intents, invalid: false };
    this.sessions.set(session.id, session);
    conn.session = session;
    const world = this.config.world;
    this.sendDispatch(conn, 'READY', {
      v: 10,
      user: { ...world.botUser, verified: true, mfa_enabled: false, flags: 0, email: null },
      guilds: [{ id: world.ids.guild, unavailable: true }],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.config.gatewayUrl(),
      shard: Array.isArray(d.shard) ? d.shard : [0, 1],
      application: { id: world.ids.application, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      user_settings: {},
      geo_ordered_rtc_regions: [],
      _trace: ['fake-discord'],
    });
    this.sendDispatch(conn, 'GUILD_CREATE', world.guildCreatePayload());
    conn.ready = true;
  }

  private onResume(conn: Connection, d: Json): void {
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (!session || session.invalid) {
      this.send(conn, { op: Op.InvalidSession, d: false });
      return;
    }
    this.resumeCount++;
    conn.session = session;
    this.sendDispatch(conn, 'RESUMED', { _trace: ['fake-discord'] });
    conn.ready = true;
  }

  private onRequestGuildMembers(conn: Connection, d: Json): void {
    const world = this.config.world;
    const userIds = Array.isArray(d.user_ids) ? d.user_ids.map(String) : typeof d.user_ids === 'string' ? [d.user_ids] : undefined;
    const query = typeof d.query === 'string' ? d.query.toLowerCase() : '';
    const limit = typeof d.limit === 'number' && d.limit > 0 ? d.limit : Number.POSITIVE_INFINITY;
    const members = [...world.members.values()]
      .filter((m) => (userIds ? userIds.includes(m.user.id) : m.user.username.toLowerCase().startsWith(query)))
      .slice(0, limit);
    this.sendDispatch(conn, 'GUILD_MEMBERS_CHUNK', {
      guild_id: world.ids.guild,
      members,
      chunk_index: 0,
      chunk_count: 1,
      not_found: userIds ? userIds.filter((id) => !world.members.has(id)) : [],
      ...(d.nonce !== undefined ? { nonce: d.nonce } : {}),
    });
  }

  /**
   * Sends a dispatch to every ready connection, with the next sequence number of its session.
   * Returns how many connections received it.
   */
  dispatch(t: string, data: DispatchData): number {
    let delivered = 0;
    for (const conn of this.connections) {
      if (!conn.ready || !conn.session || conn.ws.readyState !== WebSocket.OPEN) continue;
      const d = typeof data === 'function' ? data(conn.session.intents) : data;
      if (d === undefined) continue;
      this.sendDispatch(conn, t, d);
      delivered++;
    }
    this.config.hub.notify();
    return delivered;
  }

  private sendDispatch(conn: Connection, t: string, d: Json): void {
    if (!conn.session) throw new Error('fake-discord: dispatch on a connection without a session');
    const s = ++conn.session.seq;
    this.send(conn, { op: Op.Dispatch, t, s, d }, t, s);
  }

  private send(conn: Connection, payload: Json, t: string | null = null, s: number | null = null): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    this.log.push({ dir: 'out', connection: conn.id, op: typeof payload.op === 'number' ? payload.op : null, t, s, at: Date.now() });
    conn.ws.send(JSON.stringify(payload));
  }

  /** Closes every client socket with `code` (e.g. 4000 resumable, 1000), or kills it (1006) when undefined. */
  dropSocket(code?: number, reason = 'fake-discord dropSocket'): void {
    for (const conn of this.connections) {
      conn.ready = false;
      if (code === undefined) conn.ws.terminate();
      else conn.ws.close(code, reason);
    }
  }

  /** Op 7: the client should reconnect and resume. */
  sendReconnect(): void {
    for (const conn of this.connections) {
      conn.ready = false;
      this.send(conn, { op: Op.Reconnect, d: null });
    }
  }

  /** Op 9. Non-resumable also invalidates the sessions, so the client must IDENTIFY again. */
  sendInvalidSession(resumable: boolean): void {
    for (const conn of this.connections) {
      conn.ready = false;
      if (!resumable && conn.session) {
        conn.session.invalid = true;
        conn.session = undefined;
      }
      this.send(conn, { op: Op.InvalidSession, d: resumable });
    }
  }

  /** Sends a text frame verbatim to every open connection (malformed JSON, odd dispatches...). */
  sendRaw(text: string): void {
    for (const conn of this.connections) {
      if (conn.ws.readyState !== WebSocket.OPEN) continue;
      this.log.push({ dir: 'out', connection: conn.id, op: null, at: Date.now() });
      conn.ws.send(text);
    }
  }

  /** Kills every socket and the ws server. */
  async close(): Promise<void> {
    for (const conn of this.connections) conn.ws.terminate();
    this.connections.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}
