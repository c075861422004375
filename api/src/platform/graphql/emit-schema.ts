import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from '../../schema';

const HEADER =
  '# Emitted from the api (type-graphql) by `npm run schema:emit`. Do not edit: change the code.\n\n';
const target = resolve(__dirname, '..', '..', '..', '..', 'schema.graphql');

/** Writes schema.graphql, or with --check fails when the committed file differs from what the code emits. */
const main = async (): Promise<void> => {
  const sdl = HEADER + printSchema(lexicographicSortSchema(await createSchema())) + '\n';
  if (process.argv.includes('--check')) {
    const committed = readFileSync(target, 'utf8');
    if (committed !== sdl) {
      process.stderr.write(
        'schema.graphql is stale: run `npm run schema:emit` and `npm run codegen`, then commit.\n',
      );
      process.exit(1);
    }
    process.stdout.write('schema.graphql is current\n');
    return;
  }
  writeFileSync(target, sdl);
  process.stdout.write(`wrote ${target}\n`);
};

void main();
