// Lint: typescript-eslint's recommended rules, plus the layer rules of DESIGN.md §5
// written as import restrictions so a wrong-way import fails `npm run lint`.
import tseslint from 'typescript-eslint';

const sdk = { group: ['@aws-sdk/*'], message: 'Only functions/data talks to DynamoDB (DESIGN.md §5).' };
const data = { group: ['**/data/*', '**/data'], message: 'Domain rules are pure: no imports from the data layer.' };
const upward = { group: ['**/graphql/*', '**/services/*'], message: 'Calls go one way: handler → server → resolvers → services → {domain, data}.' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'cdk.out/**', '.data/**', '**/*.generated.ts', 'coverage/**', 'web/dist/**', 'web/src/gql/**', 'test-output/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // graphql-codegen loads plugins with require(), so a plugin is CommonJS.
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { files: ['functions/domain/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [sdk, data, upward] }] } },
  { files: ['functions/services/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [sdk, { group: ['**/graphql/*'], message: upward.message }] }] } },
  { files: ['functions/graphql/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [sdk] }] } },
  {
    files: ['infra/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/functions/**', '!**/functions/data/', '!**/functions/data/tables'], message: 'infra knows handlers by entry path; it shares only the table spec.' }] }],
    },
  },
);
