import { defineCommand } from '../../src/framework/command.js';
import { quoteUserText } from '../../src/framework/safe-text.js';
import type { Verdict } from '../../src/python/types.js';

const LISTED = 30;
const LABELS: Record<Verdict, string> = {
  ok: 'ready',
  prerelease: 'pre-release build',
  'too-old': 'too old',
  python2: 'Python 2',
  'not-found': 'Python not found',
  unrecognized: 'paste not recognized',
};

export const preworkStatus = defineCommand({
  definition: {
    name: 'prework-status',
    description: 'TAs: who has run /check-python, and who is not ready yet',
    kind: 'slash',
    taOnly: true,
    options: [],
  },
  run(_input, ctx) {
    const latest = ctx.services.store.latestVerdicts();
    if (!latest.length) {
      return { kind: 'info', title: 'Pre-work status', body: 'Nobody has run /check-python yet.', visibility: 'private' };
    }
    const counts = new Map<Verdict, number>();
    for (const r of latest) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
    const notReady = latest.filter((r) => !r.meets || r.verdict !== 'ok').sort((a, b) => b.at.localeCompare(a.at));
    const lines = notReady
      .slice(0, LISTED)
      .map((r) => `• ${quoteUserText(r.userName, 40)} — ${LABELS[r.verdict]}${r.version ? ` (${r.version})` : ''}${r.os !== 'unknown' ? `, ${r.os}` : ''}`);
    if (notReady.length > LISTED) lines.push(`…and ${notReady.length - LISTED} more`);
    return {
      kind: 'info',
      title: `Pre-work status: ${counts.get('ok') ?? 0} of ${latest.length} ready`,
      body: [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v, n]) => `${LABELS[v]}: ${n}`).join(' · '),
      fields: lines.length ? [{ name: 'Not ready yet (latest check)', value: lines.join('\n') }] : undefined,
      visibility: 'private',
      data: { counts: Object.fromEntries(counts), notReady: notReady.map((r) => r.userId) },
    };
  },
});
