// Step 1 of the bench: make sure the dataset for this scale is in the bench database, reusing
// it when a previous run completed it, generating it otherwise.
import { benchTarget, dropDatabase, inspect, openWriter, writeMeta } from './db.mjs';
import { DATASET_VERSION, generateDataset, sizes } from './dataset.mjs';
import { startDossier } from './processes.mjs';

export async function ensureDataset(o, log) {
  const target = benchTarget(o);
  const found = await inspect(target);
  if (found.state === 'foreign') {
    throw new Error(
      `${target.label} holds ${found.tables} tables but no bench_meta: it is not a bench database, and the harness will not touch it. Set BENCH_DATABASE_URL to another database.`,
    );
  }
  const meta = found.meta;
  if (
    !o.regenerate &&
    found.state === 'bench' &&
    meta.version === DATASET_VERSION &&
    Number(meta.scale) === o.scale &&
    meta.complete === 'true'
  ) {
    log(
      `Dataset: reusing ${target.label} (scale ${o.scale}, generated ${meta.generated_at} in ${meta.seconds} s)`,
    );
    return { target, meta, reused: true };
  }
  if (found.state === 'bench') {
    log(
      `Dataset: ${target.label} holds ${meta.complete === 'true' ? `scale ${meta.scale} (${meta.version})` : 'an incomplete dataset'}; dropping it`,
    );
    await dropDatabase(target);
  }
  log(
    `Dataset: generating scale ${o.scale} into ${target.label}: ${JSON.stringify(sizes(o.scale))}`,
  );
  await (await openWriter(target)).close(); // creates the database
  await writeMeta(target, { version: DATASET_VERSION, scale: String(o.scale), complete: 'false' });

  // The real server runs the migrations and the first-start seed (dictionaries, roles, admin).
  log('  migrations and seed: starting the server once');
  const server = await startDossier({ databaseUrl: target.serverUrl, port: o.port, log });
  await server.stop();

  const db = await openWriter(target);
  let result;
  try {
    result = await generateDataset(db, o.scale, log);
  } finally {
    await db.close();
  }
  const done = {
    version: DATASET_VERSION,
    scale: String(o.scale),
    complete: 'true',
    generated_at: new Date().toISOString(),
    seconds: String(result.seconds),
    sizes: result.size,
  };
  await writeMeta(target, done);
  log(`Dataset: generated in ${result.seconds} s`);
  return { target, meta: done, reused: false };
}
