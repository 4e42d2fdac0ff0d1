import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { addAllFast } from '../../src/search/bulk-load.js';

/**
 * addAllFast reaches into minisearch's internals for speed; these tests pin that it builds exactly
 * the index minisearch's own addAll builds, so a minisearch upgrade that changes them fails here.
 */
const { sections } = await loadKnowledge(new URL('../../knowledge', import.meta.url).pathname);
const docs = sections.map((s, id) => ({ id, heading: s.headings.join(' '), text: s.text }));
const fresh = () => new MiniSearch<(typeof docs)[number]>({ fields: ['heading', 'text'] });
const QUERIES = ['python', 'install python on windows', 'code command not found', 'ollama pull granite', 'venv activate', 'ilab model serve', 'xyzzy'];
const results = (mini: MiniSearch<(typeof docs)[number]>) => QUERIES.map((q) => mini.search(q, { fuzzy: 0.2, prefix: true }));

describe('addAllFast', () => {
  it('builds the same index as addAll: same documents, terms, field lengths and scores', () => {
    const plain = fresh();
    plain.addAll(docs);
    const fast = fresh();
    addAllFast(fast, docs);
    expect(fast.documentCount).toBe(docs.length);
    expect(fast.termCount).toBe(plain.termCount);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(plain));
    expect(results(fast)).toEqual(results(plain));
    expect(results(fast)[0]!.length).toBeGreaterThan(0);
  });

  it('leaves the index working as usual afterwards: later adds and removals count correctly', () => {
    const plain = fresh();
    plain.addAll(docs);
    plain.remove(docs[0]!);
    const fast = fresh();
    const half = Math.floor(docs.length / 2);
    addAllFast(fast, docs.slice(0, half));
    fast.addAll(docs.slice(half));
    fast.remove(docs[0]!);
    expect(results(fast)).toEqual(results(plain));
  });
});
