import type { Section } from '../knowledge/types.js';
import type { KnowledgeIndex, SearchResult } from '../search/index.js';
import type { Reply } from './reply.js';

export const SUGGESTIONS = 5;

export function headingPath(section: Section): string {
  return section.headings.join(' › ');
}

export function sourceLabel(section: Section): string {
  return `${section.source}:${section.line}`;
}

/** The reply for one section, as every command that shows a section words it. */
export function sectionReply(section: Section, visibility: Reply['visibility'], query: string): Reply {
  return {
    kind: 'answer',
    title: headingPath(section),
    body: section.text,
    source: sourceLabel(section),
    sectionId: section.id,
    visibility,
    actions: [
      { type: 'share', sectionId: section.id },
      { type: 'feedback', sectionId: section.id, query },
    ],
  };
}

/**
 * Autocomplete sends a section id as the value: that section is the answer, with certainty.
 * Anything else is a question to search for.
 */
export function pickOrSearch(index: KnowledgeIndex, text: string, top: number): SearchResult {
  const picked = index.get(text.trim());
  if (picked) return { query: text, confident: true, reason: 'ok', hits: [{ section: picked, score: 1, coverage: 1 }] };
  return index.search(text, top);
}

/** Turns a search into a reply: the best section when sure, otherwise an honest "not sure". */
export function answerFromSearch(result: SearchResult, visibility: Reply['visibility']): Reply {
  const best = result.hits[0];
  if (result.confident && best) return sectionReply(best.section, visibility, result.query);
  const nearest = result.hits.slice(0, SUGGESTIONS).map((h) => h.section);
  return {
    kind: 'unsure',
    title: "I'm not sure about that one",
    body: result.query.trim()
      ? nearest.length
        ? "I couldn't find a pre-work section that clearly answers this. These are the nearest topics; or ask a TA."
        : "That doesn't match anything in the pre-work. Try other words, run /topics to browse, or ask a TA."
      : 'Ask me a question about the workshop pre-work, e.g. "how do I install Python on Windows?"',
    fields: nearest.length ? [{ name: 'Nearest topics', value: nearest.map((s) => `• ${headingPath(s)}`).join('\n') }] : undefined,
    visibility: 'private',
    actions: result.query.trim() ? [{ type: 'ask-ta', query: result.query }] : [],
    data: { nearest: nearest.map((s) => s.id) },
  };
}

/** The ask CLI contract's JSON line (design.md). */
export function searchPayload(result: SearchResult): Record<string, unknown> {
  return {
    query: result.query,
    confident: result.confident,
    results: result.hits.map((h) => ({
      source: h.section.source,
      headings: h.section.headings,
      score: Math.round(h.score * 1000) / 1000,
      text: h.section.text,
      id: h.section.id,
    })),
  };
}
