/**
 * The service's queue, time limit and worker recycling, with injected engines (no Tesseract):
 * fast to run, and able to be slow or broken on purpose.
 */
import { describe, expect, it } from 'vitest';
import type { EngineFactory, OcrEngine, Recognized } from '../../src/ocr/engine.js';
import { REASONS } from '../../src/ocr/limits.js';
import { createOcrService } from '../../src/ocr/service.js';
import { pngWithHeader, solid } from './images.js';

const image = () => solid(200, 60).png().toBuffer();

interface FakeEngineControl {
  factory: EngineFactory;
  started: number;
  terminated: number;
  calls: number;
}

/** An engine whose every recognize takes `ms` (Infinity: never returns) and answers `text`. */
function fakeEngine(behaviour: { ms?: number | ((call: number) => number); text?: string | ((call: number) => string); fail?: (call: number) => boolean } = {}): FakeEngineControl {
  const control: FakeEngineControl = {
    started: 0,
    terminated: 0,
    calls: 0,
    factory: () => {
      control.started++;
      let dead = false;
      const engine: OcrEngine = {
        recognize: (_png: Buffer): Promise<Recognized> => {
          const call = ++control.calls;
          if (dead) return Promise.reject(new Error('worker terminated'));
          if (behaviour.fail?.(call)) return Promise.reject(new Error('wasm abort'));
          const ms = typeof behaviour.ms === 'function' ? behaviour.ms(call) : (behaviour.ms ?? 0);
          const text = typeof behaviour.text === 'function' ? behaviour.text(call) : (behaviour.text ?? 'Python 3.12.4');
          if (ms === Infinity) return new Promise(() => {});
          return new Promise((resolve) => setTimeout(() => resolve({ text, confidence: 90 }), ms));
        },
        terminate: () => {
          dead = true;
          control.terminated++;
          return Promise.resolve();
        },
      };
      return Promise.resolve(engine);
    },
  };
  return control;
}

describe('createOcrService', () => {
  it('reads an image: repaired text, confidence, time, one pass when it looks like Python', async () => {
    const engine = fakeEngine({ text: 'jane@mbp ~ % python3 —version\nPython 3.1l.4\n\n' });
    const service = createOcrService({ enabled: true, engine: engine.factory });
    const outcome = await service.read(await image());
    expect(outcome).toMatchObject({ kind: 'text', text: 'jane@mbp ~ % python3 --version\nPython 3.11.4', rawText: 'jane@mbp ~ % python3 —version\nPython 3.1l.4', confidence: 90, passes: 1 });
    await service.close();
  });

  it('starts its worker lazily, on the first image, and reuses it', async () => {
    const engine = fakeEngine();
    const service = createOcrService({ enabled: true, engine: engine.factory });
    expect(engine.started).toBe(0);
    expect(service.stats().workers).toBe(0);
    for (let i = 0; i < 3; i++) expect((await service.read(await image())).kind).toBe('text');
    expect(engine.started).toBe(1);
    expect(service.stats()).toMatchObject({ workers: 1, read: 3, started: 1 });
    await service.close();
    expect(engine.terminated).toBe(1);
  });

  it('runs a second pass only when the first reads nothing Python-looking', async () => {
    const engine = fakeEngine({ text: (call) => (call === 1 ? 'PROBLEMS OUTPUT TERMINAL' : 'Python 3.12.4') });
    const service = createOcrService({ enabled: true, engine: engine.factory });
    expect(await service.read(await image())).toMatchObject({ kind: 'text', text: 'Python 3.12.4', passes: 2 });
    expect(engine.calls).toBe(2);
    await service.close();
  });

  it('keeps the first pass when the second is no better', async () => {
    const engine = fakeEngine({ text: (call) => (call === 1 ? 'hello there' : 'hel1o') });
    const service = createOcrService({ enabled: true, engine: engine.factory });
    expect(await service.read(await image())).toMatchObject({ kind: 'text', text: 'hello there', passes: 2 });
    await service.close();
  });

  it('honours a caller-supplied accept test', async () => {
    const engine = fakeEngine({ text: 'anything at all' });
    const service = createOcrService({ enabled: true, engine: engine.factory });
    expect(await service.read(await image(), { accept: () => true })).toMatchObject({ passes: 1 });
    await service.close();
  });

  it('OCR=off: disabled, and no worker ever starts', async () => {
    const engine = fakeEngine();
    const service = createOcrService({ enabled: false, engine: engine.factory });
    expect(await service.read(await image())).toEqual({ kind: 'disabled' });
    expect(engine.started).toBe(0);
  });

  it('rejects bad images before they reach the queue or a worker', async () => {
    const engine = fakeEngine();
    const service = createOcrService({ enabled: true, engine: engine.factory });
    expect(await service.read(Buffer.from('GIF? no, a text file'))).toEqual({ kind: 'rejected', reason: REASONS.unsupported });
    expect(await service.read(pngWithHeader(30_000, 30_000))).toEqual({ kind: 'rejected', reason: REASONS.tooManyPixels });
    expect(await service.read(Buffer.alloc(11 * 1024 * 1024, 0xff))).toEqual({ kind: 'rejected', reason: REASONS.tooLarge });
    expect(engine.started).toBe(0);
    expect(service.stats()).toMatchObject({ rejected: 3, workers: 0 });
  });

  it('rejects a truncated PNG as broken (the decoder fails, the service does not)', async () => {
    const engine = fakeEngine();
    const service = createOcrService({ enabled: true, engine: engine.factory });
    const png = await solid(400, 300).png().toBuffer();
    expect(await service.read(png.subarray(0, Math.floor(png.length / 2)))).toEqual({ kind: 'rejected', reason: REASONS.broken });
    expect(engine.calls).toBe(0);
    // And the worker is fine for the next student.
    expect((await service.read(png)).kind).toBe('text');
    await service.close();
  });

  it('times out a stuck image, replaces its worker, and serves the next student', async () => {
    // The first recognize never returns (a wasm job stuck forever); later ones are quick.
    const engine = fakeEngine({ ms: (call) => (call === 1 ? Infinity : 5) });
    const service = createOcrService({ enabled: true, engine: engine.factory, timeoutMs: 200 });
    const started = Date.now();
    const stuck = service.read(await image());
    const next = service.read(await image()); // queued behind the stuck one
    expect(await stuck).toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await next).toMatchObject({ kind: 'text', text: 'Python 3.12.4' });
    expect(engine.started).toBe(2);
    expect(engine.terminated).toBe(1);
    expect(service.stats()).toMatchObject({ timeouts: 1, read: 1, started: 2 });
    await service.close();
  });

  it('a stuck job that fails after its time limit does not take down the replacement worker', async () => {
    let release: (() => void) | undefined;
    let first = true;
    const factory: EngineFactory = () => {
      const isFirst = first;
      first = false;
      return Promise.resolve({
        recognize: () =>
          isFirst
            ? new Promise<Recognized>((_, reject) => {
                release = () => reject(new Error('late failure'));
              })
            : Promise.resolve({ text: 'Python 3.12.4', confidence: 90 }),
        terminate: () => Promise.resolve(),
      });
    };
    const service = createOcrService({ enabled: true, engine: factory, timeoutMs: 100 });
    expect(await service.read(await image())).toMatchObject({ kind: 'timeout' });
    expect((await service.read(await image())).kind).toBe('text'); // the replacement is warm now
    release!(); // the abandoned job fails late
    await new Promise((r) => setTimeout(r, 10));
    expect(service.stats()).toMatchObject({ workers: 1, started: 2 });
    expect((await service.read(await image())).kind).toBe('text');
    expect(service.stats().started).toBe(2);
    await service.close();
  });

  it('answers busy at once when every worker is busy and the queue is full', async () => {
    const engine = fakeEngine({ ms: 150 });
    const service = createOcrService({ enabled: true, engine: engine.factory, queueLimit: 2 });
    const img = await image();
    const reads = [service.read(img), service.read(img), service.read(img)]; // 1 running + 2 queued
    const t0 = Date.now();
    expect(await service.read(img)).toEqual({ kind: 'busy' });
    expect(Date.now() - t0).toBeLessThan(100);
    expect(service.stats()).toMatchObject({ running: 1, queued: 2, busy: 1 });
    for (const r of await Promise.all(reads)) expect(r.kind).toBe('text');
    // Once the queue drained, images are taken again.
    expect((await service.read(img)).kind).toBe('text');
    await service.close();
  });

  it('runs `concurrency` workers in parallel', async () => {
    const engine = fakeEngine({ ms: 200 });
    const service = createOcrService({ enabled: true, engine: engine.factory, concurrency: 2 });
    const img = await image();
    const t0 = Date.now();
    const outcomes = await Promise.all([service.read(img), service.read(img)]);
    expect(outcomes.map((o) => o.kind)).toEqual(['text', 'text']);
    expect(Date.now() - t0).toBeLessThan(390);
    expect(engine.started).toBe(2);
    await service.close();
  });

  it('an engine failure is `failed`, the worker is replaced, and the service keeps working', async () => {
    const engine = fakeEngine({ fail: (call) => call === 1 });
    const service = createOcrService({ enabled: true, engine: engine.factory });
    expect(await service.read(await image())).toMatchObject({ kind: 'failed' });
    expect(await service.read(await image())).toMatchObject({ kind: 'text' });
    expect(engine.started).toBe(2);
    await service.close();
  });

  it('an engine that cannot start is `failed`, not a crash', async () => {
    const service = createOcrService({ enabled: true, engine: () => Promise.reject(new Error('no language data')) });
    expect(await service.read(await image())).toMatchObject({ kind: 'failed', reason: expect.stringContaining('no language data') });
    await service.close();
  });

  it('close() settles queued reads and refuses later ones', async () => {
    const engine = fakeEngine({ ms: 100 });
    const service = createOcrService({ enabled: true, engine: engine.factory });
    const img = await image();
    const running = service.read(img);
    const queued = service.read(img);
    await service.close();
    expect(await queued).toMatchObject({ kind: 'failed' });
    await running; // settles one way or the other
    expect(await service.read(img)).toMatchObject({ kind: 'failed' });
  });

  it('never throws, whatever the bytes', async () => {
    const engine = fakeEngine();
    const service = createOcrService({ enabled: true, engine: engine.factory });
    const png = await solid(64, 64).png().toBuffer();
    const inputs: Uint8Array[] = [new Uint8Array(0), png.subarray(0, 8), png.subarray(0, 33), Buffer.concat([png.subarray(0, 40), Buffer.alloc(500, 0xaa)])];
    for (let i = 0; i < 20; i++) {
      const junk = Buffer.from(png);
      for (let j = 0; j < 10; j++) junk[8 + ((i * 7919 + j * 104729) % (junk.length - 8))] = (i * 31 + j) & 0xff;
      inputs.push(junk);
    }
    for (const bytes of inputs) {
      const outcome = await service.read(bytes);
      expect(['text', 'rejected']).toContain(outcome.kind);
    }
    await service.close();
  });
});
