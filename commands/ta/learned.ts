import { defineCommand, type CommandContext } from '../../src/framework/command.js';
import { defineComponent } from '../../src/framework/component.js';
import { button, errorReply, type Reply, type ReplyButton } from '../../src/framework/reply.js';
import { quoteUserText } from '../../src/framework/safe-text.js';
import { exportButton, readSaved } from './export-learned.js';

/** Entries with a Remove button: one row holds Export, four rows hold five Removes each. */
const LISTED = 20;

/** /learned: the answers TAs saved, each with Remove, and Export to take them home. */
export const learned = defineCommand({
  definition: {
    name: 'learned',
    description: 'TAs: answers saved during the workshop; remove them, or export them for knowledge/',
    kind: 'slash',
    taOnly: true,
    options: [],
  },
  run: (_input, ctx) => learnedList(ctx),
});

export async function learnedList(ctx: CommandContext, note?: string): Promise<Reply> {
  const folder = ctx.services.learned;
  if (!folder) return errorReply('There is no saved-answers folder in this run (the bot keeps them in DATA_DIR/learned).');
  const files = await folder.list();
  const lead = note ? `${note}\n` : '';
  if (!files.length) {
    return { kind: 'info', title: 'Saved answers', body: `${lead}None yet. Right-click a helpful reply → Apps → "Save as pre-work answer", or use "Save" in /unanswered.`, visibility: 'private', data: { files: [] } };
  }
  const shown = files.slice(-LISTED);
  const lines = shown.map((f, i) => {
    const a = readSaved(f);
    const who = a?.author ? ` — ${quoteUserText(a.author, 60)}` : '';
    return `**${i + 1}.** ${quoteUserText(a?.heading ?? f.name, 150)}${who}, ${f.modified.toISOString().slice(0, 10)} · \`learned/${f.name}\``;
  });
  if (files.length > LISTED) lines.unshift(`(newest ${LISTED} of ${files.length}; all are in the export)`);
  const buttons: ReplyButton[] = [exportButton(), ...shown.map((f, i) => removeButton(`Remove #${i + 1}`, f.name))];
  return {
    kind: 'info',
    title: `Saved answers: ${files.length}`,
    body: lead + lines.join('\n'),
    buttons,
    visibility: 'private',
    data: { files: files.map((f) => f.name) },
  };
}

/** "Remove #n": the file goes, the index reloads without it, and the list updates in place. */
export const removeLearned = defineComponent<{ file: string }>({
  id: 'learned-remove',
  taOnly: true,
  encode: ({ file }) => [file],
  parse: ([file = '']) => (/^[a-z0-9-]+\.md$/.test(file) ? { file } : null),
  async run({ file }, ctx) {
    const folder = ctx.services.learned;
    if (!folder) return { type: 'reply', reply: errorReply('There is no saved-answers folder in this run.') };
    const outcome = await folder.remove(file);
    const note = outcome === null ? `\`learned/${file}\` was already gone.` : `Removed \`learned/${file}\`${outcome.swapped ? '; the bot no longer gives it.' : ', but the knowledge could not be reloaded yet (see the log).'}`;
    return { type: 'update', reply: await learnedList(ctx, note) };
  },
});

function removeButton(label: string, file: string): ReplyButton {
  return button(removeLearned, { file }, { label, style: 'danger' });
}
