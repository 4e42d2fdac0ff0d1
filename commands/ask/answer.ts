import type { CommandContext } from '../../src/framework/command.js';
import type { Reply } from '../../src/framework/reply.js';
import type { Section } from '../../src/knowledge/types.js';
import type { KnowledgeIndex, SearchResult } from '../../src/search/index.js';
import { askTaButton } from './ask-ta.js';
import { feedbackButtons } from './feedback.js';
import { moreButton } from './more.js';
import { recordUnanswered } from './records.js';
import { headingPath, sectionView } from './section.js';
import { shareButton } from './share.js';
import { solvedButton } from './solved.js';
import { stuckButton } from './stuck.js';

const SUGGESTIONS = 5;

/** A section as an answer to `query`: share (when private), 👍/👎, and "Show more" for long text. */
export function sectionReply(section: Section, visibility: Reply['visibility'], query: string): Reply {
  return {
    ...sectionView(section, visibility),
    buttons: [shareButton(section.id), ...feedbackButtons(section.id, query)],
    continuation: (part) => moreButton(section.id, part),
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
  const asked = result.query.trim();
  return {
    kind: 'unsure',
    title: "I'm not sure about that one",
    body: unsureBody(result, nearest.length > 0),
    fields: nearest.length ? [{ name: 'Nearest topics', value: nearest.map((s) => `• ${headingPath(s)}`).join('\n') }] : undefined,
    visibility: 'private',
    buttons: asked ? [askTaButton(result.query)] : [],
    data: { nearest: nearest.map((s) => s.id) },
  };
}

function unsureBody(result: SearchResult, anyNearest: boolean): string {
  if (!result.query.trim()) return 'Ask me a question about the workshop pre-work, e.g. "how do I install Python on Windows?"';
  if (!anyNearest) return "That doesn't match anything in the pre-work. Try other words, run /topics to browse, or ask a TA.";
  // The steps differ by operating system and the question does not say which one: guessing
  // would hand a Mac user Windows commands.
  if (result.reason === 'which-os') return 'The answer depends on your operating system. Pick yours among the nearest topics, or ask again with it (e.g. "… on Windows", "… on a Mac"); or ask a TA.';
  return "I couldn't find a pre-work section that clearly answers this. These are the nearest topics; or ask a TA.";
}

/** The ask CLI's JSON line: a contract outside tools parse (README, CLI), so its fields do not change. */
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

/**
 * The one path every question takes, whatever brought it (/ask, an @mention, a DM, a help-channel
 * post): search, and log what could not be answered for the TAs.
 */
function searchAndLog(question: string, top: number, ctx: CommandContext, pick: boolean): SearchResult {
  const index = ctx.services.knowledge();
  const result = pick ? pickOrSearch(index, question, top) : index.search(question, top);
  if (!result.confident) recordUnanswered(ctx, question);
  return result;
}

export function askQuestion(question: string, options: { visibility: Reply['visibility']; top: number }, ctx: CommandContext): Reply {
  const result = searchAndLog(question, options.top, ctx, true);
  return { ...answerFromSearch(result, options.visibility), data: searchPayload(result) };
}

/** A help-channel post: answered under the post only when sure (null: a TA will answer), with solved / still stuck. */
export function answerHelpPost(question: string, ctx: CommandContext): Reply | null {
  const result = searchAndLog(question, 3, ctx, false);
  const best = result.hits[0];
  if (!result.confident || !best) return null;
  return {
    ...sectionView(best.section, 'public'),
    lead: 'This part of the pre-work may answer your question:',
    buttons: [solvedButton(), stuckButton(question)],
    data: searchPayload(result),
  };
}

/**
 * "Find pre-work answer" on a student's message: a sure answer goes under their message (without
 * the share button, which has nothing to add there); otherwise only the TA sees the candidates.
 */
export function findAnswerReply(message: string, ctx: CommandContext): Reply {
  const result = ctx.services.knowledge().search(message, 5);
  const reply = answerFromSearch(result, 'public');
  if (reply.kind === 'answer') return { ...reply, buttons: reply.buttons?.filter((b) => !b.privateOnly) };
  // Not sure: nothing is posted under the student's question.
  return { ...reply, visibility: 'private', buttons: [] };
}
