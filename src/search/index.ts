import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import type { Section } from '../knowledge/types.js';
import { judgeConfidence, type ConfidenceVerdict } from './confidence.js';
import { completePrefix, correct } from './spell.js';
import { documentTerms, expansionsOf, nameTokens, OS_WORDS, questionWords, type QueryWord } from './text.js';

export interface SearchHit {
  section: Section;
  score: number;
  /** Share of the question's topic words found in this section (0..1). */
  coverage: number;
}

export interface SearchResult {
  query: string;
  confident: boolean;
  reason: ConfidenceVerdict['reason'];
  hits: SearchHit[];
}

const FIELDS = ['heading', 'aliases', 'keywords', 'path', 'text'] as const;
type Field = (typeof FIELDS)[number];
type AnalysedFields = Record<Field, string[]>;

/** Field weights: a section's own heading and its aliases say most about what it answers. */
const BOOST: Record<Field, number> = { heading: 3, aliases: 3, keywords: 1.5, path: 0.6, text: 1 };
/** Bit per field, to record where a section holds a term. */
const BIT: Record<Field, number> = { heading: 1, aliases: 2, keywords: 4, path: 8, text: 16 };
/** Fields an organizer chose as names for a section, as opposed to words in passing. */
const STRONG = BIT.heading | BIT.aliases | BIT.keywords;
const NAME_FIELDS: readonly Field[] = ['heading', 'aliases', 'keywords'];
const OWN = STRONG | BIT.text;

const QUESTION_WORD_WEIGHT = 0.6;
const CONTEXT_WORD_WEIGHT = 0.3;
/** Bonus for each question word (typed, or the implicit "what" of a bare topic) the heading holds. */
const QUESTION_IN_HEADING = 1;
/** A bare topic ("instructlab", "granite models") asks what it is: a faint "what" breaks ties. */
const IMPLICIT_WHAT_WEIGHT = 0.1;
/** Per heading level: a tie-breaker that favours the specific section over its parent. */
const DEPTH_BONUS = 0.03;
/** Up to this factor for a section whose heading or alias says what the question says. */
const NAME_BONUS = 2;
/** How many BM25 candidates are re-ranked by coverage. */
const RERANK_DEPTH = 30;
const TYPO_WEIGHT = 0.7;
/** A word the knowledge uses at most this often may itself be a typo in the pages. */
const RARE = 2;
/** How well a section's name must match a one-word question for the word to be its subject. */
const SALIENT_NAME_MATCH = 0.2;
const SHORT_HEADING = 3;
/** An operating-system word qualifies the question: half a word toward coverage. */
const QUALIFIER_WEIGHT = 0.5;
/** Typo repairs count a little less toward coverage: we guessed the word. */
const TYPO_COVERAGE = 0.75;
/** A word found only in a parent's heading is context, not content: it counts half. */
const PATH_ONLY_COVERAGE = 0.5;
/**
 * Cost cap of the BM25 pass, in sections scored. Scoring a word that most of 10,000 sections hold
 * costs milliseconds and barely moves the ranking (its IDF is near zero), so past this many
 * postings the commonest words only take part in the re-rank (coverage, names), where they are
 * checked against the few candidates instead of every section. Knowledge of a few hundred
 * sections never reaches the cap, so its answers do not depend on it.
 */
const SCORING_BUDGET = 2500;

interface Variant {
  term: string;
  weight: number;
  typo: boolean;
}

interface WordGroup {
  word: QueryWord;
  variants: Variant[];
  /** Added by the engine, not typed by the user (the faint "what" of a bare topic). */
  implicit?: boolean;
}

interface RankedHit extends SearchHit {
  n: number;
  /** Whether a topic word matched the section itself, not only its parents' headings. */
  ownMatch: boolean;
  onlyTypos: boolean;
  strongMatch: boolean;
  matchedWords: Set<string>;
}

export class KnowledgeIndex {
  readonly sections: readonly Section[];
  private readonly answerable: Section[];
  private readonly mini: MiniSearch<{ n: number }>;
  /** Each answerable section's analysed fields, to check any word against a few candidates. */
  private readonly fields: AnalysedFields[];
  /** Term -> occurrences across the knowledge (typo repair prefers the more common candidate). */
  private readonly vocabulary = new Map<string, number>();
  /** Term -> number of sections holding it (the cost of scoring it). */
  private readonly sectionCount = new Map<string, number>();
  /** Term -> number of sections holding it in a heading, alias or keyword. */
  private readonly nameCount = new Map<string, number>();
  /** Term -> number of sections holding it in their own heading. */
  private readonly headingCount = new Map<string, number>();
  private readonly byLength = new Map<number, string[]>();
  private readonly byId = new Map<string, Section>();
  private readonly byReply = new Map<string, Section>();
  /** Each answerable section's names (heading, aliases) as token sets, for name matching. */
  private readonly names: Set<string>[][];

  private constructor(sections: readonly Section[]) {
    this.sections = sections;
    // A heading with no text under it cannot answer anything; it stays in the outline only.
    this.answerable = sections.filter((s) => s.text.trim().length > 0);
    for (const s of sections) {
      this.byId.set(s.id, s);
      for (const key of s.replyKeys) if (!this.byReply.has(key)) this.byReply.set(key, s);
    }
    const memo = new Map<string, string[]>();
    this.fields = this.answerable.map((s) => analyseFields(s, memo));
    this.names = this.answerable.map((s) => [s.headings.at(-1) ?? '', ...s.aliases].map((name) => nameTokens(name)).filter((set) => set.size > 0));
    this.countTerms();

    // Fields are analysed once above; minisearch receives the term arrays through extractField
    // and an identity tokenizer instead of re-joining and re-splitting millions of terms.
    let current: AnalysedFields | undefined;
    this.mini = new MiniSearch<{ n: number }>({
      idField: 'n',
      fields: [...FIELDS],
      extractField: (doc, field) => {
        if (field === 'n') {
          current = this.fields[doc.n];
          return doc.n;
        }
        return field;
      },
      tokenize: (field) => current?.[field as Field] ?? field.split(' '),
      processTerm: (t) => t || null,
      searchOptions: { tokenize: (q) => q.split(' ').filter(Boolean), processTerm: (t) => t },
    });
    this.mini.addAll(this.answerable.map((_, n) => ({ n })));
    current = undefined;
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
    // A name word counts as asked when the question has it, one of its synonyms or typo fixes,
    // or the implicit "what" of a bare topic.
    const asked = new Set(questionNames);
    for (const g of groups) for (const v of g.variants) asked.add(v.term);

    const plan = this.plan(topicGroups);
    const raw = this.mini.search({
      queries: plan.terms,
      fields: plan.fields,
      combineWith: 'OR',
      boost: BOOST,
      boostTerm: (t: string) => weights.get(t) ?? 1,
    });
    const allTerms = new Set(topicGroups.flatMap((g) => g.variants.map((v) => v.term)));
    // BM25 sums term scores, so one heavy word can beat a section holding every word asked;
    // weighting by coverage squared (Lucene's "coord") restores the balance.
    const hits: RankedHit[] = [];
    for (let i = 0; i < raw.length && i < RERANK_DEPTH; i++) {
      const where = plan.complete ? fieldsFromMatch(raw[i]!) : this.fieldsHolding(raw[i]!.id as number, allTerms);
      const h = this.toHit(raw[i]!.id as number, raw[i]!.score, topicGroups, where);
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
      salient: topicGroups.length > 1 || this.isSalient(best.n, topicGroups[0]!, questionNames, asked),
      // Words the pages never use that the best section did not match even after typo repair.
      unknownWords: topicGroups.filter((g) => !/\d/.test(g.word.term) && !this.vocabulary.has(g.word.term) && !best.matchedWords.has(g.word.term)).length,
    });
    return {
      query: question,
      confident: verdict.confident,
      reason: verdict.reason,
      hits: hits.slice(0, top).map(({ section, score, coverage }) => ({ section, score, coverage })),
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

  /**
   * What the BM25 pass scores: every topic word when that stays within the budget; otherwise the
   * rarest words that fit; and when even the rarest word is everywhere, the words in the fields
   * that name sections, then in headings alone (a section about X has X in its heading), falling
   * back to all fields only when no heading holds any of them. `complete` says whether minisearch saw every term in every
   * field, i.e. whether its match info alone tells where a candidate holds each word.
   */
  private plan(topicGroups: WordGroup[]): { terms: string[]; fields: Field[]; complete: boolean } {
    const cost = (g: WordGroup, counts: Map<string, number>) => g.variants.reduce((n, v) => n + (counts.get(v.term) ?? 0), 0);
    const pick = (counts: Map<string, number>) => {
      const byCost = topicGroups.map((g) => ({ g, c: cost(g, counts) })).sort((a, b) => a.c - b.c);
      const terms = new Set<string>();
      let spent = 0;
      let groups = 0;
      for (const { g, c } of byCost) {
        if (spent + c > SCORING_BUDGET) break;
        spent += c;
        groups++;
        for (const v of g.variants) terms.add(v.term);
      }
      return { terms: [...terms], groups, rarest: byCost[0]! };
    };
    const all = pick(this.sectionCount);
    if (all.groups === topicGroups.length) return { terms: all.terms, fields: [...FIELDS], complete: true };
    if (all.groups > 0) return { terms: all.terms, fields: [...FIELDS], complete: false };
    for (const [counts, fields] of [
      [this.nameCount, NAME_FIELDS],
      [this.headingCount, ['heading']],
    ] as const) {
      const named = pick(counts);
      if (named.groups > 0 && named.rarest.c > 0) return { terms: named.terms, fields: [...fields], complete: false };
    }
    return { terms: all.rarest.g.variants.map((v) => v.term), fields: [...FIELDS], complete: false };
  }

  /**
   * The word the student probably meant: a typo fix or the completion of a truncated word for
   * words the knowledge never uses, and for words it uses only once or twice (a typo in the
   * pages themselves, "InstrucLab") the far more common word one edit away.
   */
  private repair(term: string): string | null {
    const frequency = this.vocabulary.get(term) ?? 0;
    if (frequency === 0) return correct(term, this.vocabulary, this.byLength) ?? completePrefix(term, this.vocabulary);
    if (frequency <= RARE) return correct(term, this.vocabulary, this.byLength, frequency * 3);
    return null;
  }

  private expand(words: QueryWord[]): WordGroup[] {
    const namesOs = words.some((w) => OS_WORDS.has(w.term));
    const implicit: WordGroup[] = words.some((w) => w.role === 'question')
      ? []
      : [{ word: { raw: 'what', term: 'what', role: 'question' }, implicit: true, variants: [{ term: 'what', weight: IMPLICIT_WHAT_WEIGHT, typo: false }] }];
    return implicit.concat(
      words.map((word) => {
        const weight = word.role === 'question' ? QUESTION_WORD_WEIGHT : word.role === 'context' ? CONTEXT_WORD_WEIGHT : 1;
        const variants: Variant[] = [{ term: word.term, weight, typo: false }];
        if (word.role === 'topic') {
          const fixed = this.repair(word.term);
          if (fixed) variants.push({ term: fixed, weight: TYPO_WEIGHT, typo: true });
          // "granite 4" means the 4.0 release the pages name.
          if (/^\d{1,2}$/.test(word.term)) variants.push({ term: `${word.term}.0`, weight: 1, typo: false });
        }
        for (const v of [...variants]) {
          for (const [broader, w] of expansionsOf(v.term)) {
            // A tool's OS hint (brew -> macOS) only helps when the question names no OS itself.
            if (namesOs && OS_WORDS.has(broader)) continue;
            variants.push({ term: broader, weight: v.weight * w, typo: v.typo });
          }
        }
        return { word, variants };
      }),
    );
  }

  /**
   * How well the question and one of the section's names (heading or alias) say the same thing:
   * the share of the name's words asked times the share of the question's words in the name,
   * best over all names. "What is InstructLab?" names "what is instructlab" exactly; an alias
   * "what is a taxonomy in instructlab" only partly.
   */
  private nameMatch(n: number, question: Set<string>, asked: Set<string>): number {
    if (!question.size) return 0;
    let questionWeight = 0;
    for (const t of question) questionWeight += nameWeight(t);
    let best = 0;
    for (const name of this.names[n] ?? []) {
      let nameHits = 0;
      for (const t of name) if (asked.has(t)) nameHits++;
      // Only the question's OS words are discounted: a name's OS word says which section it is.
      let questionHits = 0;
      for (const t of question) if (name.has(t)) questionHits += nameWeight(t);
      best = Math.max(best, (nameHits / name.size) * (questionHits / questionWeight));
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

  /**
   * Whether a one-word question's word is what the section is about rather than a word in passing
   * ("life" in "Python release dates and end of life", "instructor" mentioned once): the section
   * is named for it, or uses it more than once.
   */
  private isSalient(n: number, group: WordGroup, question: Set<string>, asked: Set<string>): boolean {
    // A version or other number is specific by nature: "is 3.12 fine" means the page's 3.12.
    if (/\d/.test(group.word.term)) return true;
    if (this.nameMatch(n, question, asked) >= SALIENT_NAME_MATCH) return true;
    const terms = new Set(group.variants.map((v) => v.term));
    // A short heading holding the word (or its synonym) is about it: "Pre-work" for "prep".
    const heading = this.names[n]?.[0];
    if (heading && heading.size <= SHORT_HEADING && group.variants.some((v) => heading.has(v.term))) return true;
    let uses = 0;
    const fields = this.fields[n]!;
    for (const field of FIELDS) for (const t of fields[field]) if (terms.has(t) && ++uses >= 2) return true;
    return false;
  }

  /** Where (which fields) a candidate section holds each of the question's terms. */
  private fieldsHolding(n: number, terms: Set<string>): Map<string, number> {
    const out = new Map<string, number>();
    const fields = this.fields[n]!;
    for (const field of FIELDS) {
      for (const t of fields[field]) if (terms.has(t)) out.set(t, (out.get(t) ?? 0) | BIT[field]);
    }
    return out;
  }

  private toHit(n: number, score: number, topicGroups: WordGroup[], where: Map<string, number>): RankedHit {
    const matchedWords = new Set<string>();
    let covered = 0;
    let ownMatch = false;
    let strongMatch = false;
    let exact = false;
    let total = 0;
    for (const g of topicGroups) {
      const weight = g.word.qualifier ? QUALIFIER_WEIGHT : 1;
      total += weight;
      const hit = g.variants.filter((v) => where.has(v.term));
      if (!hit.length) continue;
      matchedWords.add(g.word.term);
      const untyped = hit.some((v) => !v.typo);
      const own = hit.some((v) => (where.get(v.term)! & OWN) !== 0);
      exact ||= untyped;
      ownMatch ||= own;
      strongMatch ||= hit.some((v) => !v.typo && (where.get(v.term)! & STRONG) !== 0);
      covered += weight * (untyped ? 1 : TYPO_COVERAGE) * (own ? 1 : PATH_ONLY_COVERAGE);
    }
    return { n, section: this.answerable[n]!, score, coverage: covered / total, ownMatch, strongMatch, onlyTypos: !exact, matchedWords };
  }

  private countTerms(): void {
    // One map lookup per term occurrence: `last*` remember the last section counted, so a section
    // is counted once per term without building a set per section.
    const stats = new Map<string, { occurrences: number; sections: number; names: number; headings: number; last: number; lastName: number; lastHeading: number }>();
    this.fields.forEach((fields, n) => {
      for (const field of FIELDS) {
        const bit = BIT[field];
        for (const t of fields[field]) {
          let st = stats.get(t);
          if (!st) stats.set(t, (st = { occurrences: 0, sections: 0, names: 0, headings: 0, last: -1, lastName: -1, lastHeading: -1 }));
          st.occurrences++;
          if (st.last !== n) {
            st.last = n;
            st.sections++;
          }
          if (bit & STRONG && st.lastName !== n) {
            st.lastName = n;
            st.names++;
          }
          if (bit === BIT.heading && st.lastHeading !== n) {
            st.lastHeading = n;
            st.headings++;
          }
        }
      }
    });
    for (const [t, st] of stats) {
      this.vocabulary.set(t, st.occurrences);
      this.sectionCount.set(t, st.sections);
      if (st.names) this.nameCount.set(t, st.names);
      if (st.headings) this.headingCount.set(t, st.headings);
      const bucket = this.byLength.get(t.length) ?? [];
      bucket.push(t);
      this.byLength.set(t.length, bucket);
    }
  }

}

/** Operating-system words qualify a name or question rather than say what it is about. */
function nameWeight(term: string): number {
  return OS_WORDS.has(term) ? QUALIFIER_WEIGHT : 1;
}

/** Where minisearch found each term in a result, as field bits. */
function fieldsFromMatch(r: MiniResult): Map<string, number> {
  const out = new Map<string, number>();
  for (const [term, fields] of Object.entries(r.match)) out.set(term, fields.reduce((mask, f) => mask | (BIT[f as Field] ?? 0), 0));
  return out;
}

/** A section's searchable fields, analysed into index terms. */
function analyseFields(s: Section, memo: Map<string, string[]>): AnalysedFields {
  const parents = s.headings.slice(0, -1);
  if (s.topic && !parents.includes(s.topic) && s.headings.at(-1) !== s.topic) parents.unshift(s.topic);
  // Parent headings and a file's keywords repeat for every section of the file: analyse them once.
  const terms = (t: string) => {
    if (t.length > 200) return documentTerms(t);
    let cached = memo.get(t);
    if (!cached) memo.set(t, (cached = documentTerms(t)));
    return cached;
  };
  const analysed = (texts: readonly string[]) => (texts.length === 1 ? terms(texts[0]!) : texts.flatMap(terms));
  // Aliases, keywords and context are sets of names: a word repeated across several aliases
  // ("instructlab mac", "instructlab m1") is not more relevant for it, so each counts once.
  const distinct = (terms: string[]) => [...new Set(terms)];
  return {
    heading: analysed([s.headings.at(-1) ?? '']),
    aliases: distinct(analysed(s.aliases)),
    keywords: distinct(analysed(s.keywords)),
    path: distinct(analysed([...parents, ...s.topicKeywords])),
    text: analysed([s.text]),
  };
}
