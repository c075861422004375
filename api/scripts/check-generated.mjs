// Fails when the clients' generated code (admin-web/src/generated, tenant-web/src/generated) is not what codegen.ts
// makes from the committed schema.graphql and the clients' operations. Generates in memory; writes nothing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
process.chdir(root);
const { config } = await loadCodegenConfig({ configFilePath: resolve(root, 'codegen.ts') });
const outputs = await generate({ ...config, cwd: root, silent: true }, false);
const stale = outputs.filter(({ filename, content }) => {
  try {
    return readFileSync(resolve(root, filename), 'utf8') !== content;
  } catch {
    return true;
  }
});
if (stale.length > 0) {
  process.stderr.write(
    `Generated client code is stale: ${stale.map((o) => o.filename).join(', ')}\nRun \`npm run codegen\` and commit.\n`,
  );
  process.exit(1);
}
process.stdout.write(`generated client code is current (${outputs.length} files)\n`);
