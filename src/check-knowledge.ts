import './env.js';
import { parseArgs } from 'node:util';
import { requiredReplyKeys } from '../commands/python-check/reply-keys.js';
import { parseConfig } from './config.js';
import { checkKnowledge } from './knowledge/check.js';

/**
 * `npm run check:knowledge [-- --dir DIR] [--review-days N]`: exits 1 when the knowledge has
 * errors; warns about files not reviewed within KNOWLEDGE_REVIEW_DAYS (default 180).
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, 'review-days': { type: 'string' } } });
  const config = parseConfig();
  const dir = values.dir ?? config.KNOWLEDGE_DIR;
  const reviewMaxAgeDays = values['review-days'] ? Number.parseInt(values['review-days'], 10) : config.KNOWLEDGE_REVIEW_DAYS;
  if (!Number.isInteger(reviewMaxAgeDays) || reviewMaxAgeDays < 1) {
    process.stderr.write(`--review-days must be a whole number of days (got "${values['review-days']}")\n`);
    return 2;
  }
  // The project's own knowledge must hold every /check-python reply key; another folder need not.
  const report = await checkKnowledge(dir, { reviewMaxAgeDays, ...(values.dir ? {} : { requiredReplyKeys: requiredReplyKeys() }) });
  for (const p of report.problems) process.stdout.write(`${p.severity === 'error' ? 'error' : 'warning'}: ${p.source}:${p.line}: ${p.message}\n`);
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  process.stdout.write(`${dir}: ${report.files} files, ${report.sections} sections, ${errors} errors, ${warnings} warnings\n`);
  return errors ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`check:knowledge failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
