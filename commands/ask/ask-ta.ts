import type { ComponentContext, ComponentResponse } from '../../src/framework/component.js';
import { defineComponent } from '../../src/framework/component.js';
import { button, notice, type ReplyButton } from '../../src/framework/reply.js';
import { quoteUserText } from '../../src/framework/safe-text.js';

type Asked = { key: string; question: string | undefined };

/** "Ask a TA": one public message that pings the TA role, once per question. */
export const askTa = defineComponent<{ question: string }, Asked>({
  id: 'ask-ta',
  encode: ({ question }, memos) => [memos.put(question)],
  parse: ([key = ''], memos) => ({ key, question: memos.get(key) }),
  run: (asked, ctx) => pingTa(asked, ctx),
});

export function askTaButton(question: string): ReplyButton {
  return button(askTa, { question }, { label: 'Ask a TA', style: 'primary', emoji: '🙋', hint: 'On Discord this offers an "Ask a TA" button.' });
}

export function pingTa({ key, question }: Asked, ctx: ComponentContext): ComponentResponse {
  const role = ctx.services.config.TA_ROLE_ID;
  if (!role) return { type: 'reply', reply: notice('No TA role is set up for this server; please ask in the channel and a TA will help.') };
  if (!ctx.services.once.first(`ask-ta:${key}`)) {
    return { type: 'reply', reply: notice('A TA has already been called for this question; they will be with you soon.') };
  }
  const asked = question ? `: "${quoteUserText(question, 300)}"` : '.';
  return { type: 'reply', reply: { ...notice(`${quoteUserText(ctx.invoker.name, 60)} needs a hand with a pre-work question${asked}`, 'public'), mention: { role } } };
}
