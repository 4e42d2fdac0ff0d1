/**
 * The fake's attachment CDN: `GET /cdn/attachments/{channel}/{attachment}/{filename}` serves bytes
 * registered by a test (or uploaded by the bot), like cdn.discordapp.com serves attachments. The
 * attachment objects it hands out point there, so a bot configured with this base
 * (`DISCORD_CDN_URL=fake.cdnUrl`) downloads them over loopback.
 */
import type { Json } from './fixtures.js';
import type { SnowflakeGenerator } from './snowflake.js';

export interface CdnFile {
  data: Buffer;
  contentType: string;
}

export interface AttachmentInput {
  /** File name as Discord shows it. */
  filename: string;
  data: Buffer | Uint8Array;
  /** Served `Content-Type` and the attachment's `content_type`. Default from the file name (png, jpeg, gif, webp), else application/octet-stream. */
  contentType?: string;
  /** Channel id in the URL (Discord puts the channel there). Default: the fixture's #general. */
  channel?: string;
  /** Pixel size Discord reports; read from a PNG's header when omitted. */
  width?: number;
  height?: number;
  /** Overrides the attachment object's `size` (Discord's claim, not checked against the bytes). */
  size?: number;
  /** An attachment object whose `url` points anywhere (another host): nothing is registered on the CDN. */
  url?: string;
}

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' };

/** Width and height from a PNG's IHDR chunk, or null for anything else. */
function pngSize(data: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature || data.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

export class FakeCdn {
  /** Served files by path (`/cdn/attachments/...`). */
  readonly files = new Map<string, CdnFile>();
  /** Attachment objects by id, for `resolved.attachments` of slash options. */
  readonly attachments = new Map<string, Json>();

  constructor(
    private readonly baseUrl: () => string,
    private readonly snowflakes: SnowflakeGenerator,
    private readonly defaultChannel: string,
  ) {}

  /** Registers bytes and returns the Discord attachment object pointing at them. */
  add(input: AttachmentInput): Json {
    const id = this.snowflakes.next();
    const data = Buffer.from(input.data);
    const extension = input.filename.split('.').pop()?.toLowerCase() ?? '';
    const contentType = input.contentType ?? TYPES[extension] ?? 'application/octet-stream';
    const path = `/cdn/attachments/${input.channel ?? this.defaultChannel}/${id}/${encodeURIComponent(input.filename)}`;
    if (!input.url) this.files.set(path, { data, contentType });
    const size = input.width !== undefined && input.height !== undefined ? { width: input.width, height: input.height } : pngSize(data);
    // Discord's URLs carry signature parameters; the bot must keep them when it downloads.
    const url = input.url ?? `${this.baseUrl()}${path}?ex=00000000&is=00000000&hm=fake`;
    const attachment: Json = {
      id,
      filename: input.filename,
      size: input.size ?? data.length,
      url,
      proxy_url: url,
      content_type: contentType,
      ...(size ? { width: size.width, height: size.height } : {}),
    };
    this.attachments.set(id, attachment);
    return attachment;
  }

  /** The file at a request path, or undefined. */
  get(path: string): CdnFile | undefined {
    return this.files.get(path);
  }
}
