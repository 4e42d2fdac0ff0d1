import { button, notice, type ReplyButton } from '../../src/framework/reply.js';
import { defineComponent } from '../../src/framework/component.js';
import { sectionView } from './section.js';

/** "Show more": the next part of a section too long for one message, privately. */
export const more = defineComponent<{ sectionId: string; part: number }>({
  id: 'more',
  encode: ({ sectionId, part }) => [String(part), sectionId],
  parse([part = '', ...rest]) {
    const n = Number.parseInt(part, 10);
    const sectionId = rest.join(':');
    return sectionId && n > 0 && n < 100 ? { sectionId, part: n } : null;
  },
  run({ sectionId, part }, ctx) {
    const section = ctx.services.knowledge().get(sectionId);
    if (!section) return { type: 'reply', reply: notice('That section is no longer in the pre-work; try /ask again.') };
    return { type: 'reply', reply: { ...sectionView(section, 'private'), continuation: (next) => moreButton(sectionId, next) }, part };
  },
});

export function moreButton(sectionId: string, part: number): ReplyButton {
  return button(more, { sectionId, part }, { label: 'Show more', style: 'primary' });
}
