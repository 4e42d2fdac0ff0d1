import { Routes, type Client } from 'discord.js';
import type { DiscordPayload } from './render.js';

/**
 * Posts a message through REST rather than a cached channel object, so replies work in channels
 * the client has not cached (threads, forum posts, DMs). Mentions are whatever the payload allows
 * (nothing unless a TA asked for one); replies never ping the author unless `pingAuthor`.
 */
export async function postMessage(client: Client, channelId: string, payload: DiscordPayload, replyTo?: string, pingAuthor = false): Promise<void> {
  await client.rest.post(Routes.channelMessages(channelId), {
    body: {
      content: payload.content,
      embeds: payload.embeds,
      components: payload.components,
      allowed_mentions: {
        parse: [],
        users: payload.allowedMentions.users ?? [],
        roles: payload.allowedMentions.roles ?? [],
        replied_user: pingAuthor,
      },
      ...(replyTo ? { message_reference: { message_id: replyTo, fail_if_not_exists: false } } : {}),
      ...(payload.files ? { attachments: payload.files.map((f, id) => ({ id, filename: f.name, ...(f.description ? { description: f.description } : {}) })) } : {}),
    },
    ...(payload.files ? { files: payload.files.map((f) => ({ name: f.name, data: f.attachment })) } : {}),
  });
}
