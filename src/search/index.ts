import MiniSearch from 'minisearch';
import type { Section } from '../knowledge/types.js';
import { withoutChatMarkup } from '../text/chat-markup.js';
import { addAllFast } from './bulk-load.js';
import { messageKind } from './chat.js';
import { judgeConfidence, OS_RIVAL_SCORE, RIVAL_SCORE, type ConfidenceVerdict } from './confidence.js';
import { expandWords, type WordGroup } from './expand.js';
import { analyseFields, BOOST, FIELDS, fieldsFromMatch, fieldsHolding, NAME_FIELDS, type AnalysedFields, type Field } from './fields.js';
import { asksWhen, comparedPair, messageWords, SALIENCE } from './message.js';
import { planScoring } from './plan.js';
import { askedInHeading, isSalient, nameMatch, namedInFull, toHit, topicWordsNamed, type RankedHit, type SearchHit } from './rank.js';
import { SignatureMatcher } from './signatures.js';
import { countTerms, type TermStats } from './stats.js';
import { nameTokens, OS_WORDS, questionWords } from './text.js';

export type { SearchHit } from './rank.js';

export interface TermUse {
  counts: Map<string, number>;
  total: number;
}

export interface SearchResult {
  query: string;
  confident: boolean;
  reason: ConfidenceVerdict['reason'];
  hits: SearchHit[];
}

/** Names of a page that answers when: dates, releases, schedules, "... and when". */
const ANSWERS_WHEN = /\b(?:when|dates?|released?|releases|schedule|deadline|years?|end of life|eol|come out|came out)\b/i;

/** Per heading level: a tie-breaker that favours the specific section over its parent. */
const DEPTH_BONUS = 0.03;
/** Up to this factor for a section whose heading or alias says what the question says. */
const NAME_BONUS = 2;
/** How many BM25 candidates are re-ranked by coverage. */
const RERANK_DEPTH = 30;

/**
 * The searchable knowledge: built once per load (a reload builds a new one beside it), then
 * read-only. Analysis lives in text.ts, query expansion in expand.ts, the BM25 budget in
 * plan.ts, the re-rank in rank.ts and the answer-on-its-own rule in confidence.ts.
 */
export class KnowledgeIndex {
  readonly sections: readonly Section[];
  private readonly answerable: Section[];
  private readonly mini: MiniSearch<{ n: number }>;
  /** Each answerable section's analysed fields, to check any word against a few candidates. */
  private readonly fields: AnalysedFields[];
  private readonly stats: TermStats;
  private readonly byId = new Map<string, Section>();
  private readonly byReply = new Map<string, Section>();
  /** Each answerable section's names (heading, aliases) as token sets, for name matching. */
  private readonly names: Set<string>[][];
  private readonly signatures: SignatureMatcher;
  /** The operating system each answerable section is for, from its heading or its parents'. */
  private readonly os: (string | undefined)[];
  private termUseCache: TermUse | undefined;

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
    this.stats = countTerms(this.fields);
    this.os = this.fields.map((f) => f.heading.find((t) => OS_WORDS.has(t)) ?? f.path.find((t) => OS_WORDS.has(t)));
    this.signatures = new SignatureMatcher(this.answerable);

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
    addAllFast(this.mini, this.answerable.map((_, n) => ({ n })));
    current = undefined;
  }

  static build(sections: readonly Section[]): KnowledgeIndex {
    return new KnowledgeIndex(sections);
  }

  /**
   * How often each term occurs in the sections' own fields (heading, aliases, keywords, text; not
   * their parents' headings), to tell the pages' own words from everyday ones. Counted once per
   * index from the fields analysed at build; only heading-only sections are analysed here.
   */
  termUse(): TermUse {
    if (this.termUseCache) return this.termUseCache;
    const counts = new Map<string, number>();
    let total = 0;
    const add = (f: AnalysedFields) => {
      for (const t of [...f.heading, ...f.aliases, ...f.keywords, ...f.text]) {
        counts.set(t, (counts.get(t) ?? 0) + 1);
        total++;
      }
    };
    this.fields.forEach(add);
    const memo = new Map<string, string[]>();
    for (const s of this.sections) if (!s.text.trim()) add(analyseFields(s, memo));
    return (this.termUseCache = { counts, total });
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

  /** Organizers' /check-python tool notes (front-matter `python-warnings`), each with its fix section. */
  pythonNotes(): { when: string; text: string; fix: Section }[] {
    return this.sections.flatMap((fix) => fix.pythonWarnings.map((w) => ({ ...w, fix })));
  }

  search(message: string, top = 3): SearchResult {
    const question = withoutChatMarkup(message);
    const ranked = this.rank(question, top);
    const signed = this.signatures.match(question);
    if (!signed.length) return ranked;
    // A section that declares the error the student pasted answers it, whatever the ranking says;
    // the ranked sections follow as "see also".
    // Scores stay finite and above every ranked one (JSON has no Infinity).
    const ceiling = ranked.hits[0]?.score ?? 0;
    const first = signed.map(({ n, length }) => ({ section: this.answerable[n]!, score: ceiling + length, coverage: 1 }));
    const rest = ranked.hits.filter((h) => !first.some((f) => f.section.id === h.section.id));
    return { query: question, confident: true, reason: 'error-signature', hits: [...first, ...rest].slice(0, top) };
  }

  private rank(question: string, top: number): SearchResult {
    const ranked = this.rankQuestion(question, top);
    // Thanks and "same here" get no answer of their own, but keep their nearest topics.
    const kind = messageKind(question);
    return kind === 'question' ? ranked : { ...ranked, confident: false, reason: kind };
  }

  private rankQuestion(question: string, top: number): SearchResult {
    const message = messageWords(question, questionWords);
    // Words of pasted output that the knowledge never uses are paths, user names and ids.
    const words = message.words.filter((w) => !w.output || this.stats.vocabulary.has(w.term) || w.salience >= SALIENCE.missingCommand);
    const groups = expandWords(words, this.stats);
    const topicGroups = groups.filter((g) => g.word.role === 'topic');
    if (!topicGroups.length) return { query: question, confident: false, reason: 'no-topic-words', hits: [] };
    const weights = new Map<string, number>();
    for (const g of groups) for (const v of g.variants) weights.set(v.term, Math.max(weights.get(v.term) ?? 0, v.weight));
    const questionNames = nameTokens(message.focusText, true);
    // A name word counts as asked when the question has it, one of its synonyms or typo fixes,
    // or the implicit "what" of a bare topic.
    const asked = new Set(questionNames);
    for (const g of groups) for (const v of g.variants) asked.add(v.term);

    const plan = planScoring(topicGroups, this.stats);
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
      const n = raw[i]!.id as number;
      const where = plan.complete ? fieldsFromMatch(raw[i]!) : fieldsHolding(this.fields[n]!, allTerms);
      const h = toHit(n, this.answerable[n]!, raw[i]!.score, topicGroups, where);
      if (h.coverage === 0) continue;
      const names = this.names[n] ?? [];
      // Between equally good matches, the deeper (more specific) section wins over its parent.
      h.score *= h.coverage * h.coverage * (1 + NAME_BONUS * nameMatch(names, questionNames, asked)) * (1 + DEPTH_BONUS * h.section.depth) * askedInHeading(names, groups);
      hits.push(h);
    }
    hits.sort((a, b) => b.score - a.score);
    const best = hits[0];
    if (!best) return { query: question, confident: false, reason: 'no-match', hits: [] };
    // A narrative that is only pasted output (code, a log) without a word of its own asks nothing
    // we can be sure of; a declared error in it is matched before this.
    if (message.narrative && !message.prose) return { query: question, confident: false, reason: 'output-only', hits: hits.slice(0, top).map(({ section, score, coverage }) => ({ section, score, coverage })) };
    const rivals = hits.filter(closeTo(best, RIVAL_SCORE));
    // A word the pages never use (numbers aside) that the best section did not match even after typo repair.
    const unheard = (g: WordGroup) => !/\d/.test(g.word.term) && !this.stats.vocabulary.has(g.word.term) && !best.matchedWords.has(g.word.term);
    const askedOs = groups.some((g) => g.variants.some((v) => OS_WORDS.has(v.term)));
    // Missing commands a shell reported, and those the student says are missing in words
    // ("python3 command is not recognised"): an answer about another command is a guess. Words
    // name the command exactly: "python -m pip" in the pip page does not name a missing python3.
    const said = this.signatures.saidMissing(question).flatMap((c) => questionWords(c).map((w) => w.term));
    const otherCommand =
      (message.missing.length > 0 && !message.missing.some((t) => this.namesCommand(best.n, t, groups))) ||
      (said.length > 0 && !this.namesAny(best.n, said));
    // "When does the workshop start?" asks for a time: only a page about dates or times answers it
    // (release dates, who created InstructLab and when), not one that says "start the server".
    const asksWhenUnanswered = !message.narrative && asksWhen(question) && !ANSWERS_WHEN.test(this.namesText(best.n));
    // A comparison is answered only by a page that goes by both things compared.
    const pair = message.narrative ? null : comparedPair(question);
    const sides = pair?.map((side) => questionWords(side).filter((w) => w.role === 'topic').map((w) => w.term));
    const comparedUnnamed = !!sides && sides.every((t) => t.length > 0) && !sides.every((terms) => this.namesAny(best.n, terms));
    const verdict = judgeConfidence({
      topicWords: topicGroups.length,
      coverage: best.coverage,
      onlyTypoMatches: best.onlyTypos,
      ownMatch: best.ownMatch,
      strongMatch: best.strongMatch,
      salient: topicGroups.length > 1 || isSalient(this.names[best.n] ?? [], this.fields[best.n]!, topicGroups[0]!, questionNames, asked),
      // In a narrative the story around the question has everyday words the pages never use;
      // only words of the question itself count as foreign (all of them when nothing is asked).
      unknownWords: topicGroups.filter((g) => (!message.narrative || !message.asks || g.word.salience >= SALIENCE.question) && g.word.salience > SALIENCE.template && unheard(g)).length,
      quotedUnknown: topicGroups.filter((g) => message.quoted.has(g.word.term) && unheard(g)).length,
      rivals: rivals.length,
      // Of the words the best section matched: a stray word it does not hold ("@everyone") is the
      // coverage rules' business, not a sign that another section was meant.
      named: topicWordsNamed(this.names[best.n] ?? [], topicGroups.filter((g) => best.matchedWords.has(g.word.term))),
      narrative: message.narrative,
      namedInFull: namedInFull(this.names[best.n] ?? [], asked),
      lead: hits[1] ? best.score / hits[1].score : Infinity,
      otherOs: !askedOs && this.splitByOs(best, hits, rivals),
      otherCommand,
      comparedUnnamed,
      asksWhenUnanswered,
    });
    // When the answer depends on the OS the student did not name, the nearest topics they are
    // offered should hold their system's version, not three variants for one other system.
    const offered = verdict.reason === 'which-os' ? this.oneOfEachOsFirst(hits) : hits;
    return {
      query: question,
      confident: verdict.confident,
      reason: verdict.reason,
      hits: offered.slice(0, top).map(({ section, score, coverage }) => ({ section, score, coverage })),
    };
  }

  /** Section n's heading and aliases as written, for what kind of question it answers. */
  private namesText(n: number): string {
    const s = this.answerable[n]!;
    return [s.headings.at(-1) ?? '', ...s.aliases].join(' | ');
  }

  /** Whether section n holds one of the terms in its heading, aliases or keywords. */
  private namesAny(n: number, terms: readonly string[]): boolean {
    const fields = this.fields[n]!;
    return terms.some((t) => NAME_FIELDS.some((f) => fields[f].includes(t)));
  }

  /**
   * Whether section n goes by a command a shell said is missing, under its own name or one the
   * question expands it to ("py" is the Python launcher: a section named for python answers it).
   */
  private namesCommand(n: number, term: string, groups: readonly WordGroup[]): boolean {
    return this.namesAny(n, groups.find((g) => g.word.term === term)?.variants.map((v) => v.term) ?? [term]);
  }

  /** The best hit for each operating system first (in score order), then the rest. */
  private oneOfEachOsFirst(hits: readonly RankedHit[]): RankedHit[] {
    const seen = new Set<string | undefined>();
    const first: RankedHit[] = [];
    for (const h of hits) {
      const os = this.os[h.n];
      if (os === undefined || seen.has(os)) continue;
      seen.add(os);
      first.push(h);
    }
    return [...first, ...hits.filter((h) => !first.includes(h))];
  }

  /**
   * Whether the answers close to the best differ by operating system: the best is for one OS and
   * the same help for another covers the question as fully from half its score on, or the best is
   * for none and its close rivals are for two or more ("how do i install python": uv, then the
   * python.org installer for Windows and Homebrew for macOS). `rivals` are the hits close to the
   * best at RIVAL_SCORE.
   */
  private splitByOs(best: RankedHit, hits: readonly RankedHit[], rivals: readonly RankedHit[]): boolean {
    const bestOs = this.os[best.n];
    if (bestOs === undefined) return new Set(rivals.flatMap((h) => this.os[h.n] ?? [])).size >= 2;
    const other = (h: RankedHit) => this.os[h.n] !== undefined && this.os[h.n] !== bestOs;
    return hits.some((h) => closeTo(best, OS_RIVAL_SCORE)(h) && other(h));
  }

  /**
   * Autocomplete: what the student is typing is a prefix, so sections whose heading (or an alias)
   * starts with it come first, then those with a word of their heading starting it, then the
   * rest in search order ("vs cod" -> "VS Code…" before a section that merely mentions "cod").
   */
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
    const typed = typedPrefix(partial);
    const tier = (s: Section) => {
      if (!typed) return 2;
      const names = [s.headings.at(-1) ?? '', ...s.aliases].map(typedPrefix);
      if (names.some((name) => name.startsWith(typed))) return 0;
      if (names.some((name) => name.includes(` ${typed}`))) return 1;
      return 2;
    };
    return results
      .map((r, order) => ({ section: this.answerable[r.id as number]!, order }))
      .map((c) => ({ ...c, tier: tier(c.section) }))
      .sort((a, b) => a.tier - b.tier || a.order - b.order)
      .slice(0, limit)
      .map((c) => c.section);
  }
}

/** Another hit that covers the question as fully as `best` and scores at least 1/factor of it. */
function closeTo(best: RankedHit, factor: number): (h: RankedHit) => boolean {
  return (h) => h !== best && h.coverage >= best.coverage && h.score * factor >= best.score;
}

/** Text as typed, for prefix comparison: lower case, punctuation as spaces, one space between words. */
function typedPrefix(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}@.+#]+/gu, ' ').trim();
}
