import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { sectionReply } from '../core/answer.js';
import type { Reply } from '../core/reply.js';
import { quoteUserText } from '../core/safe-text.js';
import { contextFor, runCommand } from '../core/services.js';
import type { BotContext } from './context.js';
import { decodeButton } from './custom-ids.js';
import { invokerOf } from './invoker.js';
import { coolingDown, payloadFor, replyError } from './respond.js';

const privately = (body: string): Reply => ({ kind: 'info', body, visibility: 'private' });

export async function onButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = decodeButton(interaction.customId);
  if (!action) {
    await replyError(interaction, 'That button no longer works; run the command again.');
    return;
  }
  if (await coolingDown(interaction, ctx)) return;
  const invoker = invokerOf(interaction, ctx.config.TA_ROLE_ID);
  const index = ctx.services.knowledge();
  const reply = async (r: Reply, part?: number) => interaction.reply(payloadFor(r, interaction, ctx, part));

  switch (action.kind) {
    case 'share': {
      const section = index.get(action.sectionId);
      if (!section) return void (await reply(privately('That section is no longer in the pre-work; try /ask again.')));
      // Public, with the sharer's name as plain text: nobody is pinged.
      const shared = sectionReply(section, 'public', '');
      const payload = payloadFor({ ...shared, actions: [] }, interaction, ctx);
      await interaction.reply({ ...payload, content: `Shared by ${quoteUserText(invoker.name, 60)}:` });
      return;
    }
    case 'more': {
      const section = index.get(action.sectionId);
      if (!section) return void (await reply(privately('That section is no longer in the pre-work; try /ask again.')));
      await reply({ ...sectionReply(section, 'private', ''), actions: [] }, action.part);
      return;
    }
    case 'vote': {
      const query = ctx.memos.get(action.memo)?.text ?? '';
      ctx.services.store.append({ type: 'feedback', at: new Date().toISOString(), userId: invoker.id, sectionId: action.sectionId, query, helpful: action.helpful });
      await reply(privately(action.helpful ? 'Thanks! Glad it helped.' : 'Thanks for telling us. A TA will see this question in /unanswered.'));
      return;
    }
    case 'ask-ta':
    case 'stuck':
      await pingTa(interaction, ctx, action.memo, invoker.name, action.kind === 'stuck');
      return;
    case 'solved':
      await interaction.update({ components: [], content: `✅ Marked as solved by ${quoteUserText(invoker.name, 60)}.`, allowedMentions: { parse: [] } });
      return;
    case 'os': {
      const memo = ctx.memos.get(action.memo);
      if (!memo) return void (await reply(privately('That paste has expired; run /check-python again.')));
      const command = ctx.registry.get('check-python')!;
      const result = await runCommand(command, { paste: memo.text, os: action.os }, contextFor(ctx.services, invoker, interaction.id));
      const { flags: _flags, ...payload } = payloadFor(result, interaction, ctx);
      await interaction.update(payload);
      return;
    }
    case 'topics': {
      const command = ctx.registry.get('topics')!;
      const result = await runCommand(command, { page: action.page }, contextFor(ctx.services, invoker, interaction.id));
      const { flags: _flags, ...payload } = payloadFor(result, interaction, ctx);
      await interaction.update(payload);
      return;
    }
  }
}

/** Posts one message in the channel that pings the TA role, once per question. */
async function pingTa(interaction: ButtonInteraction, ctx: BotContext, memoKey: string, name: string, stillStuck: boolean): Promise<void> {
  const memo = ctx.memos.get(memoKey);
  const roleId = ctx.config.TA_ROLE_ID;
  if (stillStuck && memo) {
    ctx.services.store.append({ type: 'unanswered', at: new Date().toISOString(), userId: interaction.user.id, query: memo.text });
  }
  if (!roleId) {
    await interaction.reply({ content: 'No TA role is set up for this server; please ask in the channel and a TA will help.', flags: MessageFlags.Ephemeral });
    return;
  }
  if (ctx.pinged.has(memoKey)) {
    await interaction.reply({ content: 'A TA has already been called for this question; they will be with you soon.', flags: MessageFlags.Ephemeral });
    return;
  }
  ctx.pinged.set(memoKey, true);
  const question = memo ? `: "${quoteUserText(memo.text, 300)}"` : '.';
  await interaction.reply({
    content: `<@&${roleId}> ${quoteUserText(name, 60)} needs a hand with a pre-work question${question}`,
    allowedMentions: { parse: [], roles: [roleId] },
  });
}
