import type { CommandContext } from '../../src/framework/command.js';
import type { Reply } from '../../src/framework/reply.js';
import { OS_LABELS, OSES, type KnownOs } from '../../src/python/types.js';
import type { KnowledgeIndex, SearchResult } from '../../src/search/index.js';
import { knownOs } from './known-os.js';
import { pickOsButtons } from './pick-os.js';
import { recordUnanswered } from './records.js';
import { sectionView } from './section.js';
import { sectionReply } from './section-reply.js';
import { solvedButton } from './solved.js';
import { stuckButton } from './stuck.js';
import { unsureReply } from './unsure.js';

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
  // Steps that differ by operating system: one click answers for the student's own.
  return unsureReply(result, result.reason === 'which-os' ? pickOsButtons(result.query) : []);
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
 * post): search, and log what could not be answered for the TAs. When the answer depends on the
 * operating system and the student's last /check-python showed theirs, it is asked for that one.
 */
function searchAndLog(question: string, top: number, ctx: CommandContext, pick: boolean): OsSearch {
  const found = searchForOs(question, top, ctx, pick, ctx.invoker.id);
  if (!found.result.confident) recordUnanswered(ctx, question);
  return found;
}

/** A search, and when it was answered for a system the student did not name, the lead that says which. */
interface OsSearch {
  result: SearchResult;
  osLead?: string;
}

/** The search, asked again for `userId`'s system when the answer depends on it and their last check showed it. */
function searchForOs(question: string, top: number, ctx: CommandContext, pick: boolean, userId: string): OsSearch {
  const index = ctx.services.knowledge();
  const result = pick ? pickOrSearch(index, question, top) : index.search(question, top);
  const os = result.reason === 'which-os' ? knownOs(ctx, userId) : null;
  if (os) {
    const forOs = index.search(`${question} on ${OS_LABELS[os]}`, top);
    if (forOs.confident && forOs.hits[0]) return { result: forOs, osLead: leadForOs(os) };
  }
  return { result };
}

/** Says which system an answer was given for, and how to get another's. */
function leadForOs(os: KnownOs): string {
  const other = OSES.find((o) => o !== os) ?? os;
  return `For ${OS_LABELS[os]}, the system shown by the last /check-python. On another one, ask again with it (e.g. "… on ${OS_LABELS[other]}").`;
}

export function askQuestion(question: string, options: { visibility: Reply['visibility']; top: number }, ctx: CommandContext): Reply {
  const { result, osLead } = searchAndLog(question, options.top, ctx, true);
  return { ...answerFromSearch(result, options.visibility), ...(osLead ? { lead: osLead } : {}), data: searchPayload(result) };
}

/** A help-channel post: answered under the post only when sure (null: a TA will answer), with solved / still stuck. */
export function answerHelpPost(question: string, ctx: CommandContext): Reply | null {
  const { result, osLead } = searchAndLog(question, 3, ctx, false);
  const best = result.hits[0];
  if (!result.confident || !best) return null;
  return {
    ...sectionView(best.section, 'public'),
    lead: ['This part of the pre-work may answer your question:', osLead].filter(Boolean).join('\n'),
    buttons: [solvedButton(), stuckButton(question)],
    data: searchPayload(result),
  };
}

/**
 * "Find pre-work answer" on a student's message: a sure answer goes under their message (without
 * the share button, which has nothing to add there); otherwise only the TA sees the candidates.
 */
export function findAnswerReply(message: string, ctx: CommandContext): Reply {
  const { result, osLead } = searchForOs(message, 5, ctx, false, ctx.target?.author.id ?? ctx.invoker.id);
  const reply = answerFromSearch(result, 'public');
  if (reply.kind === 'answer') return { ...reply, ...(osLead ? { lead: osLead } : {}), buttons: reply.buttons?.filter((b) => !b.privateOnly) };
  // Not sure: nothing is posted under the student's question.
  return { ...reply, visibility: 'private', buttons: [] };
}
