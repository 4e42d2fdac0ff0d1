/**
 * Turn a paste analysis into the transport-neutral Reply. Every piece of advice comes from
 * knowledge sections looked up by reply key (`python/<verdict>/<os>`); the code only writes the
 * verdict line and glue. A missing key is reported in one neutral line, never a crash.
 */
import { DISCORD, safeCut, truncate } from '../../src/framework/limits.js';
import type { Reply, ReplyButton, ReplyField } from '../../src/framework/reply.js';
import type { Section } from '../../src/knowledge/types.js';
import { OS_LABELS, OSES, type KnownOs, type PasteAnalysis } from '../../src/python/types.js';


export const FIELD_MAX = DISCORD.embedFieldValue;

export type SectionLookup = (key: string) => Section | undefined;

/** Reply keys, in one place so the knowledge check and the tests can list them. */
export const replyKeys = {
  fix: (verdict: string, os: KnownOs) => `python/${verdict}/${os}`,
  okAnyOs: 'python/ok',
  unrecognized: 'python/unrecognized',
  recheck: (os: KnownOs) => `python/recheck/${os}`,
} as const;

export function missingKeyLine(key: string): string {
  return `(No fix text found in knowledge for ${key}.)`;
}

export function verdictTitle(a: PasteAnalysis): string {
  const v = a.version ?? '?';
  const req = a.requirement;
  switch (a.verdict) {
    case 'ok':
      return a.warnings.length
        ? `⚠️ Python ${v} meets the workshop requirement (${req}), but not every workshop tool`
        : `✅ Python ${v} meets the workshop requirement (${req})`;
    case 'too-old':
      return a.tooNew
        ? `❌ Python ${v} is newer than the workshop supports (${req})`
        : `❌ Python ${v} is too old: the workshop needs ${req}`;
    case 'python2':
      return `❌ Python ${v} is Python 2: the workshop needs Python ${req}`;
    case 'prerelease':
      return a.meets
        ? `⚠️ Python ${v} is a pre-release: install a stable release (the workshop needs ${req})`
        : `❌ Python ${v} is a pre-release and too old: the workshop needs a stable ${req}`;
    case 'not-found':
      return `❌ Python isn't installed or isn't on your PATH`;
    case 'unrecognized':
      return `🤔 I couldn't find a Python version in that paste`;
  }
}

/**
 * The first part of a section's text, at most `max` characters, cut at a line boundary; an open
 * code fence is closed so the excerpt still renders.
 */
export function excerpt(text: string, max: number = FIELD_MAX): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const reserve = '\n```\n…'.length;
  const kept: string[] = [];
  let size = 0;
  for (const line of trimmed.split('\n')) {
    const add = (kept.length ? 1 : 0) + line.length;
    if (size + add > max - reserve) break;
    kept.push(line);
    size += add;
  }
  if (kept.length === 0) {
    const first = trimmed.slice(0, safeCut(trimmed, max - reserve));
    const space = first.lastIndexOf(' ');
    kept.push(space > max / 2 ? first.slice(0, space) : first);
  }
  const fences = kept.filter((l) => /^\s{0,3}(?:```|~~~)/.test(l)).length;
  if (fences % 2 === 1) kept.push('```');
  kept.push('…');
  return kept.join('\n');
}

function code(command: string): string {
  return `\`${command.replace(/`/g, '')}\``;
}

/** An organizer's tool note with the section that says how to fix it (knowledge `python-warnings`). */
export interface ToolNoteFix {
  text: string;
  fix: Section;
}

/**
 * `osButtons`: offered when the paste does not say which OS (they re-judge it for the OS picked).
 * `notes`: the tool notes, so each warning the analysis carries comes with its fix.
 */
export function composePythonReply(a: PasteAnalysis, lookup: SectionLookup, osButtons?: ReplyButton[], notes: readonly ToolNoteFix[] = []): Reply {
  const used: Section[] = [];
  const find = (key: string): Section | undefined => {
    let section: Section | undefined;
    try {
      section = lookup(key);
    } catch {
      section = undefined;
    }
    if (section && !used.includes(section)) used.push(section);
    return section;
  };
  const textFor = (key: string): string => find(key)?.text.trim() || missingKeyLine(key);

  const parts: string[] = [];
  let fields: ReplyField[] | undefined;
  let buttons: ReplyButton[] | undefined;
  let main: Section | undefined;
  const os = a.os === 'unknown' ? null : a.os;

  if (a.verdict === 'ok' && a.command) {
    const missing = a.missingCommands.filter((c) => c !== a.command);
    parts.push(
      missing.length
        ? `${missing.map(code).join(', ')} isn't available, but ${code(a.command)} works. From now on use ${code(a.command)}.`
        : `From now on use ${code(a.command)}.`,
    );
  }
  if (a.verdict === 'not-found' && a.missingCommands.length) {
    parts.push(`Your terminal could not find ${a.missingCommands.map(code).join(', ')}.`);
    // A slip of the keys is the likeliest cause: retyping it costs less than reinstalling.
    for (const { typed, meant } of a.misspelt ?? []) {
      parts.push(`Check the spelling: ${code(typed)} looks like ${code(meant)}. Run ${code(`${meant} --version`)} and check what it prints; if that is not found either, the fix is below.`);
    }
  }

  if (a.verdict === 'unrecognized') {
    main = find(replyKeys.unrecognized);
    parts.push(main?.text.trim() || missingKeyLine(replyKeys.unrecognized));
  } else if (os) {
    const key = replyKeys.fix(a.verdict, os);
    main = find(key);
    parts.push(main?.text.trim() || missingKeyLine(key));
  } else if (a.verdict === 'ok') {
    // Nothing to fix; a general next-steps section is optional.
    main = find(replyKeys.okAnyOs);
    if (main) parts.push(main.text.trim());
  } else {
    parts.push('Which operating system are you on? The fix for each is below; pick yours to see the full steps.');
    fields = OSES.map((o) => {
      const key = replyKeys.fix(a.verdict, o);
      const section = find(key);
      return { name: OS_LABELS[o], value: section ? excerpt(section.text) : missingKeyLine(key) };
    });
    if (osButtons?.length) buttons = osButtons;
  }

  // "ok, but": a version that meets the workshop but not one of its tools gets each note and,
  // once per section, its fix. Organizers edit or delete the notes in knowledge front-matter.
  for (const warning of a.warnings) {
    parts.push(`⚠️ ${warning}`);
    const fix = notes.find((n) => n.text === warning)?.fix;
    if (fix && !used.includes(fix)) {
      used.push(fix);
      parts.push(fix.text.trim());
    }
  }
  if (!a.meets && a.verdict !== 'unrecognized' && os) parts.push(textFor(replyKeys.recheck(os)));

  const reply: Reply = {
    kind: 'python',
    title: truncate(verdictTitle(a), DISCORD.embedTitle),
    body: parts.join('\n\n'),
    visibility: 'private',
    data: {
      verdict: a.verdict,
      version: a.version,
      os: a.os,
      osSource: a.osSource,
      meets: a.meets,
      command: a.command,
      missingCommands: a.missingCommands,
      requirement: a.requirement,
      warnings: a.warnings,
      fixSections: used.map((s) => s.id),
    },
  };
  if (fields) reply.fields = fields;
  if (buttons) reply.buttons = buttons;
  if (used.length) reply.source = [...new Set(used.map((s) => s.source))].join(', ');
  const references = [...new Set(used.flatMap((s) => s.sources))];
  if (references.length) reply.references = references;
  if (main) reply.sectionId = main.id;
  return reply;
}
