import { PermissionFlagsBits, type Interaction } from 'discord.js';
import type { Invoker } from '../../framework/command.js';

/** Who is asking, and whether they count as a TA (the TA role, or Manage Messages in the server). */
export function invokerOf(interaction: Interaction, taRoleId: string | undefined): Invoker {
  const member = interaction.member;
  const roles: readonly string[] = !member ? [] : Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  const isTA = interaction.inGuild() && ((taRoleId !== undefined && roles.includes(taRoleId)) || interaction.memberPermissions.has(PermissionFlagsBits.ManageMessages));
  const nick = member && 'nick' in member && typeof member.nick === 'string' ? member.nick : null;
  return { id: interaction.user.id, name: nick ?? interaction.user.globalName ?? interaction.user.username, isTA };
}
