import type { CommandContext } from '../../src/framework/command.js';
import { defineComponent } from '../../src/framework/component.js';
import { button, errorReply, type Reply, type ReplyButton } from '../../src/framework/reply.js';
import { quoteUserText } from '../../src/framework/safe-text.js';
import { saveGroupButton } from './answer-form.js';
import { groupQuestions, type QuestionGroup } from './groups.js';
import { getJson, isStringList, putJson } from './memo.js';
import { recordDismissed } from './records.js';

/** Questions read from the store per listing (the store keeps at most 2,000 in memory). */
const READ = 500;
/** Groups shown: each has two buttons, and a message holds 25 buttons in 5 rows of 5. */
export const GROUPS_SHOWN = 10;
const QUESTIONS_PER_GROUP = 4;

export function worklistReply(ctx: CommandContext): Reply {
  const { groups, answered } = groupQuestions(ctx.services.store.openQuestions(READ), ctx.services.knowledge());
  const answeredNote = answered ? ` (${answered} answered since by saved answers or new knowledge)` : '';
  if (!groups.length) {
    return { kind: 'info', title: 'Unanswered questions', body: `Nothing to answer${answeredNote}: every question so far got an answer nobody marked 👎.`, visibility: 'private', data: { groups: [], answered } };
  }
  const shown = groups.slice(0, GROUPS_SHOWN);
  const fields = shown.map((g, i) => ({
    name: `#${i + 1} · ${g.nearest ? `near "${g.nearest}"` : 'nothing near in the pre-work'} · ${g.count}×`,
    value: [
      ...g.questions.slice(0, QUESTIONS_PER_GROUP).map((q) => `• ${q.count > 1 ? `${q.count}× ` : ''}${q.kind === 'unhelpful' ? '👎 ' : ''}"${quoteUserText(q.query, 150)}"`),
      ...(g.questions.length > QUESTIONS_PER_GROUP ? [`…and ${g.questions.length - QUESTIONS_PER_GROUP} more wordings`] : []),
    ].join('\n'),
  }));
  // Rows of five: the "Save" buttons of five groups, then their "Dismiss" buttons, so each column is one group.
  const buttons: ReplyButton[] = [];
  for (let start = 0; start < shown.length; start += 5) {
    const block = shown.slice(start, start + 5);
    block.forEach((g, i) => buttons.push(saveGroupButton(`Save #${start + i + 1}`, prefillFor(g))));
    block.forEach((g, i) => buttons.push(dismissButton(`Dismiss #${start + i + 1}`, g.questions.map((q) => q.query))));
  }
  const more = groups.length > GROUPS_SHOWN ? `\n…and ${groups.length - GROUPS_SHOWN} more groups after these.` : '';
  return {
    kind: 'info',
    title: `Unanswered questions: ${groups.length} group${groups.length === 1 ? '' : 's'}${answeredNote}`,
    body: `Grouped by the pre-work section the bot finds nearest. "Save #n" writes an answer the bot gives from now on; "Dismiss #n" takes a group off the list.${more}`,
    fields,
    buttons,
    visibility: 'private',
    data: { groups: groups.map((g) => ({ sectionId: g.sectionId, count: g.count, questions: g.questions.map((q) => q.query) })), answered },
  };
}

/** Saving for a group: the most asked wording as the question, every wording as aliases. */
function prefillFor(group: QuestionGroup) {
  const wordings = group.questions.map((q) => q.query.replace(/\s+/g, ' ').trim());
  return { heading: wordings[0], body: '', aliases: wordings.slice(0, 12) };
}

/** "Dismiss #n" on /unanswered: the group's questions leave the list, which updates in place. */
export const dismiss = defineComponent<{ queries: string[] }, { queries: string[] } | undefined>({
  id: 'dismiss',
  taOnly: true,
  encode: ({ queries }, memos) => [putJson(memos, queries)],
  parse: ([key = ''], memos) => {
    const queries = getJson(memos, key, isStringList);
    return queries ? { queries } : undefined;
  },
  run(parsed, ctx) {
    if (!parsed) return { type: 'reply', reply: errorReply('This list is out of date (the bot restarted); run /unanswered again.') };
    recordDismissed(ctx, parsed.queries);
    return { type: 'update', reply: worklistReply(ctx) };
  },
});

export function dismissButton(label: string, queries: string[]): ReplyButton {
  return button(dismiss, { queries }, { label, emoji: '🗑️' });
}
