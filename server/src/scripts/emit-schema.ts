import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from '../schema';

/** Writes server/schema.graphql, the contract the admin console's codegen reads. */
buildAppSchema()
  .then((schema) => {
    const file = path.resolve(__dirname, '../../schema.graphql');
    writeFileSync(file, printSchema(lexicographicSortSchema(schema)) + '\n');
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
