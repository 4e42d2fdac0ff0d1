import { defineCommand } from '../../src/framework/command.js';
import { quoteUserText } from '../../src/framework/safe-text.js';
import type { Verdict } from '../../src/python/types.js';
import { readinessPng } from './chart.js';
import { exportCsvButton } from './export-readiness.js';
import { countsLine, OS_LABELS, readinessTable, statusOf } from './readiness.js';

const LISTED = 30;
const LABELS: Record<Verdict, string> = {
  ok: 'ready',
  prerelease: 'pre-release build',
  'too-old': 'too old',
  python2: 'Python 2',
  'not-found': 'Python not found',
  unrecognized: 'paste not recognized',
};
export const CHART_FILE = 'readiness.png';

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
    const table = readinessTable(latest);
    const notReady = latest.filter((r) => statusOf(r) !== 'ready' && statusOf(r) !== 'warnings').sort((a, b) => b.at.localeCompare(a.at));
    const withWarnings = latest.filter((r) => statusOf(r) === 'warnings');
    const person = (name: string) => quoteUserText(name, 40);
    const lines = notReady
      .slice(0, LISTED)
      .map((r) => `• ${person(r.userName)} — ${LABELS[r.verdict]}${r.version ? ` (${r.version})` : ''}${r.os !== 'unknown' ? `, ${r.os}` : ''}`);
    if (notReady.length > LISTED) lines.push(`…and ${notReady.length - LISTED} more`);
    const warned = withWarnings.slice(0, 10).map((r) => `• ${person(r.userName)} — ${r.version ?? '?'}: ${quoteUserText(r.warnings?.[0] ?? '', 120)}`);
    if (withWarnings.length > 10) warned.push(`…and ${withWarnings.length - 10} more`);
    const fields = [
      // The chart's numbers as text, row by row, for screen readers and for anyone without images.
      { name: 'By OS', value: table.byOs.map((row) => `${OS_LABELS[row.os]}: ${countsLine(row.counts)}`).join('\n') },
      ...(lines.length ? [{ name: 'Not ready yet (latest check)', value: lines.join('\n') }] : []),
      ...(warned.length ? [{ name: 'Ready, with a warning for a workshop tool', value: warned.join('\n') }] : []),
    ];
    return {
      kind: 'info',
      title: `Pre-work status: ${table.total.ready} of ${latest.length} ready`,
      body: countsLine(table.total),
      fields,
      files: [{ name: CHART_FILE, data: readinessPng(table), description: `Readiness by OS: ${table.byOs.map((row) => `${OS_LABELS[row.os]} ${countsLine(row.counts)}`).join('; ')}` }],
      image: CHART_FILE,
      buttons: [exportCsvButton()],
      visibility: 'private',
      data: { counts: table.total, byOs: table.byOs, notReady: notReady.map((r) => r.userId), warnings: withWarnings.map((r) => r.userId) },
    };
  },
});
