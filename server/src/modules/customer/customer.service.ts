import type { CustomerKind } from '@dossier/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { InputProblems, notFound } from '../../common/errors/app-error';
import { parseOptionalId } from '../../common/ids';
import { listConnection } from '../../common/pagination/apply-list';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { inTransaction, updateVersioned } from '../../common/transaction';
import { applyCustomerScope } from '../access/access-policy';
import { Department } from '../department/department.entity';
import { BUILT_IN_BY_KEY } from '../field-definition/built-in-fields';
import { validateCard, type StoredValue } from '../field-definition/card-validator';
import type { FieldDefinition } from '../field-definition/field-definition.entity';
import { User } from '../user/user.entity';
import { CustomerFieldValue } from './customer-field-value.entity';
import { Customer } from './customer.entity';
import { cardValuesOf, CustomerList, type CreateCustomerInput, type UpdateCustomerInput } from './customer.inputs';

export class CustomerService {
  constructor(private readonly ds: DataSource) {}

  /** Customers the caller may read, filtered and paged in SQL. */
  async list(ctx: AppContext, args: ListArgsShape) {
    const qb = this.ds.getRepository(Customer).createQueryBuilder('c');
    applyCustomerScope(qb, ctx.caller, await this.departments());
    return listConnection(qb, args, CustomerList.spec, { property: 'id', direction: 'DESC' });
  }

  /** One readable customer; NOT_FOUND both when missing and when not readable. */
  async get(ctx: AppContext, id: number, em: EntityManager = this.ds.manager): Promise<Customer> {
    const qb = em.getRepository(Customer).createQueryBuilder('c').where('c.id = :id', { id });
    applyCustomerScope(qb, ctx.caller, await this.departments());
    const customer = await qb.getOne();
    if (!customer) throw notFound('Customer', id);
    return customer;
  }

  create(ctx: AppContext, input: CreateCustomerInput): Promise<Customer> {
    return inTransaction(ctx, async (em) => {
      const defs = await ctx.services.fields.forKind(input.kind);
      const problems = new InputProblems();
      const values = await validateCard(em, await ctx.loaders.dictionarySnapshot(), defs, { kind: input.kind, values: cardValuesOf(input), path: 'customer', locale: ctx.locale }, problems);
      const ownerId = parseOptionalId(input.ownerId, 'customer.ownerId') ?? ctx.caller?.userId ?? null;
      const owner = ownerId ? await em.findOneBy(User, { id: ownerId, active: true }) : null;
      if (ownerId && !owner) problems.add('customer.ownerId', 'unknownReference', { value: ownerId });
      problems.throwIfAny();
      const customer = em.create(Customer, { kind: input.kind, status: 'ACTIVE', ownerId, departmentId: owner?.departmentId ?? ctx.caller?.departmentId ?? null, ...builtInColumns(values, defs) });
      await em.save(customer);
      await writeCustomValues(em, customer.id, values, defs);
      await ctx.services.audit.record(em, ctx, { action: 'customer.create', entity: 'Customer', entityId: customer.id, diff: auditDiff(null, values) });
      return customer;
    });
  }

  update(ctx: AppContext, id: number, version: number, input: UpdateCustomerInput): Promise<Customer> {
    return inTransaction(ctx, async (em) => {
      const before = await this.get(ctx, id, em);
      const defs = await ctx.services.fields.forKind(before.kind, true);
      const current = await storedValues(em, before, defs);
      const problems = new InputProblems();
      const activeDefs = defs.filter((d) => d.active);
      const values = await validateCard(em, await ctx.loaders.dictionarySnapshot(), activeDefs, { kind: before.kind, values: cardValuesOf(input), current: { customerId: id, values: current }, path: 'update', locale: ctx.locale }, problems);
      problems.throwIfAny();
      await updateVersioned(em, Customer, id, version, { ...builtInColumns(values, defs), updatedAt: new Date() });
      await writeCustomValues(em, id, values, defs);
      await ctx.services.audit.record(em, ctx, { action: 'customer.update', entity: 'Customer', entityId: id, diff: auditDiff(current, values) });
      return (await em.findOneBy(Customer, { id }))!;
    });
  }

  private async departments() {
    return this.ds.getRepository(Department).find({ select: { id: true, parentId: true } });
  }
}

function builtInColumns(values: Map<string, StoredValue>, defs: FieldDefinition[]): Partial<Customer> {
  const row: Record<string, unknown> = {};
  for (const def of defs) {
    if (!def.builtIn || !values.has(def.key)) continue;
    row[BUILT_IN_BY_KEY.get(def.key)!.property] = values.get(def.key);
  }
  return row as Partial<Customer>;
}

/** Replaces the stored rows of every custom field present in `values`. */
async function writeCustomValues(em: EntityManager, customerId: number, values: Map<string, StoredValue>, defs: FieldDefinition[]) {
  for (const def of defs) {
    if (def.builtIn || !values.has(def.key)) continue;
    await em.delete(CustomerFieldValue, { customerId, fieldId: def.id });
    const value = values.get(def.key);
    if (value === null || value === undefined) continue;
    const rows = (Array.isArray(value) ? value : [value]).map((v) => {
      const row: Partial<CustomerFieldValue> = { customerId, fieldId: def.id, itemId: null, textValue: null, numberValue: null };
      if (def.type === 'SELECT' || def.type === 'MULTI_SELECT') row.itemId = v as number;
      else if (def.type === 'NUMBER' || def.type === 'RATING' || def.type === 'USER') row.numberValue = String(v);
      else row.textValue = String(v);
      return row;
    });
    if (rows.length) await em.insert(CustomerFieldValue, rows as never);
  }
}

/** The stored value of every field of a customer, by key (item ids for selects). */
export async function storedValues(em: EntityManager, customer: Customer, defs: FieldDefinition[]): Promise<Record<string, StoredValue>> {
  const out: Record<string, StoredValue> = {};
  const rows = await em.findBy(CustomerFieldValue, { customerId: customer.id });
  for (const def of defs) {
    if (def.builtIn) {
      const property = BUILT_IN_BY_KEY.get(def.key)?.property;
      if (property) out[def.key] = (customer as unknown as Record<string, StoredValue>)[property] ?? null;
      continue;
    }
    out[def.key] = customValue(def, rows.filter((r) => r.fieldId === def.id));
  }
  return out;
}

export function customValue(def: FieldDefinition, rows: CustomerFieldValue[]): StoredValue {
  if (!rows.length) return def.type === 'MULTI_SELECT' ? [] : null;
  if (def.type === 'MULTI_SELECT') return rows.map((r) => r.itemId!);
  const [row] = rows;
  if (def.type === 'SELECT') return row.itemId;
  if (def.type === 'NUMBER' || def.type === 'RATING' || def.type === 'USER') return Number(row.numberValue);
  if (def.type === 'BOOLEAN') return row.textValue === 'true';
  return row.textValue;
}

function auditDiff(before: Record<string, StoredValue> | null, values: Map<string, StoredValue>): Record<string, unknown> {
  const diff: Record<string, unknown> = {};
  for (const [key, to] of values) {
    const from = before ? (before[key] ?? null) : undefined;
    if (JSON.stringify(from) !== JSON.stringify(to)) diff[key] = before ? { from, to } : { to };
  }
  return diff;
}

export type { CustomerKind };
