import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import type { Section } from '../knowledge/types.js';
import { judgeConfidence, type ConfidenceVerdict } from './confidence.js';
import { correct } from './spell.js';
import { EXPANSIONS } from './synonyms.js';
import { documentTerms, nameTokens, questionWords, type QueryWord } from './text.js';

interface IndexedDoc {
  n: number;
  heading: string;
  aliases: string;
  keywords: string;
  path: string;
  text: string;
}

export interface SearchHit {
  section: Section;
  score: number;
  /** Share of the question's topic words found in this section (0..1). */
  coverage: number;
  /** Whether a topic word matched the section itself, not only its parents' headings. */
  ownMatch: boolean;
}

export interface SearchResult {
  query: string;
  confident: boolean;
  reason: ConfidenceVerdict['reason'];
  hits: SearchHit[];
}

/** Field weights: a section's own heading and its aliases say most about what it answers. */
const BOOST = { heading: 3, aliases: 3, keywords: 1.5, path: 0.6, text: 1 } as const;
const QUESTION_WORD_WEIGHT = 0.6;
const CONTEXT_WORD_WEIGHT = 0.3;
/** Bonus for each question word (typed, or the implicit "what" of a bare topic) the heading holds. */
const QUESTION_IN_HEADING = 1;
/** Fields an organizer chose as names for a section, as opposed to words in passing. */
const STRONG_FIELDS = new Set(['heading', 'aliases', 'keywords']);
/** A bare topic ("instructlab", "granite models") asks what it is: a faint "what" breaks ties. */
const IMPLICIT_WHAT_WEIGHT = 0.1;
/** Per heading level: a tie-breaker that favours the specific section over its parent. */
const DEPTH_BONUS = 0.03;
/** Up to this factor for a section whose heading or alias says what the question says. */
const NAME_BONUS = 2;
/** How many BM25 candidates are re-ranked by coverage. */
const RERANK_DEPTH = 30;
const TYPO_WEIGHT = 0.7;
/** Typo repairs count a little less toward coverage: we guessed the word. */
const TYPO_COVERAGE = 0.75;
/** A word found only in a parent's heading is context, not content: it counts half. */
const PATH_ONLY_COVERAGE = 0.5;

interface Variant {
  term: string;
  weight: number;
  typo: boolean;
}

interface RankedHit extends SearchHit {
  n: number;
  onlyTypos: boolean;
  strongMatch: boolean;
  matchedWords: Set<string>;
}

interface WordGroup {
  word: QueryWord;
  variants: Variant[];
  /** Added by the engine, not typed by the user (the faint "what" of a bare topic). */
  implicit?: boolean;
}

export class KnowledgeIndex {
  readonly sections: readonly Section[];
  private readonly answerable: Section[];
  private readonly mini: MiniSearch<IndexedDoc>;
  private readonly vocabulary = new Map<string, number>();
  private readonly byLength = new Map<number, string[]>();
  private readonly byId = new Map<string, Section>();
  private readonly byReply = new Map<string, Section>();
  /** Each answerable section's names (heading, aliases) as term sets, for name matching. */
  private readonly names: Set<string>[][];

  private constructor(sections: readonly Section[]) {
    this.sections = sections;
    // A heading with no text under it cannot answer anything; it stays in the outline only.
    this.answerable = sections.filter((s) => s.text.trim().length > 0);
    for (const s of sections) {
      this.byId.set(s.id, s);
      for (const key of s.replyKeys) if (!this.byReply.has(key)) this.byReply.set(key, s);
    }
    this.mini = new MiniSearch<IndexedDoc>({
      idField: 'n',
      fields: ['heading', 'aliases', 'keywords', 'path', 'text'],
      // Fields arrive already analysed (terms joined by spaces): each text is analysed once.
      tokenize: (text) => text.split(' '),
      processTerm: (t) => t || null,
      searchOptions: { tokenize: (q) => q.split(' ').filter(Boolean), processTerm: (t) => t },
    });
    this.names = this.answerable.map((s) =>
      [s.headings.at(-1) ?? '', ...s.aliases].map((name) => nameTokens(name)).filter((set) => set.size > 0),
    );
    const docs = this.answerable.map((s, n) => {
      const fields = analyseFields(s);
      // Term frequencies across the knowledge: typo repair prefers the more common candidate.
      for (const terms of Object.values(fields)) for (const t of terms) this.vocabulary.set(t, (this.vocabulary.get(t) ?? 0) + 1);
      return {
        n,
        heading: fields.heading.join(' '),
        aliases: fields.aliases.join(' '),
        keywords: fields.keywords.join(' '),
        path: fields.path.join(' '),
        text: fields.text.join(' '),
      };
    });
    this.mini.addAll(docs);
    for (const t of this.vocabulary.keys()) {
      const bucket = this.byLength.get(t.length) ?? [];
      bucket.push(t);
      this.byLength.set(t.length, bucket);
    }
  }

  static build(sections: readonly Section[]): KnowledgeIndex {
    return new KnowledgeIndex(sections);
  }

  get size(): number {
    return this.answerable.length;
  }

  get(id: string): Section | undefined {
    return this.byId.get(id);
  }

  /** The section an organizer marked with a reply key in front-matter (`python/not-found/macos`). */
  forReplyKey(key: string): Section | undefined {
    return this.byReply.get(key);
  }

  search(question: string, top = 3): SearchResult {
    const groups = this.expand(questionWords(question));
    const topicGroups = groups.filter((g) => g.word.role === 'topic');
    if (!topicGroups.length) return { query: question, confident: false, reason: 'no-topic-words', hits: [] };
    const weights = new Map<string, number>();
    for (const g of groups) for (const v of g.variants) weights.set(v.term, Math.max(weights.get(v.term) ?? 0, v.weight));
    const questionNames = nameTokens(question, true);
    // A name word counts as asked when the question has it or one of its synonyms and typo fixes.
    const asked = new Set(questionNames);
    for (const g of groups) if (!g.implicit) for (const v of g.variants) asked.add(v.term);
    const termsOf = (gs: WordGroup[]) => [...new Set(gs.flatMap((g) => g.variants.map((v) => v.term)))];
    const options = { boostTerm: (t: string) => weights.get(t) ?? 1, combineWith: 'OR' as const };
    // Question words ("why", "how") weigh in through the name match below, not through BM25.
    const raw = this.mini.search({ ...options, queries: termsOf(topicGroups), boost: BOOST });
    // BM25 sums term scores, so one heavy word can beat a section holding every word asked;
    // weighting by coverage squared (Lucene's "coord") restores the balance.
    const hits: RankedHit[] = [];
    for (let i = 0; i < raw.length && i < RERANK_DEPTH; i++) {
      const h = this.toHit(raw[i]!, topicGroups);
      if (h.coverage === 0) continue;
      // Between equally good matches, the deeper (more specific) section wins over its parent.
      h.score *=
        h.coverage * h.coverage * (1 + NAME_BONUS * this.nameMatch(h.n, questionNames, asked)) * (1 + DEPTH_BONUS * h.section.depth) * this.askedInHeading(h.n, groups);
      hits.push(h);
    }
    hits.sort((a, b) => b.score - a.score);
    const best = hits[0];
    if (!best) return { query: question, confident: false, reason: 'no-match', hits: [] };
    const verdict = judgeConfidence({
      topicWords: topicGroups.length,
      coverage: best.coverage,
      onlyTypoMatches: best.onlyTypos,
      ownMatch: best.ownMatch,
      strongMatch: best.strongMatch,
      // Words the pages never use that the best section did not match even after typo repair.
      unknownWords: topicGroups.filter((g) => !this.vocabulary.has(g.word.term) && !best.matchedWords.has(g.word.term)).length,
    });
    return {
      query: question,
      confident: verdict.confident,
      reason: verdict.reason,
      hits: hits.slice(0, top).map(({ section, score, coverage, ownMatch }) => ({ section, score, coverage, ownMatch })),
    };
  }

  /** Sections whose heading or alias starts like what the user is typing (autocomplete). */
  suggest(partial: string, limit = 25): Section[] {
    const words = questionWords(partial).map((w) => w.term);
    if (!words.length) return this.answerable.slice(0, limit);
    const results = this.mini.search(words.join(' '), {
      fields: ['heading', 'aliases', 'path', 'keywords'],
      boost: { heading: 3, aliases: 2, path: 1, keywords: 1 },
      prefix: (_t, i, all) => i === all.length - 1,
      fuzzy: (t) => (t.length >= 5 ? 1 : false),
      combineWith: 'OR',
    });
    return results.slice(0, limit).map((r) => this.answerable[r.id as number]!);
  }

  private expand(words: QueryWord[]): WordGroup[] {
    const implicit: WordGroup[] = words.some((w) => w.role === 'question')
      ? []
      : [{ word: { raw: 'what', term: 'what', role: 'question' }, implicit: true, variants: [{ term: 'what', weight: IMPLICIT_WHAT_WEIGHT, typo: false }] }];
    return implicit.concat(words.map((word) => {
      const weight = word.role === 'question' ? QUESTION_WORD_WEIGHT : word.role === 'context' ? CONTEXT_WORD_WEIGHT : 1;
      const variants: Variant[] = [{ term: word.term, weight, typo: false }];
      if (word.role === 'topic' && !this.vocabulary.has(word.term)) {
        const fixed = correct(word.term, this.vocabulary, this.byLength);
        if (fixed) variants.push({ term: fixed, weight: TYPO_WEIGHT, typo: true });
      }
      for (const v of [...variants]) {
        for (const [broader, w] of EXPANSIONS.get(v.term) ?? []) {
          variants.push({ term: broader, weight: v.weight * w, typo: v.typo });
        }
      }
      return { word, variants };
    }));
  }

  /**
   * How well the question and one of the section's names (heading or alias) say the same thing:
   * the share of the name's words asked times the share of the question's words in the name,
   * best over all names. "What is InstructLab?" names "what is instructlab" exactly; an alias
   * "what is a taxonomy in instructlab" only partly.
   */
  private nameMatch(n: number, question: Set<string>, asked: Set<string>): number {
    if (!question.size) return 0;
    let best = 0;
    for (const name of this.names[n] ?? []) {
      let nameHits = 0;
      for (const t of name) if (asked.has(t)) nameHits++;
      let questionHits = 0;
      for (const t of question) if (name.has(t)) questionHits++;
      best = Math.max(best, (nameHits / name.size) * (questionHits / question.size));
    }
    return best;
  }

  /**
   * "Why InstructLab" and "How does InstructLab work?" differ only in their question word, so a
   * heading holding the question's what/why/how is favoured.
   */
  private askedInHeading(n: number, groups: WordGroup[]): number {
    const heading = this.names[n]?.[0];
    let factor = 1;
    if (!heading) return factor;
    for (const g of groups) if (g.word.role !== 'topic' && heading.has(g.word.term)) factor += QUESTION_IN_HEADING;
    return factor;
  }

  private toHit(r: MiniResult, topicGroups: WordGroup[]): RankedHit {
    const matchedWords = new Set<string>();
    let covered = 0;
    let ownMatch = false;
    let strongMatch = false;
    let exact = false;
    for (const g of topicGroups) {
      const hit = g.variants.filter((v) => r.match[v.term]);
      if (!hit.length) continue;
      matchedWords.add(g.word.term);
      const untyped = hit.some((v) => !v.typo);
      const own = hit.some((v) => r.match[v.term]!.some((field) => field !== 'path'));
      exact ||= untyped;
      ownMatch ||= own;
      strongMatch ||= hit.some((v) => !v.typo && r.match[v.term]!.some((field) => STRONG_FIELDS.has(field)));
      covered += (untyped ? 1 : TYPO_COVERAGE) * (own ? 1 : PATH_ONLY_COVERAGE);
    }
    return { n: r.id as number, section: this.answerable[r.id as number]!, score: r.score, coverage: covered / topicGroups.length, ownMatch, strongMatch, onlyTypos: !exact, matchedWords };
  }

}

/** A section's searchable fields, analysed into index terms. */
function analyseFields(s: Section): Record<Exclude<keyof IndexedDoc, 'n'>, string[]> {
  const parents = s.headings.slice(0, -1);
  if (s.topic && !parents.includes(s.topic) && s.headings.at(-1) !== s.topic) parents.unshift(s.topic);
  const analysed = (texts: readonly string[]) => texts.flatMap((t) => documentTerms(t));
  return {
    heading: analysed([s.headings.at(-1) ?? '']),
    aliases: analysed(s.aliases),
    keywords: analysed(s.keywords),
    path: analysed([...parents, ...s.topicKeywords]),
    text: analysed([s.text]),
  };
}
