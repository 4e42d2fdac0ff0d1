import { defineComponent } from '../../src/framework/component.js';
import { button, type ReplyButton } from '../../src/framework/reply.js';
import { quoteUserText } from '../../src/framework/safe-text.js';

/** "This solved it" under a help-channel answer: the buttons give way to a note. */
export const solved = defineComponent<Record<string, never>>({
  id: 'solved',
  encode: () => [],
  parse: () => ({}),
  run: (_args, ctx) => ({ type: 'close', note: `✅ Marked as solved by ${quoteUserText(ctx.invoker.name, 60)}.` }),
});

export function solvedButton(): ReplyButton {
  return button(solved, {}, { label: 'This solved it', style: 'success', emoji: '✅' });
}
