import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Generates typed documents for the operations in src/resources/**\/queries.ts
 * (and the providers) from the schema the server emits.
 * `DOSSIER_SCHEMA` may point at another schema file.
 */
const config: CodegenConfig = {
  schema: process.env.DOSSIER_SCHEMA ?? '../server/schema.graphql',
  documents: ['src/**/queries.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: false,
        scalars: {
          ID: 'string',
          DateTime: 'string',
          DateTimeISO: 'string',
          JSON: 'unknown',
        },
      },
    },
  },
};

export default config;
