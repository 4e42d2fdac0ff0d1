export { startFakeDiscord, FakeDiscord } from './server.js';
export type { FakeDiscordOptions, MessageCreateOptions, DispatchedMessage, ThreadCreateOptions, DispatchedThread } from './server.js';
export type { FakeIds, FakeMessage, FakeUser, FakeMember, FakeChannel, FakeRole, Json, UserKey, ChannelKey, MessageInput } from './fixtures.js';
export type {
  InteractionContext,
  SlashContext,
  AutocompleteContext,
  ComponentContext,
  ModalContext,
  SlashOptions,
  OptionInput,
  RawOption,
  InteractionHandle,
  InteractionResponse,
} from './interactions.js';
export type { RecordedRequest } from './recorder.js';
export type { AttachmentInput, CdnFile, FakeCdn } from './cdn.js';
export type { FailOptions, MethodFilter } from './rest.js';
export type { GatewayLogEntry, IdentifyRecord, RefuseMode } from './gateway.js';
export { SnowflakeGenerator, snowflakeTimestamp, isSnowflake } from './snowflake.js';
