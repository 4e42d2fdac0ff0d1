/**
 * The systems under comparison behind one interface. Every system gets the same sections (the
 * output of our own splitter). Baselines index "heading path + text" of the sections that have
 * text (our index also skips empty sections), each in its library's default configuration; they
 * count as confident whenever they return anything.
 */
import { create, insert, search as oramaSearch, type Results } from '@orama/orama';
import FlexSearch from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import bm25 from 'wink-bm25-text-search';
import winkNLP, { type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Section } from '../src/knowledge/types.js';
import { KnowledgeIndex } from '../src/search/index.js';

export interface Answer {
  /** Up to three sections, best first. */
  sections: Section[];
  confident: boolean;
}

export interface BuiltSystem {
  search(question: string): Answer;
}

export interface System {
  name: string;
  build(sections: readonly Section[]): BuiltSystem;
}

const TOP = 3;

/** A type alias (not an interface) so it fits flexsearch's indexable DocumentData. */
type FlatDoc = {
  n: number;
  heading: string;
  text: string;
};

/** The baselines' view of a section: its whole heading path, and its text. */
function flatDocs(sections: readonly Section[]): { docs: FlatDoc[]; answerable: Section[] } {
  const answerable = sections.filter((s) => s.text.trim().length > 0);
  return { answerable, docs: answerable.map((s, n) => ({ n, heading: s.headings.join(' '), text: s.text })) };
}

function baselineAnswer(answerable: readonly Section[], ids: readonly number[]): Answer {
  const found = ids.slice(0, TOP).map((n) => answerable[n]!);
  return { sections: found, confident: found.length > 0 };
}

const prework: System = {
  name: 'prework-bot',
  build(sections) {
    const index = KnowledgeIndex.build(sections);
    return {
      search(question) {
        const result = index.search(question, TOP);
        return { sections: result.hits.map((h) => h.section), confident: result.confident };
      },
    };
  },
};

const minisearch: System = {
  name: 'minisearch (defaults)',
  build(sections) {
    const { docs, answerable } = flatDocs(sections);
    const mini = new MiniSearch<FlatDoc>({ idField: 'n', fields: ['heading', 'text'] });
    mini.addAll(docs);
    return { search: (q) => baselineAnswer(answerable, mini.search(q).map((r) => r.id as number)) };
  },
};

const lunrSystem: System = {
  name: 'lunr',
  build(sections) {
    const { docs, answerable } = flatDocs(sections);
    const idx = lunr(function () {
      this.ref('n');
      this.field('heading');
      this.field('text');
      for (const d of docs) this.add(d);
    });
    return {
      // The query builder with lunr's own tokenizer is `idx.search(q)` without the query syntax,
      // so a question holding ":" or "~" cannot throw a parse error.
      search: (q) => baselineAnswer(answerable, idx.query((query) => query.term(lunr.tokenizer(q), {})).map((r) => Number(r.ref))),
    };
  },
};

const orama: System = {
  name: '@orama/orama',
  build(sections) {
    const { docs, answerable } = flatDocs(sections);
    const db = create({ schema: { n: 'number', heading: 'string', text: 'string' } as const });
    for (const d of docs) {
      const done = insert(db, d);
      if (done instanceof Promise) throw new Error('orama insert went async; the bench expects the synchronous default components');
    }
    return {
      search(q) {
        const out = oramaSearch(db, { term: q, limit: TOP });
        if (out instanceof Promise) throw new Error('orama search went async; the bench expects the synchronous default components');
        return baselineAnswer(answerable, (out as Results<FlatDoc>).hits.map((h) => h.document.n));
      },
    };
  },
};

const flexsearch: System = {
  name: 'flexsearch',
  build(sections) {
    const { docs, answerable } = flatDocs(sections);
    const doc = new FlexSearch.Document<FlatDoc>({ document: { id: 'n', index: ['heading', 'text'] } });
    for (const d of docs) doc.add(d);
    return {
      // `suggest: true` is flexsearch's documented switch for partial matches: by default every
      // query word must occur, which no natural-language question satisfies. `merge` joins the
      // per-field result lists into one (first field's order first).
      search: (q) => baselineAnswer(answerable, doc.search(q, { limit: TOP, suggest: true, merge: true }).map((r) => Number(r.id))),
    };
  },
};

/** wink-bm25 needs a text pipeline; this is the one its README shows (wink-nlp words, no stop words, stems). */
let winkPrep: ((text: string) => string[]) | null = null;
function winkTokens(): (text: string) => string[] {
  if (winkPrep) return winkPrep;
  const nlp = winkNLP(model);
  const its = nlp.its;
  // wink-nlp 2's .d.ts types `its.stem` with a parameter list `out()` does not accept; it works at run time.
  const stem = its.stem as unknown as ItsFunction<string>;
  winkPrep = (text) => {
    const tokens: string[] = [];
    nlp
      .readDoc(text)
      .tokens()
      .filter((t) => t.out(its.type) === 'word' && !t.out(its.stopWordFlag))
      .each((t: ItemToken) => tokens.push(t.out(its.negationFlag) ? `!${t.out(stem)}` : t.out(stem)));
    return tokens;
  };
  return winkPrep;
}

const wink: System = {
  name: 'wink-bm25-text-search',
  build(sections) {
    const { docs, answerable } = flatDocs(sections);
    const engine = bm25();
    engine.defineConfig({ fldWeights: { heading: 1, text: 1 } });
    engine.definePrepTasks([winkTokens()]);
    for (const d of docs) engine.addDoc({ heading: d.heading, text: d.text }, d.n);
    engine.consolidate();
    return { search: (q) => baselineAnswer(answerable, engine.search(q, TOP).map(([id]) => Number(id))) };
  },
};

export const SYSTEMS: readonly System[] = [prework, minisearch, lunrSystem, orama, flexsearch, wink];

export function systemNamed(name: string): System {
  const found = SYSTEMS.find((s) => s.name === name);
  if (!found) throw new Error(`no system "${name}" (have: ${SYSTEMS.map((s) => s.name).join(', ')})`);
  return found;
}
