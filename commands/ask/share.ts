import { defineComponent } from '../../src/framework/component.js';
import { button, notice, type ReplyButton } from '../../src/framework/reply.js';
import { quoteUserText } from '../../src/framework/safe-text.js';
import { moreButton } from './more.js';
import { sectionView } from './section.js';

/** "Share in channel": posts a privately shown section publicly, naming (not pinging) the sharer. */
export const share = defineComponent<{ sectionId: string }>({
  id: 'share',
  encode: ({ sectionId }) => [sectionId],
  parse: (parts) => (parts.join(':') ? { sectionId: parts.join(':') } : null),
  run({ sectionId }, ctx) {
    const section = ctx.services.knowledge().get(sectionId);
    if (!section) return { type: 'reply', reply: notice('That section is no longer in the pre-work; try /ask again.') };
    const reply = { ...sectionView(section, 'public'), lead: `Shared by ${quoteUserText(ctx.invoker.name, 60)}:`, continuation: (part: number) => moreButton(sectionId, part) };
    return { type: 'reply', reply };
  },
});

export function shareButton(sectionId: string): ReplyButton {
  return button(share, { sectionId }, { label: 'Share in channel', style: 'primary', privateOnly: true });
}
