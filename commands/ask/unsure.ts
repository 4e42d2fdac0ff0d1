import type { Reply, ReplyButton } from '../../src/framework/reply.js';
import type { SearchResult } from '../../src/search/index.js';
import { askTaButton } from './ask-ta.js';
import { headingPath } from './section.js';

const SUGGESTIONS = 5;

/** The honest "not sure": the nearest topics, any buttons that narrow the question down, and a TA. */
export function unsureReply(result: SearchResult, narrowDown: ReplyButton[]): Reply {
  const nearest = result.hits.slice(0, SUGGESTIONS).map((h) => h.section);
  const asked = result.query.trim();
  return {
    kind: 'unsure',
    title: "I'm not sure about that one",
    body: unsureBody(result, nearest.length > 0),
    fields: nearest.length ? [{ name: 'Nearest topics', value: nearest.map((s) => `• ${headingPath(s)}`).join('\n') }] : undefined,
    visibility: 'private',
    buttons: asked ? [...narrowDown, askTaButton(result.query)] : [],
    data: { nearest: nearest.map((s) => s.id) },
  };
}

function unsureBody(result: SearchResult, anyNearest: boolean): string {
  if (!result.query.trim()) return 'Ask me a question about the workshop pre-work, e.g. "how do I install Python on Windows?"';
  if (!anyNearest) return "That doesn't match anything in the pre-work. Try other words, run /topics to browse, or ask a TA.";
  // The steps differ by operating system and the question does not say which one: guessing
  // would hand a Mac user Windows commands.
  if (result.reason === 'which-os') return 'The answer depends on your operating system: pick yours, or ask again with it (e.g. "… on Windows", "… on a Mac"); or ask a TA.';
  // "When does the workshop start?": the pages hold no schedule; nearest topics would only mislead.
  if (result.reason === 'asks-when') return "The pre-work pages don't give the workshop's schedule or times: ask a TA, or check the workshop's announcements.";
  return "I couldn't find a pre-work section that clearly answers this. These are the nearest topics; or ask a TA.";
}
