import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'dist', 'web', 'server/db/migrations', '.drift-check', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in server/config.ts only.' },
      ],
    },
  },
  {
    // the console build sets NODE_ENV for Vite, which reads it from the environment
    files: ['server/config.ts', '**/*.test.ts', 'bench/**/*.ts', 'e2e/**/*.ts', 'scripts/build-console.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
)
