/**
 * The layering in ARCHITECTURE.md, checked in CI (`npm run deps`): imports point down only,
 * adapters -> commands (features) -> framework -> engines, and only the Discord adapter knows
 * discord.js.
 */
const ENGINES = '^src/(knowledge|search|python|store|ocr|text)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import loop makes two modules one; split out what both need.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'discord-js-only-in-discord-adapter',
      severity: 'error',
      comment: 'Features, framework and engines are transport-neutral; only src/adapters/discord talks to Discord.',
      from: { path: '^(src|commands)/', pathNot: '^src/adapters/discord/' },
      to: { path: '(^|/)node_modules/(discord\\.js|@discordjs|discord-api-types)/' },
    },
    {
      name: 'framework-not-to-features-or-adapters',
      severity: 'error',
      comment: 'The framework knows contracts, not the features or transports built on them.',
      from: { path: '^src/framework/' },
      to: { path: '^(commands|src/adapters)/' },
    },
    {
      name: 'engines-stay-below',
      severity: 'error',
      comment: 'Engines (knowledge, search, python, store, ocr) never import the framework, features or adapters.',
      from: { path: ENGINES },
      to: { path: '^(src/framework|commands|src/adapters)/' },
    },
    {
      name: 'features-not-to-adapters',
      severity: 'error',
      comment: 'A feature returns a reply model; how it is shown is the adapters\' business.',
      from: { path: '^commands/' },
      to: { path: '^src/adapters/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
