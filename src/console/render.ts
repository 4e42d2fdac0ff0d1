import type { Reply, ReplyAction } from '../core/reply.js';

/** Plain-text rendering of a reply for terminals (console and the CLI's human-readable mode). */
export function renderText(reply: Reply): string {
  const out: string[] = [];
  if (reply.title) out.push(`== ${reply.title} ==`);
  if (reply.body) out.push(reply.body);
  for (const field of reply.fields ?? []) out.push(`${field.name}:\n${field.value}`);
  if (reply.source) out.push(`(source: ${reply.source})`);
  const hints = (reply.actions ?? []).map(actionHint).filter(Boolean);
  if (hints.length) out.push(hints.join('\n'));
  return out.join('\n\n');
}

function actionHint(action: ReplyAction): string {
  switch (action.type) {
    case 'choose-os':
      return 'Tell me your OS for the exact fix: run /check-python again with --os macos|windows|linux (console: /os macos).';
    case 'ask-ta':
      return 'On Discord this offers an "Ask a TA" button.';
    case 'page':
      return action.page < action.pages ? `More: /topics ${action.page + 1}` : '';
    default:
      return '';
  }
}
