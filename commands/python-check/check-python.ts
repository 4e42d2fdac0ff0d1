import { defineCommand } from '../../src/framework/command.js';
import { readImages, unreadReply } from '../../src/framework/images.js';
import { analyzePaste } from '../../src/python/analyze.js';
import { MAX_CHARS } from '../../src/python/clean.js';
import { OS_LABELS, OSES } from '../../src/python/types.js';
import { checkPaste } from './check.js';
import { osButtons } from './choose-os.js';
import { pasteForm } from './paste-form.js';
import { judgeReadText } from './screenshot.js';

export const checkPython = defineCommand({
  definition: {
    name: 'check-python',
    description: 'Paste the output of `python --version` to check it meets the workshop requirement',
    kind: 'slash',
    options: [
      // The engine's own bound: the judge reads no further, so neither does the command.
      { name: 'paste', description: 'What your terminal printed (leave empty to paste several lines in a form)', kind: 'string', max: MAX_CHARS, terminal: true },
      { name: 'os', description: 'Your operating system', kind: 'choice', choices: OSES.map((os) => ({ name: OS_LABELS[os], value: os })) },
      { name: 'image', description: 'A screenshot of your terminal instead of a paste', kind: 'image' },
    ],
  },
  async run({ paste, os, image }, ctx) {
    if (!image.length) return checkPaste(paste, os, ctx, osButtons(paste));
    const read = await readImages(image, ctx.services);
    if (!read.ok) {
      // One line for the student; the JSON keeps the contract's fields (of the text typed, if any).
      const unread = unreadReply(read, 'private');
      return { ...unread, data: { ...analyzePaste(paste, { requirement: ctx.services.config.PYTHON_REQUIREMENT, os }), ...unread.data } };
    }
    return judgeReadText(read.text, paste, os, ctx);
  },
  form(raw) {
    const image = Array.isArray(raw.image) ? raw.image.length > 0 : raw.image != null;
    if ((typeof raw.paste === 'string' && raw.paste) || image) return undefined;
    const os = OSES.find((o) => o === raw.os);
    return {
      component: pasteForm,
      args: { os },
      title: 'Check your Python',
      field: { label: 'Paste what `python --version` printed', placeholder: '$ python3 --version\nPython 3.12.4', max: MAX_CHARS },
    };
  },
});
