import { defineComponent } from '../../src/framework/component.js';
import { button, notice, type ReplyButton } from '../../src/framework/reply.js';
import { readinessCsv } from './readiness.js';

export const CSV_FILE = 'readiness.csv';

/** "Export CSV" under /prework-status: each student's latest check as a spreadsheet file. */
export const exportReadiness = defineComponent<Record<string, never>>({
  id: 'export-readiness',
  taOnly: true,
  encode: () => [],
  parse: () => ({}),
  run(_args, ctx) {
    const latest = ctx.services.store.latestVerdicts();
    if (!latest.length) return { type: 'reply', reply: notice('Nobody has run /check-python yet.') };
    return {
      type: 'reply',
      reply: {
        kind: 'info',
        title: `Readiness of ${latest.length} student${latest.length === 1 ? '' : 's'}`,
        body: 'Each student’s latest /check-python: verdict, version, OS, warnings and time (UTC).',
        files: [{ name: CSV_FILE, data: Buffer.from(readinessCsv(latest), 'utf8'), description: 'Latest /check-python per student, CSV' }],
        visibility: 'private',
      },
    };
  },
});

export function exportCsvButton(): ReplyButton {
  return button(exportReadiness, {}, { label: 'Export CSV', emoji: '📄', hint: 'CSV: npm run --silent cli -- export readiness > readiness.csv' });
}
