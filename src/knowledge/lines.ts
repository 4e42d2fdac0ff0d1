/** Newlines in a text: how far a token or block moves the line number of what follows it. */
export function countNewlines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
