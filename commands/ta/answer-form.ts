import type { FormRequest } from '../../src/framework/command.js';
import { defineComponent } from '../../src/framework/component.js';
import { button, errorReply, type Reply, type ReplyButton } from '../../src/framework/reply.js';
import { quoteUserText } from '../../src/framework/safe-text.js';
import { slugify } from '../../src/knowledge/slug.js';
import { isLearned } from '../../src/search/sources.js';
import { checkEntry, composeEntry, MAX_ALIAS, MAX_HEADING, type EntryDraft } from './entry.js';
import { getJson, putJson } from './memo.js';

/** What the form starts with: from a message (its text, the question it replies to) or from /unanswered. */
export interface AnswerPrefill {
  heading?: string;
  body?: string;
  aliases?: string[];
  /** Link to the message the answer comes from. */
  source?: string;
  /** Who wrote the answer (the message's author). */
  author?: string;
}

/** `learned/` + stem + a `-NN` suffix stays within 40 characters. */
const FILE_STEM = 28;

type Provenance = Pick<AnswerPrefill, 'source' | 'author'>;

const isProvenance = (v: unknown): v is Provenance =>
  typeof v === 'object' && v !== null && ['source', 'author'].every((k) => (v as Record<string, unknown>)[k] === undefined || typeof (v as Record<string, unknown>)[k] === 'string');

/** The form "Save as pre-work answer" opens: question, answer and other wordings, prefilled for the TA to edit. */
export function answerForm(prefill: AnswerPrefill): FormRequest<Provenance> {
  return {
    component: saveAnswerForm,
    args: { source: prefill.source, author: prefill.author },
    title: 'Save as pre-work answer',
    fields: [
      { id: 'heading', label: 'Question (becomes the heading)', style: 'short', max: MAX_HEADING, value: prefill.heading, placeholder: 'How do I get a GPU quota on the cloud?' },
      { id: 'answer', label: 'Answer (markdown)', style: 'paragraph', max: 4000, value: prefill.body },
      { id: 'aliases', label: 'Other ways students asked (one per line)', style: 'paragraph', max: 1000, required: false, value: prefill.aliases?.join('\n') },
    ],
  };
}

/** The submitted form: checked like `npm run check:knowledge`, then written to DATA_DIR/learned and indexed. */
export const saveAnswerForm = defineComponent<Provenance, Provenance>({
  id: 'save-answer',
  taOnly: true,
  encode: (args, memos) => [putJson(memos, args)],
  // Where the answer came from is lost with the memo after a restart; the answer itself is in the form.
  parse: ([key = ''], memos) => getJson(memos, key, isProvenance) ?? {},
  async run(provenance, ctx) {
    const learned = ctx.services.learned;
    if (!learned) return { type: 'reply', reply: errorReply('Saving answers needs the bot’s data folder (DATA_DIR); this run has none.') };
    const form = ctx.form ?? {};
    const draft: EntryDraft = {
      heading: form.heading ?? '',
      body: form.answer ?? '',
      aliases: (form.aliases ?? '').split('\n').map((a) => a.trim()).filter(Boolean),
      source: provenance.source,
      author: provenance.author ?? ctx.invoker.name,
      reviewed: new Date().toISOString().slice(0, 10),
    };
    const markdown = composeEntry(draft);
    const check = await checkEntry(markdown, draft);
    if (check.errors.length) return { type: 'reply', reply: refused(check.errors, draft) };

    // A short stem keeps the section ids readable: the loader cuts ids' file part to 40 characters.
    const name = await learned.freeName(slugify(draft.heading, FILE_STEM));
    const outcome = await learned.save(name, markdown);
    const result = ctx.services.knowledge().search(draft.heading, 3);
    const top = result.hits[0]?.section;
    const answersIt = result.confident && top !== undefined && isLearned(top.source) && top.source.endsWith(`/${name}`);
    const lines = [
      `Saved to \`learned/${name}\`.`,
      !outcome.swapped
        ? 'It is on disk but not served yet: the knowledge has errors (see the bot’s log). It will be once they are fixed, or after a restart.'
        : answersIt
          ? 'Students who ask this now get it, and it leaves /unanswered.'
          : `Indexed, but asking its question still finds "${quoteUserText(top?.headings.at(-1) ?? 'nothing', 100)}" first; add the students’ wordings as other ways they asked.`,
      ...check.warnings.map((w) => `⚠️ ${w}`),
    ];
    return { type: 'reply', reply: { kind: 'info', title: 'Saved as a pre-work answer', body: lines.join('\n'), visibility: 'private', data: { file: name, swapped: outcome.swapped, answersIt } } };
  },
});

function refused(errors: string[], draft: EntryDraft): Reply {
  return {
    kind: 'unsure',
    title: 'Not saved: the answer needs a fix',
    body: `Nothing was written. What \`npm run check:knowledge\` would reject:\n${errors.map((e) => `• ${quoteUserText(e, 300)}`).join('\n')}`,
    visibility: 'private',
    buttons: [editAgainButton({ heading: draft.heading, body: draft.body, aliases: draft.aliases, source: draft.source, author: draft.author })],
    data: { errors },
  };
}

const isPrefill = (v: unknown): v is AnswerPrefill => typeof v === 'object' && v !== null;

/** A button that opens the answer form with text already in it (a group from /unanswered, or a refused answer to fix). */
export const openAnswerForm = defineComponent<AnswerPrefill, AnswerPrefill | undefined>({
  id: 'answer-form',
  taOnly: true,
  encode: (prefill, memos) => [putJson(memos, prefill)],
  parse: ([key = ''], memos) => getJson(memos, key, isPrefill),
  run: (prefill) => (prefill ? { type: 'form', form: answerForm(prefill) } : { type: 'reply', reply: errorReply('That form is out of date (the bot restarted); run /unanswered again or use the message menu.') }),
});

export function saveGroupButton(label: string, prefill: AnswerPrefill): ReplyButton {
  return button(openAnswerForm, { ...prefill, aliases: prefill.aliases?.map((a) => a.slice(0, MAX_ALIAS)) }, { label, style: 'primary', emoji: '💾' });
}

function editAgainButton(prefill: AnswerPrefill): ReplyButton {
  return button(openAnswerForm, prefill, { label: 'Edit and try again', style: 'primary' });
}
