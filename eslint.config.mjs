import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['lib/', 'dist/', 'out/', '.bench/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['bin/**/*.js', 'scripts/**/*.js', 'test/stubs/*.js', '*.config.js', 'webpack.config.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The core runs in Node, the task pane, the ribbon and the web page's worker alike: no Node globals, and
    // nothing printed (a debugging line once broke the web page with "process is not defined").
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', 'require'],
      'no-console': 'error',
    },
  },
  {
    // The web page runs without Office: it and the UI it shares with the pane import nothing of the pane's
    // Office.js side (issue 21), so the page never carries, or calls, what only Excel has.
    files: ['src/web/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(taskpane|excel|office)(/|$)',
              message: 'The web page and src/ui import nothing from src/taskpane, src/excel or src/office.',
            },
          ],
        },
      ],
    },
  },
);
