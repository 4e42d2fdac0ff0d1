import { defineComponent } from '../../src/framework/component.js';
import { boundedText } from '../../src/framework/options.js';
import { MAX_CHARS } from '../../src/python/clean.js';
import { OSES, type KnownOs } from '../../src/python/types.js';
import { checkPaste } from './check.js';
import { osButtons } from './choose-os.js';

const paste = boundedText(MAX_CHARS, { terminal: true });

/** The form /check-python opens when no paste was given, so several terminal lines can be pasted. */
export const pasteForm = defineComponent<{ os: KnownOs | undefined }>({
  id: 'paste-form',
  encode: ({ os }) => [os ?? '-'],
  parse([os = '-']) {
    if (os === '-') return { os: undefined };
    const known = OSES.find((o) => o === os);
    return known ? { os: known } : null;
  },
  run({ os }, ctx) {
    const text = paste.parse(ctx.formValue);
    return { type: 'reply', reply: checkPaste(text, os, ctx, osButtons(text)) };
  },
});
