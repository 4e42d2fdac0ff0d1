import './env.js';
import { parseArgs } from 'node:util';
import { requiredReplyKeys } from '../commands/python-check/reply-keys.js';
import { parseConfig } from './config.js';
import { checkKnowledge } from './knowledge/check.js';

/** `npm run check:knowledge [-- --dir DIR]`: exits 1 when the knowledge has errors. */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  const dir = values.dir ?? parseConfig().KNOWLEDGE_DIR;
  // The project's own knowledge must hold every /check-python reply key; another folder need not.
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
