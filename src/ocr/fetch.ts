/**
 * Downloads an image attachment, from Discord's CDN only. Any other URL is refused before a
 * request is made; redirects are not followed blindly (each hop must stay on an allowed host);
 * the body is streamed with a byte cap and a time limit. Returns bytes or a one-line reason for
 * the student, never throws.
 */
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, REASONS } from './limits.js';

/** The hosts Discord serves attachments from. */
export const DISCORD_CDN_HOSTS: readonly string[] = ['cdn.discordapp.com', 'media.discordapp.net'];

/** Image types Discord reports in `content_type` that we read. */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/jpg', 'image/webp', 'image/gif']);
const MAX_REDIRECTS = 3;
const DEFAULT_FETCH_TIMEOUT_MS = 10_000;

export interface FetchOptions {
  /** One more allowed origin and path prefix (DISCORD_CDN_URL), e.g. the loopback fake's `http://127.0.0.1:PORT/cdn`. */
  cdnBase?: string;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

export type FetchOutcome = { ok: true; bytes: Uint8Array; contentType: string | null } | { ok: false; reason: string; detail: string };

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether `url` is a Discord CDN URL (https, no credentials, default port) or lies under the
 * configured `cdnBase` (same scheme, host and port, path inside the base path).
 */
export function isAllowedImageUrl(url: string, cdnBase?: string): boolean {
  const u = parse(url);
  if (!u || u.username || u.password) return false;
  if (u.protocol === 'https:' && u.port === '' && DISCORD_CDN_HOSTS.includes(u.hostname.toLowerCase())) return true;
  if (!cdnBase) return false;
  const base = parse(cdnBase);
  if (!base || (base.protocol !== 'https:' && base.protocol !== 'http:')) return false;
  if (u.protocol !== base.protocol || u.host.toLowerCase() !== base.host.toLowerCase()) return false;
  const prefix = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  return base.pathname === '/' || u.pathname.startsWith(prefix);
}

/** The fields of a Discord attachment object that say whether it is worth downloading. */
export interface AttachmentInfo {
  url: string;
  content_type?: string | null;
  size?: number | null;
  width?: number | null;
  height?: number | null;
}

/**
 * Checks an attachment from what Discord says about it, before any download: allowed host,
 * image type, byte size, pixel size. The bytes are checked again after the download (Discord's
 * fields come from the uploader's client and are not proof).
 */
export function checkAttachment(
  att: AttachmentInfo,
  opts: { cdnBase?: string; maxBytes?: number; maxPixels?: number } = {},
): { ok: true } | { ok: false; reason: string } {
  if (!isAllowedImageUrl(att.url, opts.cdnBase)) return { ok: false, reason: REASONS.host };
  const type = att.content_type?.split(';')[0]?.trim().toLowerCase();
  if (type && !IMAGE_TYPES.has(type)) return { ok: false, reason: REASONS.unsupported };
  if (typeof att.size === 'number' && att.size > (opts.maxBytes ?? MAX_IMAGE_BYTES)) return { ok: false, reason: REASONS.tooLarge };
  if (typeof att.width === 'number' && typeof att.height === 'number' && att.width * att.height > (opts.maxPixels ?? MAX_IMAGE_PIXELS)) {
    return { ok: false, reason: REASONS.tooManyPixels };
  }
  return { ok: true };
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export async function fetchAttachment(url: string, opts: FetchOptions = {}): Promise<FetchOutcome> {
  const maxBytes = opts.maxBytes ?? MAX_IMAGE_BYTES;
  const fetchImpl = opts.fetchImpl ?? fetch;
  const refuse = (reason: string, detail: string): FetchOutcome => ({ ok: false, reason, detail });
  if (!isAllowedImageUrl(url, opts.cdnBase)) return refuse(REASONS.host, `host not allowed: ${url}`);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS);
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const res = await fetchImpl(current, { redirect: 'manual', signal: controller.signal });
      // A fetch that followed a redirect anyway reports where it ended up.
      if (res.url && res.url !== current && !isAllowedImageUrl(res.url, opts.cdnBase)) {
        await res.body?.cancel().catch(() => {});
        return refuse(REASONS.host, `redirected off Discord's CDN to ${res.url}`);
      }
      if (res.status >= 300 && res.status < 400) {
        await res.body?.cancel().catch(() => {});
        const location = res.headers.get('location');
        const next = location ? parse(new URL(location, current).href)?.href : undefined;
        if (!next) return refuse(REASONS.download, `redirect without a location (${res.status})`);
        if (!isAllowedImageUrl(next, opts.cdnBase)) return refuse(REASONS.host, `redirected off Discord's CDN to ${next}`);
        if (hop + 1 >= MAX_REDIRECTS) return refuse(REASONS.download, 'too many redirects');
        current = next;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => {});
        return refuse(REASONS.download, `HTTP ${res.status}`);
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel().catch(() => {});
        return refuse(REASONS.tooLarge, `content-length ${declared} > ${maxBytes}`);
      }
      const bytes = await readCapped(res, maxBytes);
      if (bytes === 'too-large') return refuse(REASONS.tooLarge, `body over ${maxBytes} bytes`);
      return { ok: true, bytes, contentType: res.headers.get('content-type') };
    }
  } catch (e) {
    const aborted = controller.signal.aborted;
    return refuse(REASONS.download, aborted ? 'download timed out' : `download failed: ${String(e)}`);
  } finally {
    clearTimeout(timer);
  }
}
