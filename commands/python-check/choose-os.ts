import { defineComponent } from '../../src/framework/component.js';
import { button, notice, type ReplyButton } from '../../src/framework/reply.js';
import { OSES, type KnownOs } from '../../src/python/types.js';
import { checkPaste } from './check.js';
import { OS_LABELS } from './reply.js';

const isOs = (value: string): value is KnownOs => (OSES as readonly string[]).includes(value);

/** macOS / Windows / Linux under a verdict whose paste did not say: re-judges it for that OS, in place. */
export const chooseOs = defineComponent<{ paste: string; os: KnownOs }, { paste: string | undefined; os: KnownOs }>({
  id: 'choose-os',
  encode: ({ paste, os }, memos) => [os, memos.put(paste)],
  parse: ([os = '', key = ''], memos) => (isOs(os) ? { os, paste: memos.get(key) } : null),
  run({ paste, os }, ctx) {
    if (paste === undefined) return { type: 'reply', reply: notice('That paste has expired; run /check-python again.') };
    return { type: 'update', reply: checkPaste(paste, os, ctx) };
  },
});

export function osButtons(paste: string): ReplyButton[] {
  return OSES.map((os) =>
    button(chooseOs, { paste, os }, {
      label: OS_LABELS[os],
      style: 'primary',
      hint: 'Tell me your OS for the exact fix: run /check-python again with --os macos|windows|linux (console: /os macos).',
      rerun: { option: 'os', value: os },
    }),
  );
}
