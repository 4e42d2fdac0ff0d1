/**
 * One normal form for error signatures and the messages they are looked for in: lower case,
 * typographic quotes as plain ones, every run of whitespace (terminal line wraps included) as
 * one space. Shared by the knowledge check and the search so both agree on what "the same" is.
 */
export function normalizeSignature(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
