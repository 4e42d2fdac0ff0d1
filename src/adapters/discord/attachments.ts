import type { Attachment, ReadonlyCollection } from 'discord.js';
import type { ImageInput } from '../../framework/options.js';

/** File names of images, for attachments Discord sent without a content type. */
const IMAGE_NAME = /\.(?:png|jpe?g|webp|gif|bmp|tiff?|heic|heif|avif)$/i;

/**
 * Whether an attachment on a message is an image the student meant the bot to see; a log file or a
 * zip is not. Images of a type the bot cannot read still count, so the student hears why.
 */
function isImage(a: Attachment): boolean {
  if (a.contentType) return a.contentType.toLowerCase().startsWith('image/');
  return IMAGE_NAME.test(a.name);
}

/** Discord's attachment as the features see it: where it is and what Discord says about it (checked again after download). */
export function imageInput(a: Attachment): ImageInput {
  return { kind: 'attachment', url: a.url, contentType: a.contentType, size: a.size, width: a.width, height: a.height, name: a.name };
}

/** The image attachments of a message, in the order they were posted. */
export function imagesOf(attachments: ReadonlyCollection<string, Attachment>): ImageInput[] {
  return [...attachments.values()].filter(isImage).map(imageInput);
}
