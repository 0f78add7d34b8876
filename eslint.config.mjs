// ESLint 9 flat config: ESLint's recommended rules, Next's (React, React hooks, Next, jsx-a11y,
// import), typescript-eslint with type information, a few house rules, and eslint-config-prettier
// last: formatting is Prettier's.
import js from '@eslint/js'
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'
import tseslint from 'typescript-eslint'

// The type-aware rules build the whole TypeScript program: ~50 s for the project instead of ~20 s,
// and ~15 s even for one file. The pre-commit hook sets ESLINT_TYPED=0; `npm run lint` and
// `npm test` keep them.
const typed = process.env.ESLINT_TYPED !== '0'

const TS = ['**/*.ts', '**/*.tsx']

const typeAware = [
  ...tseslint.configs.recommendedTypeCheckedOnly.map((config) => ({ ...config, files: TS })),
  {
    files: TS,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Async functions without await are how Next's and Payload's async signatures are met.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // A test reads JSON answers whose shape it then asserts; an explicit `any` is still reported.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
]

// Pure logic in src/domain: no framework, and nothing from the app around it.
const domainIsPure = {
  files: ['src/domain/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [
              'payload',
              'payload/*',
              '@payloadcms/*',
              'next',
              'next/*',
              'react',
              'react/*',
              'react-dom',
            ],
            message: 'src/domain is pure logic without framework imports.',
          },
        ],
      },
    ],
    'import/no-restricted-paths': [
      'error',
      {
        zones: [
          {
            target: './src/domain',
            from: ['./src', './app', './collections', './hooks', './access', './scripts'],
            except: ['./domain'],
            message: 'src/domain imports only from src/domain and libraries.',
          },
        ],
      },
    ],
  },
}

// `as never` and `as unknown as` silence the type checker instead of typing the value. Where a
// library's types are wrong, the line says so: `// eslint-disable-next-line no-restricted-syntax -- why`.
const CAST_MESSAGE =
  "Type the value instead of casting it away; where a library's types are wrong, disable this line with the reason (see CONTRIBUTING.md)."
const noCastsAway = {
  files: TS,
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: 'TSAsExpression > TSNeverKeyword.typeAnnotation',
        message: `No \`as never\`. ${CAST_MESSAGE}`,
      },
      {
        selector: 'TSAsExpression > TSAsExpression.expression > TSUnknownKeyword.typeAnnotation',
        message: `No \`as unknown as\`. ${CAST_MESSAGE}`,
      },
    ],
  },
}

// Named exports, except where Next or a tool asks for a default export.
const namedExports = [
  { rules: { 'import/no-default-export': 'error' } },
  {
    files: ['app/**', '*.config.{ts,mjs}', 'src/payload.config.ts', '**/cache-handler.mjs'],
    rules: { 'import/no-default-export': 'off' },
  },
]

const config = [
  {
    ignores: [
      '.next/**',
      '.data/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'src/payload-types.ts',
      'app/(payload)/admin/importMap.js',
      'src/migrations/*.json',
    ],
  },
  js.configs.recommended,
  ...nextCoreWebVitals,
  ...nextTypescript,
  ...(typed ? typeAware : []),
  {
    rules: {
      // Type-only imports are erased at build time and keep server code out of client bundles.
      // `typeof import('leaflet')` stays allowed: it types a module that is loaded lazily.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-unused-expressions': 'error',
      // The site links with plain <a> on purpose (server-rendered, cached pages; see
      // src/components/search/Pagination.tsx); the rule also flags links to /api and /admin.
      '@next/next/no-html-link-for-pages': 'off',
      // Payload makes the image renditions and next.config.mjs sets images.unoptimized.
      '@next/next/no-img-element': 'off',
    },
  },
  domainIsPure,
  noCastsAway,
  ...namedExports,
  {
    // Payload writes these (`payload migrate:create`): unused `{ payload, req }` and value imports
    // of its argument types come with the template.
    files: ['src/migrations/**'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none' }],
    },
  },
  prettier,
]

export default config
