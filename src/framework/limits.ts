/**
 * Discord's size limits, in one place (UTF-16 code units, as Discord counts), and the one
 * truncation every reply goes through. Discord rejects a string holding half of a surrogate pair
 * (an emoji cut in two), so no cut here ever separates a pair or lets a lone surrogate through.
 */
export const DISCORD = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedFooter: 2048,
  embedTotal: 6000,
  customId: 100,
  buttonsPerRow: 5,
  rows: 5,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandDescription: 100,
  optionString: 6000,
  modalTitle: 45,
  modalLabel: 45,
  modalText: 4000,
  modalComponents: 5,
  attachments: 10,
} as const;

const ELLIPSIS = '…';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone surrogates (never valid on their own) with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** The nearest index at or before `at` that does not fall between the two halves of a pair. */
export function safeCut(text: string, at: number): number {
  const i = Math.max(0, Math.min(at, text.length));
  if (i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i))) return i - 1;
  return i;
}

/**
 * At most `max` code units of `text`, marked with an ellipsis when cut (`ellipsis: ''` cuts
 * silently). `keep: 'end'` keeps the tail instead, for paths whose last part matters most.
 */
export function truncate(text: string, max: number, options: { ellipsis?: string; keep?: 'start' | 'end' } = {}): string {
  const clean = wellFormed(text);
  if (clean.length <= max) return clean;
  const mark = options.ellipsis ?? ELLIPSIS;
  const room = Math.max(0, max - mark.length);
  if (options.keep === 'end') {
    let from = clean.length - room;
    if (from > 0 && isLow(clean.charCodeAt(from)) && isHigh(clean.charCodeAt(from - 1))) from += 1;
    return mark + clean.slice(from);
  }
  return clean.slice(0, safeCut(clean, room)) + mark;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * At most `max` code units of a long text, keeping its start and its end with a marked gap: a
 * pasted log opens with the command that was run and closes with the error that stopped it.
 * `headShare` of the room goes to the start.
 */
export function headAndTail(text: string, max: number, headShare = 0.3): string {
  const clean = wellFormed(text);
  if (clean.length <= max) return clean;
  const gap = `\n${ELLIPSIS}\n`;
  const room = Math.max(0, max - gap.length);
  const head = Math.floor(room * headShare);
  return truncate(clean, head, { ellipsis: '' }) + gap + truncate(clean, room - head, { ellipsis: '', keep: 'end' });
}
