// ESLint (flat config) with typescript-eslint's type-aware rules. `npm run lint` must report
// nothing: warnings are not used, a rule is either an error or off.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'scratch/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Template literals with numbers are how log and reply lines are written.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `_name` marks a value deliberately left unused (a destructured-away field, an unused parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Control characters in regexes are deliberate: they strip them from untrusted input.
      'no-control-regex': 'off',
      // With noUncheckedIndexedAccess, `xs[i]!` right after a bounds check is the readable form.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `return void send()` and arrow bodies that return a void call are a house style, not a bug.
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests compare raw JSON from the loopback Discord with discord.js's enums on purpose.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // vitest's asymmetric matchers (expect.stringContaining...) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Teardown guards against a setup that failed half-way, which the types cannot know.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    // Temporary, for files other branches are rewriting while this config lands (engines, the
    // loopback Discord, the bench): each rule below has findings there, listed in the merge report.
    // Remove an entry once its owner has fixed the findings; new code elsewhere gets the full set.
    files: [
      'test/fake-discord/**',
      'bench/**',
    ],
    rules: {
      '@typescript-eslint/no-deprecated': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-plus-operands': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-useless-assignment': 'off',
      'prefer-const': 'off',
    },
  },
  {
    // Config files outside the TypeScript project: syntax rules only.
    files: ['**/*.js', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { projectService: false }, globals: { module: 'writable', require: 'readonly' } },
  },
);
