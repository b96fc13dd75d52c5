import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules', 'out', 'dist', 'test-results', 'playwright-report', '.tmp', '.electron-native'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer is untrusted page code: it may reach the main process only through the contract.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The renderer talks to main only through the contract.' },
            { group: ['node:*'], message: 'Node built-ins do not exist in the renderer.' },
            {
              regex: String.raw`(^|/)src-main/(?!shared/)`,
              message: 'Only src-main/shared (contract and pure domain rules) may be imported by the renderer.',
            },
            {
              group: ['better-sqlite3', 'fs', 'path', 'child_process', 'os', 'crypto'],
              message: 'Node modules do not exist in the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    // Code shared with the renderer must stay free of Node and Electron too.
    files: ['src-main/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'node:*', 'better-sqlite3'], message: 'src-main/shared runs in the renderer too.' },
            { regex: String.raw`^\.\./\.\./`, message: 'src-main/shared may not import main-process code.' },
          ],
        },
      ],
    },
  },
);
