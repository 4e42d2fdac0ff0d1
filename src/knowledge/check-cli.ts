import '../env.js';
import { parseArgs } from 'node:util';
import { requiredReplyKeys } from '../python/reply-keys.js';
import { checkKnowledge } from './check.js';

/** `npm run check:knowledge [-- --dir DIR]`: exits 1 when the knowledge has errors. */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  const dir = values.dir ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';
  const report = await checkKnowledge(dir, values.dir ? {} : { requiredReplyKeys: requiredReplyKeys() });
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
