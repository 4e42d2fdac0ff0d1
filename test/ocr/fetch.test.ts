import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkAttachment, fetchAttachment, isAllowedImageUrl } from '../../src/ocr/fetch.js';
import { REASONS } from '../../src/ocr/limits.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A loopback HTTP server that records every request it gets. */
async function server(handler: Handler): Promise<{ url: string; requests: string[]; close: () => Promise<void>; srv: Server }> {
  const requests: string[] = [];
  const srv = createServer((req, res) => {
    requests.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    srv,
    close: () =>
      new Promise<void>((r) => {
        srv.closeAllConnections();
        srv.close(() => r());
      }),
  };
}

const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

describe('isAllowedImageUrl', () => {
  it.each([
    'https://cdn.discordapp.com/attachments/1/2/screenshot.png',
    'https://media.discordapp.net/attachments/1/2/screenshot.png?width=400',
    'https://CDN.DISCORDAPP.COM/attachments/1/2/a.png',
  ])('allows %s', (url) => expect(isAllowedImageUrl(url)).toBe(true));

  it.each([
    'http://cdn.discordapp.com/attachments/1/2/a.png', // not https
    'https://cdn.discordapp.com:8443/attachments/1/2/a.png', // another port
    'https://user:pw@cdn.discordapp.com/attachments/a.png', // credentials
    'https://cdn.discordapp.com.evil.example/a.png',
    'https://evil.example/cdn.discordapp.com/a.png',
    'https://discordapp.com/attachments/a.png',
    'https://169.254.169.254/latest/meta-data/',
    'file:///etc/passwd',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAllowedImageUrl(url)).toBe(false));

  it('allows the configured cdnBase origin under its path only', () => {
    const base = 'http://127.0.0.1:4000/cdn';
    expect(isAllowedImageUrl('http://127.0.0.1:4000/cdn/attachments/1/a.png', base)).toBe(true);
    expect(isAllowedImageUrl('http://127.0.0.1:4000/api/v10/users/@me', base)).toBe(false);
    expect(isAllowedImageUrl('http://127.0.0.1:4000/cdnx/a.png', base)).toBe(false);
    expect(isAllowedImageUrl('http://127.0.0.1:4001/cdn/a.png', base)).toBe(false);
    expect(isAllowedImageUrl('https://127.0.0.1:4000/cdn/a.png', base)).toBe(false);
  });
});

describe('checkAttachment: Discord attachment fields, before any download', () => {
  const ok = { url: 'https://cdn.discordapp.com/attachments/1/2/shot.png', content_type: 'image/png', size: 120_000, width: 1200, height: 700 };

  it('passes a normal screenshot', () => expect(checkAttachment(ok)).toEqual({ ok: true }));
  it('passes when Discord gave no type or size (the bytes are checked later)', () =>
    expect(checkAttachment({ url: ok.url })).toEqual({ ok: true }));
  it('refuses another host', () =>
    expect(checkAttachment({ ...ok, url: 'https://imgur.com/a.png' })).toEqual({ ok: false, reason: REASONS.host }));
  it('refuses a non-image type', () =>
    expect(checkAttachment({ ...ok, content_type: 'application/pdf' })).toEqual({ ok: false, reason: REASONS.unsupported }));
  it('refuses SVG (an image type we do not read)', () =>
    expect(checkAttachment({ ...ok, content_type: 'image/svg+xml' })).toEqual({ ok: false, reason: REASONS.unsupported }));
  it('accepts a type with parameters', () => expect(checkAttachment({ ...ok, content_type: 'image/jpeg; charset=binary' })).toEqual({ ok: true }));
  it('refuses over 10 MB', () => expect(checkAttachment({ ...ok, size: 11 * 1024 * 1024 })).toEqual({ ok: false, reason: REASONS.tooLarge }));
  it('refuses over 25 megapixels', () =>
    expect(checkAttachment({ ...ok, width: 30_000, height: 30_000 })).toEqual({ ok: false, reason: REASONS.tooManyPixels }));
});

describe('fetchAttachment', () => {
  let cdn: Awaited<ReturnType<typeof server>>;
  let other: Awaited<ReturnType<typeof server>>;

  beforeAll(async () => {
    other = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(PNG_BYTES);
    });
    cdn = await server((req, res) => {
      const path = req.url ?? '';
      if (path === '/cdn/shot.png') {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(PNG_BYTES);
      } else if (path === '/cdn/hop') {
        res.writeHead(302, { location: '/cdn/shot.png' });
        res.end();
      } else if (path === '/cdn/away') {
        res.writeHead(302, { location: `${other.url}/cdn/shot.png` });
        res.end();
      } else if (path === '/cdn/outside-base') {
        res.writeHead(302, { location: '/api/secret' });
        res.end();
      } else if (path === '/cdn/huge-declared') {
        res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(11 * 1024 * 1024) });
        res.end(); // the header alone must be enough to refuse
      } else if (path === '/cdn/huge-streamed') {
        // No content-length: chunks until the client hangs up.
        res.writeHead(200, { 'content-type': 'image/png' });
        const chunk = Buffer.alloc(1024 * 1024, 1);
        let sent = 0;
        const push = (): void => {
          if (res.destroyed || sent >= 20) return void res.end();
          sent++;
          res.write(chunk, push);
        };
        push();
      } else if (path === '/cdn/stall') {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.write(PNG_BYTES.subarray(0, 4)); // then nothing
      } else if (path === '/cdn/missing') {
        res.writeHead(404);
        res.end();
      } else {
        res.writeHead(500);
        res.end();
      }
    });
  });

  afterAll(async () => {
    await cdn.close();
    await other.close();
  });

  const base = () => `${cdn.url}/cdn`;

  it('downloads from the configured CDN base', async () => {
    const r = await fetchAttachment(`${base()}/shot.png`, { cdnBase: base() });
    expect(r).toEqual({ ok: true, bytes: new Uint8Array(PNG_BYTES), contentType: 'image/png' });
  });

  it('makes no request at all for a hostile host', async () => {
    const spy = vi.fn<typeof fetch>();
    const r = await fetchAttachment(`${other.url}/cdn/shot.png`, { cdnBase: base(), fetchImpl: spy });
    expect(r).toMatchObject({ ok: false, reason: REASONS.host });
    expect(spy).not.toHaveBeenCalled();
    expect(other.requests).toEqual([]);
  });

  it('refuses link-local and file URLs without a request', async () => {
    const spy = vi.fn<typeof fetch>();
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'file:///etc/passwd', 'https://cdn.discordapp.com.evil.example/x.png']) {
      expect(await fetchAttachment(url, { fetchImpl: spy })).toMatchObject({ ok: false, reason: REASONS.host });
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('follows a redirect that stays on the CDN', async () => {
    const r = await fetchAttachment(`${base()}/hop`, { cdnBase: base() });
    expect(r.ok).toBe(true);
  });

  it('refuses a redirect to another host, and never contacts that host', async () => {
    const before = other.requests.length;
    const r = await fetchAttachment(`${base()}/away`, { cdnBase: base() });
    expect(r).toMatchObject({ ok: false, reason: REASONS.host });
    expect(other.requests.length).toBe(before);
  });

  it('refuses a redirect out of the CDN path on the same host', async () => {
    const r = await fetchAttachment(`${base()}/outside-base`, { cdnBase: base() });
    expect(r).toMatchObject({ ok: false, reason: REASONS.host });
    expect(cdn.requests).not.toContain('/api/secret');
  });

  it('refuses a fetch that followed a redirect off the CDN on its own', async () => {
    // A fetch implementation that ignores redirect: 'manual' reports where it ended up.
    const following: typeof fetch = () => {
      const res = new Response(PNG_BYTES, { status: 200 });
      Object.defineProperty(res, 'url', { value: 'https://evil.example/x.png' });
      return Promise.resolve(res);
    };
    const r = await fetchAttachment('https://cdn.discordapp.com/attachments/1/2/x.png', { fetchImpl: following });
    expect(r).toMatchObject({ ok: false, reason: REASONS.host });
  });

  it('refuses a declared size over the cap without reading the body', async () => {
    const r = await fetchAttachment(`${base()}/huge-declared`, { cdnBase: base() });
    expect(r).toMatchObject({ ok: false, reason: REASONS.tooLarge });
  });

  it('stops reading a stream at the byte cap', async () => {
    const r = await fetchAttachment(`${base()}/huge-streamed`, { cdnBase: base(), maxBytes: 3 * 1024 * 1024 });
    expect(r).toMatchObject({ ok: false, reason: REASONS.tooLarge });
  });

  it('gives up on a download that stalls', async () => {
    const started = Date.now();
    const r = await fetchAttachment(`${base()}/stall`, { cdnBase: base(), timeoutMs: 300 });
    expect(r).toMatchObject({ ok: false, reason: REASONS.download, detail: 'download timed out' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports an HTTP error as a download failure', async () => {
    expect(await fetchAttachment(`${base()}/missing`, { cdnBase: base() })).toMatchObject({ ok: false, reason: REASONS.download, detail: 'HTTP 404' });
  });

  it('reports a connection error without throwing', async () => {
    const closed = await server(() => {});
    const url = `${closed.url}/cdn/x.png`;
    await closed.close();
    const r = await fetchAttachment(url, { cdnBase: `${closed.url}/cdn`, timeoutMs: 2000 });
    expect(r).toMatchObject({ ok: false, reason: REASONS.download });
  });
});
