/** The limits issue 12 sets on images, and the one line a student reads when an image breaks one. */

/** Largest image accepted, in bytes (also the cap on an attachment download). */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Largest decoded size accepted, in pixels: checked from the header before decoding, and again by the decoder. */
export const MAX_IMAGE_PIXELS = 25_000_000;
/** Default per-image time limit (pre-processing and every OCR pass). */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** What a student is told; one line each, saying what to do next. */
export const REASONS = {
  tooLarge: 'That image is over 10 MB. Please crop the screenshot to the terminal window and send it again.',
  tooManyPixels: 'That image is too big to read (over 25 megapixels). Please crop the screenshot to the terminal window and send it again.',
  unsupported: 'I can read PNG, JPEG, WebP or GIF screenshots only. Please send a screenshot of your terminal, or paste the text.',
  broken: "I couldn't open that image: the file looks damaged or incomplete. Please take the screenshot again, or paste the text.",
  empty: 'That image is empty. Please send a screenshot of your terminal, or paste the text.',
  host: "I only read images posted on Discord itself, not links to other sites. Please attach the screenshot to your message.",
  download: "I couldn't download that image from Discord. Please try again in a minute, or paste the text.",
} as const;
