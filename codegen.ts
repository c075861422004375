import type { CodegenConfig } from '@graphql-codegen/cli';

const client = (app: string): CodegenConfig['generates'][string] => ({
  preset: 'client',
  documents: [`${app}/src/**/*.{ts,tsx}`, `!${app}/src/generated/**`],
  presetConfig: { fragmentMasking: false },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    skipTypename: false,
    scalars: { DateTime: 'string', JSON: 'unknown' },
  },
});

export const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'admin-web/src/generated/': client('admin-web'),
    'tenant-web/src/generated/': client('tenant-web'),
  },
};

export default config;
