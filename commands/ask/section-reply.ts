import type { Reply } from '../../src/framework/reply.js';
import type { Section } from '../../src/knowledge/types.js';
import { feedbackButtons } from './feedback.js';
import { moreButton } from './more.js';
import { sectionView } from './section.js';
import { shareButton } from './share.js';

/** A section as an answer to `query`: share (when private), 👍/👎, and "Show more" for long text. */
export function sectionReply(section: Section, visibility: Reply['visibility'], query: string): Reply {
  return {
    ...sectionView(section, visibility),
    buttons: [shareButton(section.id), ...feedbackButtons(section.id, query)],
    continuation: (part) => moreButton(section.id, part),
  };
}
