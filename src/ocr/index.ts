/** Reading terminal screenshots: the transport-neutral OCR engine (issue 12). */
export { createOcrService, DEFAULT_PASSES, DEFAULT_QUEUE_LIMIT, type OcrServiceOptions } from './service.js';
export type { OcrOutcome, OcrReadOptions, OcrService, OcrStats } from './types.js';
export { checkAttachment, fetchAttachment, isAllowedImageUrl, DISCORD_CDN_HOSTS, type AttachmentInfo, type FetchOptions, type FetchOutcome } from './fetch.js';
export { repairTerminalText, REPAIRS } from './repair.js';
export { looksLikePython } from './looks-like.js';
export { validateImage, type ImageCheck } from './validate.js';
export { sniffImage, type ImageFormat } from './sniff.js';
export { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, DEFAULT_TIMEOUT_MS, REASONS } from './limits.js';
export { tesseractEngine, englishLangPath, type EngineFactory, type OcrEngine } from './engine.js';
