import type { Request } from 'express';
import {
  GraphQLObjectType,
  getNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller';
import type { AppContext } from '../context';
import { dialectOf, isUniqueViolation, toDbValue } from '../db-dialect';
import { AppError, conflict, notFound } from '../errors/app-error';
import { currentRequest } from '../request/request-context';
import { IdempotencyKey } from './idempotency-key.entity';

/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;
const MAX_KEY_LENGTH = 200;

/** A pending create under a key, recorded by the create's own transaction. */
export interface IdempotencyClaim {
  caller: string;
  keyHash: string;
  operation: string;
  requestHash: string;
  /** The entity class of the mutation's result. */
  entity: Function;
  /** Whether the access policy admits the replayed row to the caller now. */
  admits(row: Record<string, unknown>): Promise<boolean>;
  recorded: boolean;
}

/** The `Idempotency-Key` header, or null. */
export function idempotencyKeyOf(req: Request): string | null {
  const raw = req.headers['idempotency-key'];
  return typeof raw === 'string' ? raw : null;
}

/**
 * Makes every `createOne*` mutation idempotent under an `Idempotency-Key` header: a retry with
 * the same key by the same caller answers with the row the first attempt created (if it
 * committed) instead of creating another; the same key with other arguments is CONFLICT.
 * Mutations whose result is not a stored row (e.g. a new API key's one-time secret) ignore it.
 */
export function applyIdempotentCreates(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getMutationType()?.getFields() ?? {};
  for (const [name, field] of Object.entries(fields)) {
    if (!name.startsWith('createOne') || !field.resolve) continue;
    const resolve = field.resolve;
    field.resolve = (source, args, context: AppContext, info) =>
      idempotent(context, info, args, () => resolve(source, args, context, info));
  }
  return schema;
}

async function idempotent(
  context: AppContext,
  info: GraphQLResolveInfo,
  args: Record<string, unknown>,
  next: () => unknown,
): Promise<unknown> {
  const key = context.idempotencyKey;
  if (!key || !context.caller) return next();
  const entity = storedEntity(context.dataSource, info);
  if (!entity) return next();
  if (!/^[\x21-\x7e]+$/.test(key) || key.length > MAX_KEY_LENGTH)
    throw new AppError(
      'BAD_USER_INPUT',
      'idempotencyKeyInvalid',
      { max: MAX_KEY_LENGTH },
      { field: 'Idempotency-Key' },
    );
  const claim: IdempotencyClaim = {
    caller: callerKey(context.caller),
    keyHash: sha256(key),
    operation: info.fieldName,
    requestHash: sha256(stableJson(args)),
    entity,
    admits: (row) => admittedByPolicy(context, entity.name, row),
    recorded: false,
  };
  const store = currentRequest();
  if (!store) return next();
  // The resolver runs as usual (its permission check first); its transaction looks the key up.
  store.idempotency = claim;
  try {
    return await next();
  } catch (err) {
    // A concurrent attempt with the same key committed first: answer with its row.
    if (isUniqueViolation(err)) {
      const winner = await findClaim(context.dataSource, claim);
      if (winner) return replay(context.dataSource.manager, claim, winner);
    }
    throw err;
  } finally {
    store.idempotency = undefined;
  }
}

/** The row an earlier attempt under the same key created, as it is now; CONFLICT if it asked otherwise. */
async function replay(
  em: EntityManager,
  claim: IdempotencyClaim,
  previous: IdempotencyKey,
): Promise<unknown> {
  if (previous.operation !== claim.operation || previous.requestHash !== claim.requestHash)
    throw conflict('idempotencyKeyReused', {}, { field: 'Idempotency-Key' });
  const row = await em.getRepository(claim.entity).findOneBy({ id: Number(previous.resultId) });
  // A row the caller can no longer read (a customer transferred away since) looks missing.
  if (!row || !(await claim.admits(row as Record<string, unknown>)))
    throw notFound(claim.entity.name, previous.resultId);
  return row;
}

/**
 * A replayed row passes the same access policy as a fresh read: a customer, a contact, and rows
 * hanging off a customer (or, for relationship edges, both ends) must be readable by the caller
 * now. Rows about no customer were guarded by the mutation's own permission check.
 */
async function admittedByPolicy(
  ctx: AppContext,
  entityName: string,
  row: Record<string, unknown>,
): Promise<boolean> {
  if (!ctx.caller) return false;
  const readable = ctx.loaders.readableFor(ctx.caller);
  const id = Number(row.id);
  if (entityName === 'Customer') return readable.customers.load(id);
  if (entityName === 'Contact') return readable.contacts.load(id);
  if (typeof row.customerId === 'number') return readable.customers.load(row.customerId);
  if (typeof row.fromKind === 'string' && typeof row.toKind === 'string') {
    const end = (kind: unknown, endId: unknown) =>
      kind === 'CUSTOMER'
        ? readable.customers.load(Number(endId))
        : readable.contacts.load(Number(endId));
    return (await end(row.fromKind, row.fromId)) && (await end(row.toKind, row.toId));
  }
  return true;
}

/**
 * Runs a write transaction. When the request carries an unrecorded idempotency claim (a create
 * under an `Idempotency-Key`), an earlier attempt's row is answered instead of doing the work;
 * otherwise the claim is written inside the transaction, right after the work, with the id of
 * the row the work returned.
 */
export async function transactionRecordingClaim<T>(
  dataSource: DataSource,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const claim = currentRequest()?.idempotency;
  if (!claim || claim.recorded) return dataSource.transaction(work);
  const result = await dataSource.transaction(async (em) => {
    const previous = await findClaim(dataSource, claim);
    if (previous) return (await replay(em, claim, previous)) as T;
    const value = await work(em);
    const id = (value as { id?: unknown } | null)?.id;
    if (id !== undefined && id !== null) await recordClaim(em, claim, String(id));
    return value;
  });
  claim.recorded = true;
  return result;
}

/** Deletes keys older than the TTL (run now and then). */
export async function sweepExpiredIdempotencyKeys(dataSource: DataSource): Promise<void> {
  await dataSource
    .createQueryBuilder()
    .delete()
    .from(IdempotencyKey)
    .where('created_at < :cutoff', {
      cutoff: toDbValue(new Date(Date.now() - IDEMPOTENCY_TTL_MS), dialectOf(dataSource)),
    })
    .execute();
}

async function findClaim(
  dataSource: DataSource,
  claim: IdempotencyClaim,
): Promise<IdempotencyKey | null> {
  const row = await dataSource
    .getRepository(IdempotencyKey)
    .findOneBy({ caller: claim.caller, keyHash: claim.keyHash });
  if (!row || row.createdAt.getTime() >= Date.now() - IDEMPOTENCY_TTL_MS) return row;
  return null; // expired: recordClaim replaces it
}

async function recordClaim(em: EntityManager, claim: IdempotencyClaim, resultId: string) {
  await em
    .createQueryBuilder()
    .delete()
    .from(IdempotencyKey)
    .where('caller = :caller AND key_hash = :keyHash AND created_at < :cutoff', {
      caller: claim.caller,
      keyHash: claim.keyHash,
      cutoff: toDbValue(new Date(Date.now() - IDEMPOTENCY_TTL_MS), dialectOf(em.connection)),
    })
    .execute();
  await em.insert(IdempotencyKey, {
    caller: claim.caller,
    keyHash: claim.keyHash,
    operation: claim.operation,
    requestHash: claim.requestHash,
    resultId,
    createdAt: new Date(),
  });
}

/** The entity class behind the mutation's GraphQL return type, if it is a stored row. */
function storedEntity(dataSource: DataSource, info: GraphQLResolveInfo): Function | undefined {
  const type = getNamedType(info.returnType);
  if (!(type instanceof GraphQLObjectType)) return undefined;
  const meta = dataSource.entityMetadatas.find((m) => m.targetName === type.name);
  return meta && typeof meta.target === 'function' ? meta.target : undefined;
}

function callerKey(caller: Caller): string {
  return caller.kind === 'user' ? `user:${caller.userId}` : `apiKey:${caller.apiKeyId}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with object keys sorted, so equal arguments hash equally. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
