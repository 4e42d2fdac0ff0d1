import { defineComponent } from '../../src/framework/component.js';
import { button, notice, type ReplyButton } from '../../src/framework/reply.js';
import { isKnownOs } from '../../src/python/os.js';
import { OS_LABELS, OSES, type KnownOs } from '../../src/python/types.js';
import { checkPaste } from './check.js';

interface ChooseOsArgs {
  paste: string;
  os: KnownOs;
  /** The "I read: …" line of a paste read from a screenshot, kept on the re-judged reply. */
  lead?: string;
}

/** macOS / Windows / Linux under a verdict whose paste did not say: re-judges it for that OS, in place. */
export const chooseOs = defineComponent<ChooseOsArgs, { paste: string | undefined; os: KnownOs; lead?: string }>({
  id: 'choose-os',
  encode: ({ paste, os, lead }, memos) => [os, memos.put(paste), ...(lead ? [memos.put(lead)] : [])],
  parse: ([os = '', key = '', leadKey], memos) => (isKnownOs(os) ? { os, paste: memos.get(key), lead: leadKey ? memos.get(leadKey) : undefined } : null),
  run({ paste, os, lead }, ctx) {
    if (paste === undefined) return { type: 'reply', reply: notice('That paste has expired; run /check-python again.') };
    const reply = checkPaste(paste, os, ctx);
    return { type: 'update', reply: lead ? { ...reply, lead } : reply };
  },
});

export function osButtons(paste: string, lead?: string): ReplyButton[] {
  return OSES.map((os) =>
    button(chooseOs, { paste, os, lead }, {
      label: OS_LABELS[os],
      style: 'primary',
      hint: 'Tell me your OS for the exact fix: run /check-python again with --os macos|windows|linux (console: /os macos).',
      rerun: { option: 'os', value: os },
    }),
  );
}
