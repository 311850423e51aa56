import fs from 'node:fs'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'data',
      'dist',
      'web/dist',
      'web/src/shared/api/schema.d.ts',
      'server/db/migrations',
      '.drift-check',
      '.bench',
    ],
  },
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
    files: [
      'server/config.ts',
      '**/*.test.ts',
      '**/*.test-support.ts',
      'bench/**/*.ts',
      'e2e/**/*.ts',
      'faults/**/*.ts',
      'scripts/build-console.ts',
      'web/vite.config.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // the console: React in the browser, hooks checked by React's own rules
    files: ['web/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
  {
    // web/vite.config.ts runs in Node when the console is built; so does this file
    files: ['web/vite.config.ts', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // shared/ is what every feature builds on: it never reaches up into the app or into a feature
    files: ['web/src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(app|features)(/|$)',
              message: 'shared/ never imports from app/ or features/: move what both need into shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    // a feature module plugs into the app through its module.tsx; it never reaches into app/
    files: ['web/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+app(/|$)',
              message:
                'features/ never import from app/: what a feature needs from the frame lives in shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    // the app names the feature modules in one place, the list that router, menu and i18n loop over
    files: ['web/src/app/**/*.{ts,tsx}'],
    ignores: ['web/src/app/modules.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)features(/|$)',
              message: 'app/ names features only in app/modules.ts: loop over featureModules instead.',
            },
          ],
        },
      ],
    },
  },
  ...serverModuleBoundaries(),
  {
    // the database layer sits below the platform: it knows tables (schema.ts gathers them), not platform services
    files: ['server/db/**/*.ts'],
    ignores: ['server/db/schema.ts', 'server/db/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(platform|modules)(/|$)',
              message: 'server/db never imports the platform or a module.',
            },
          ],
        },
      ],
    },
  },
  {
    // the platform serves every module and depends on none
    files: ['server/platform/**/*.ts'],
    ignores: ['server/platform/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)modules(/|$)', message: 'server/platform never imports a module.' }] },
      ],
    },
  },
)

/**
 * A server module is used by the others through its index.ts only; a module's tables file may also reference another
 * module's tables, for foreign keys. One block a module, naming the others.
 */
function serverModuleBoundaries() {
  const names = fs
    .readdirSync(new URL('./server/modules', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  return names.map((name) => {
    const others = names.filter((other) => other !== name).join('|')
    return {
      files: [`server/modules/${name}/**/*.ts`],
      ignores: [`server/modules/${name}/**/*.tables.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: `(^|/)\\.\\./(${others})/(?!index(\\.ts)?$).+`,
                message: 'Use another module through its index.ts only.',
              },
            ],
          },
        ],
      },
    }
  })
}
