import { replyKeys } from './reply.js';
import { OSES } from '../../src/python/types.js';

/** Reply keys /check-python needs from knowledge (the InstructLab note and `python/ok` are optional). */
export function requiredReplyKeys(): string[] {
  const fixes = (['not-found', 'too-old', 'python2', 'prerelease', 'ok'] as const).flatMap((v) => OSES.map((os) => replyKeys.fix(v, os)));
  return [...fixes, ...OSES.map((os) => replyKeys.recheck(os)), replyKeys.unrecognized];
}
