import type { CustomerKind } from '@dossier/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import {
  badInput,
  conflict,
  forbidden,
  InputProblems,
  notFound,
} from '../../common/errors/app-error';
import { assertLength, charLength, REASON_MAX, VARCHAR } from '../../common/limits';
import { can } from '../../common/auth/caller';
import { parseOptionalId } from '../../common/ids';
import { listConnection } from '../../common/pagination/apply-list';
import { escapeLike } from '../../common/db-dialect';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { inTransaction, updateVersioned } from '../../common/transaction';
import { OWN_ACCESS_PATHS, type AccessMode } from '../access/access-policy';
import { customerPredicate, scopedCustomers, unscoped } from '../access/scoped-reads';
import { AccessLevel, CustomerMember } from './customer-member.entity';
import { BUILT_IN_BY_KEY } from '../field-definition/built-in-fields';
import { validateCard, type StoredValue } from '../field-definition/card-validator';
import type { FieldDefinition } from '../field-definition/field-definition.entity';
import { User } from '../user/user.entity';
import { AppError } from '../../common/errors/app-error';
import type { DictionarySnapshot } from '../dictionary/dictionary.snapshot';
import { CustomerFieldValue } from './customer-field-value.entity';
import { indexNewCustomerName, nameCandidates, reindexCustomerNames } from './customer-name-search';
import { indexNewCustomerMatchKeys, reindexCustomerMatchKeys } from './customer-match-keys';
import { CustomerFormerName, CustomerHistory } from './customer-history.entity';
import { recordChanges, type FieldChangeInput } from './field-history';
import type { SensitiveUniqueProbe, UniqueProbeGuard } from './unique-probe';
import { Customer, CustomerStatus } from './customer.entity';
import {
  cardValuesOf,
  CustomerList,
  type CreateCustomerInput,
  type UpdateCustomerInput,
} from './customer.inputs';

export class CustomerService {
  constructor(
    private readonly ds: DataSource,
    private readonly uniqueProbes: UniqueProbeGuard,
  ) {}

  /** Customers the caller may read, filtered and paged in SQL. */
  async list(ctx: AppContext, args: ListArgsShape & { search?: string | null }, countNow = false) {
    const sensitive = await ctx.services.sensitive.customerSensitiveKeys(ctx);
    ctx.services.sensitive.refuseSensitiveFilters(ctx, args, sensitive);
    const qb = await scopedCustomers(ctx, { shape: 'list' });
    const search = args.search?.trim();
    if (search) {
      // Quick search: name or former name contains, number starts with; phone starts with only where the caller sees phones in clear.
      const params: Record<string, unknown> = {
        contains: `%${escapeLike(search)}%`,
        prefix: `${escapeLike(search)}%`,
      };
      const terms = [
        `c.name LIKE :contains ESCAPE '!'`,
        `c.number LIKE :prefix ESCAPE '!'`,
        `EXISTS (SELECT 1 FROM customer_former_name fn WHERE fn.customer_id = c.id AND fn.name LIKE :contains ESCAPE '!')`,
      ];
      const phoneClear = !sensitive.has('phone') || ctx.services.sensitive.clearEverywhere(ctx);
      const phoneSearch = phoneClear || ctx.caller?.sensitiveLevel === 'EDIT';
      if (phoneClear) terms.push(`c.phone LIKE :prefix ESCAPE '!'`);
      else if (phoneSearch) {
        const editable = await customerPredicate(ctx, 'c', { mode: 'edit' });
        terms.push(`(c.phone LIKE :prefix ESCAPE '!' AND ${editable.sql})`);
        Object.assign(params, editable.params);
      }
      qb.andWhere(`(${terms.join(' OR ')})`, params);
      // Candidates first, each through its own index (name pieces, number, phone); the terms above decide.
      const names = nameCandidates(search);
      if (names) {
        const sets = [
          names.sql,
          `SELECT sn.id AS id FROM customer sn WHERE sn.number LIKE :prefix ESCAPE '!'`,
        ];
        if (phoneSearch)
          sets.push(`SELECT sp.id AS id FROM customer sp WHERE sp.phone LIKE :prefix ESCAPE '!'`);
        qb.andWhere(
          `c.id IN (SELECT search_ids.id FROM (${sets.join(' UNION ')}) search_ids)`,
          names.params,
        );
      }
    }
    return listConnection(
      qb,
      args,
      CustomerList.spec,
      { property: 'id', direction: 'DESC' },
      countNow,
    );
  }

  /** One readable customer; NOT_FOUND both when missing and when not readable. */
  async get(
    ctx: AppContext,
    id: number,
    em: EntityManager = this.ds.manager,
    mode: AccessMode = 'read',
  ): Promise<Customer> {
    const customer = await (
      await scopedCustomers(ctx, { em, mode })
    )
      .andWhere('c.id = :id', { id })
      .getOne();
    if (customer) return customer;
    // Readable but not editable is FORBIDDEN; anything else looks exactly like a missing id.
    if (mode !== 'read') {
      const readable = (await scopedCustomers(ctx, { em })).andWhere('c.id = :id', { id });
      if (await readable.getExists())
        throw forbidden(mode === 'grant' ? 'access.grant' : 'customer.edit');
    }
    throw notFound('Customer', id);
  }

  /**
   * An editable customer whose team or owner the caller may change: that needs edit access of
   * their own (scope, ownership, rule). Access that came from a grant or the team is FORBIDDEN
   * here (the caller can read the record), so nobody extends what was shared with them.
   */
  async getForSharing(ctx: AppContext, id: number, em: EntityManager): Promise<Customer> {
    const customer = await this.get(ctx, id, em, 'edit');
    const own = await (
      await scopedCustomers(ctx, { em, mode: 'edit', paths: OWN_ACCESS_PATHS })
    )
      .andWhere('c.id = :id', { id })
      .getExists();
    if (!own)
      throw new AppError('FORBIDDEN', 'ownAccessNeeded', {}, { permission: 'customer.update' });
    return customer;
  }

  async create(ctx: AppContext, input: CreateCustomerInput): Promise<Customer> {
    const year = new Date().getFullYear();
    await ctx.services.numbering.prepare(input.kind, year);
    return this.uniqueProbes.guard(ctx, null, (probe) =>
      inTransaction(ctx, async (em) => {
        const defs = await ctx.services.fields.forKind(input.kind);
        const problems = new InputProblems();
        const values = await validateCard(
          em,
          await ctx.loaders.dictionarySnapshot(),
          defs,
          {
            kind: input.kind,
            values: cardValuesOf(input),
            path: 'customer',
            locale: ctx.locale,
            uniqueProbe: probe,
          },
          problems,
        );
        const ownerId =
          parseOptionalId(input.ownerId, 'customer.ownerId') ?? ctx.caller?.userId ?? null;
        const owner = ownerId ? await em.findOneBy(User, { id: ownerId, active: true }) : null;
        if (ownerId && !owner)
          problems.add('customer.ownerId', 'unknownReference', { value: ownerId });
        problems.throwIfAny();
        const number = await ctx.services.numbering.next(em, input.kind, year);
        const customer = em.create(Customer, {
          kind: input.kind,
          number,
          status: CustomerStatus.ACTIVE,
          ownerId,
          departmentId: owner?.departmentId ?? ctx.caller?.departmentId ?? null,
          ...builtInColumns(values, defs),
        });
        await em.save(customer);
        await indexNewCustomerName(em, customer.id, customer.name);
        await indexNewCustomerMatchKeys(em, customer.id, customer);
        await writeCustomValues(em, customer.id, values, defs);
        await ctx.services.audit.record(em, ctx, {
          action: 'customer.create',
          entity: 'Customer',
          entityId: customer.id,
          diff: auditDiff(null, values),
        });
        return customer;
      }),
    );
  }

  /**
   * Applies the card fields the caller may change directly. Without `change.approve`, changes to
   * protected fields become one change request against the version this update leaves behind;
   * the result's `submittedChangeRequest` says which part that was.
   */
  update(
    ctx: AppContext,
    id: number,
    version: number,
    input: UpdateCustomerInput,
    reason: string | null = null,
  ): Promise<Customer> {
    return this.uniqueProbes.guard(ctx, id, (probe) =>
      inTransaction(ctx, async (em) => {
        // Authenticated (resolver), the record (hidden = missing), the version, then the input.
        const before = await this.get(ctx, id, em, 'edit');
        if (before.version !== version)
          throw conflict('versionConflict', {}, { id: String(id), version });
        assertLength('input.reason', reason, REASON_MAX);
        const defs = await ctx.services.fields.forKind(before.kind, true);
        const current = await storedValues(em, before, defs);
        const values = await this.validated(
          ctx,
          em,
          before,
          defs,
          current,
          cardValuesOf(input),
          'update',
          probe,
        );
        const held = can(ctx.caller, 'change.approve')
          ? []
          : [...values.keys()].filter(
              (key) =>
                defs.find((d) => d.key === key)?.protected &&
                JSON.stringify(values.get(key)) !== JSON.stringify(current[key] ?? null),
            );
        const proposed = Object.fromEntries(held.map((key) => [key, cardValuesOf(input)[key]]));
        const snap = await ctx.loaders.dictionarySnapshot();
        const diff = Object.fromEntries(
          held.map((key) => [
            key,
            {
              from: display(snap, defs, key, current[key]),
              to: display(snap, defs, key, values.get(key)),
            },
          ]),
        );
        for (const key of held) values.delete(key);
        let base = version;
        if (values.size) {
          await this.writeCard(ctx, em, before, version, values, defs, current, reason);
          base = version + 1;
        } else if (before.version !== version)
          throw conflict('versionConflict', {}, { id: String(id), version });
        const submitted = held.length
          ? await ctx.services.changeRequests.submit(
              ctx,
              em,
              before,
              base,
              proposed,
              diff,
              reason,
              'input.reason',
            )
          : null;
        return Object.assign((await unscoped(em).findOneBy(Customer, { id }))!, {
          submittedChangeRequest: submitted,
        });
      }),
    );
  }

  /** Validates card values (built-in and custom) against the active template, throwing every problem at once. */
  async validated(
    ctx: AppContext,
    em: EntityManager,
    before: Customer,
    defs: FieldDefinition[],
    current: Record<string, StoredValue>,
    input: Record<string, unknown>,
    path: string,
    uniqueProbe?: SensitiveUniqueProbe,
  ) {
    const problems = new InputProblems();
    const values = await validateCard(
      em,
      await ctx.loaders.dictionarySnapshot(),
      defs.filter((d) => d.active),
      {
        kind: before.kind,
        values: input,
        current: { customerId: before.id, values: current },
        path,
        locale: ctx.locale,
        uniqueProbe,
      },
      problems,
    );
    problems.throwIfAny();
    return values;
  }

  /** Writes validated card values with the version check, history and audit. */
  async writeCard(
    ctx: AppContext,
    em: EntityManager,
    before: Customer,
    version: number,
    values: Map<string, StoredValue>,
    defs: FieldDefinition[],
    current: Record<string, StoredValue>,
    reason: string | null,
  ) {
    const id = before.id;
    await updateVersioned(em, Customer, id, version, {
      ...builtInColumns(values, defs),
      updatedAt: new Date(),
    });
    await writeCustomValues(em, id, values, defs);
    if (values.has('name') && values.get('name') !== before.name) {
      await em.insert(CustomerFormerName, {
        customerId: id,
        name: before.name,
        usedUntil: new Date(),
        reason,
      });
      await reindexCustomerNames(em, [id]);
    }
    if (
      (['name', 'phone', 'mobile'] as const).some(
        (key) => values.has(key) && (values.get(key) ?? null) !== before[key],
      )
    )
      await reindexCustomerMatchKeys(em, [id]);
    const snap = await ctx.loaders.dictionarySnapshot();
    await recordHistory(
      em,
      ctx,
      id,
      [...values].map(([key, to]) => ({
        field: key,
        from: display(snap, defs, key, current[key]),
        to: display(snap, defs, key, to),
      })),
      reason,
    );
    await ctx.services.audit.record(em, ctx, {
      action: 'customer.update',
      entity: 'Customer',
      entityId: id,
      diff: { ...auditDiff(current, values), ...(reason ? { reason } : {}) },
    });
  }

  /** Renames, keeping the old name as a former name (searchable) and in the history. */
  rename(
    ctx: AppContext,
    id: number,
    newName: string,
    reason: string | null,
    version?: number,
  ): Promise<Customer> {
    assertLength('reason', reason, REASON_MAX);
    return inTransaction(ctx, async (em) => {
      const before = await this.get(ctx, id, em, 'edit');
      if (version !== undefined && version !== before.version)
        throw conflict('versionConflict', {}, { id: String(id), version });
      const name = newName.trim();
      if (!name)
        throw new AppError('BAD_USER_INPUT', 'required', { field: 'name' }, { field: 'newName' });
      if (charLength(name) > VARCHAR.customer.name)
        throw new AppError(
          'BAD_USER_INPUT',
          'tooLong',
          { field: 'name', max: VARCHAR.customer.name },
          { field: 'newName' },
        );
      if (name === before.name) return before;
      if (!can(ctx.caller, 'change.approve')) {
        const submitted = await ctx.services.changeRequests.submit(
          ctx,
          em,
          before,
          before.version,
          { name },
          { name: { from: before.name, to: name } },
          reason,
          'reason',
        );
        return Object.assign(before, { submittedChangeRequest: submitted });
      }
      await updateVersioned(em, Customer, id, version ?? before.version, {
        name,
        updatedAt: new Date(),
      });
      await em.insert(CustomerFormerName, {
        customerId: id,
        name: before.name,
        usedUntil: new Date(),
        reason,
      });
      await reindexCustomerNames(em, [id]);
      await reindexCustomerMatchKeys(em, [id]);
      await recordHistory(em, ctx, id, [{ field: 'name', from: before.name, to: name }], reason);
      await ctx.services.audit.record(em, ctx, {
        action: 'customer.rename',
        entity: 'Customer',
        entityId: id,
        diff: { name: { from: before.name, to: name }, reason },
      });
      return (await unscoped(em).findOneBy(Customer, { id }))!;
    });
  }

  /** Soft delete: the row stays, hidden from every read, and admins can restore it. */
  delete(ctx: AppContext, id: number): Promise<Customer> {
    return inTransaction(ctx, async (em) => {
      const customer = await this.get(ctx, id, em, 'edit');
      await em.softDelete(Customer, { id });
      await recordHistory(em, ctx, id, [{ field: 'deleted', from: null, to: 'true' }], null);
      await ctx.services.audit.record(em, ctx, {
        action: 'customer.delete',
        entity: 'Customer',
        entityId: id,
        diff: { number: customer.number, name: customer.name },
      });
      return customer;
    });
  }

  restore(ctx: AppContext, id: number): Promise<Customer> {
    return inTransaction(ctx, async (em) => {
      // Restoring needs edit access to the deleted customer; a hidden one is NOT_FOUND like a missing one.
      const customer = await (
        await scopedCustomers(ctx, { em, mode: 'edit' })
      )
        .withDeleted()
        .andWhere('c.id = :id', { id })
        .getOne();
      if (!customer || !customer.deletedAt) throw notFound('Customer', id);
      await em.restore(Customer, { id });
      await recordHistory(em, ctx, id, [{ field: 'deleted', from: 'true', to: null }], null);
      await ctx.services.audit.record(em, ctx, {
        action: 'customer.restore',
        entity: 'Customer',
        entityId: id,
      });
      return (await unscoped(em).findOneBy(Customer, { id }))!;
    });
  }

  /** Adds or changes a team member. */
  setMember(ctx: AppContext, customerId: number, userId: number, level: AccessLevel) {
    return inTransaction(ctx, async (em) => {
      await this.getForSharing(ctx, customerId, em);
      if (userId === ctx.caller?.userId)
        throw new AppError('BAD_USER_INPUT', 'grantToSelf', {}, { field: 'userId' });
      if (!(await em.existsBy(User, { id: userId, active: true })))
        throw new AppError(
          'BAD_USER_INPUT',
          'unknownUser',
          { field: 'userId' },
          { field: 'userId' },
        );
      // The customer was admitted by getForSharing; its team rows follow it.
      const existing = await unscoped(em).findOneBy(CustomerMember, { customerId, userId });
      if (existing) await em.update(CustomerMember, { customerId, userId }, { level });
      else await em.insert(CustomerMember, { customerId, userId, level, addedAt: new Date() });
      await recordHistory(
        em,
        ctx,
        customerId,
        [
          {
            field: 'member',
            from: existing ? `${userId}:${existing.level}` : null,
            to: `${userId}:${level}`,
          },
        ],
        null,
      );
      await ctx.services.audit.record(em, ctx, {
        action: 'customer.member.set',
        entity: 'Customer',
        entityId: customerId,
        diff: { userId, level: { from: existing?.level ?? null, to: level } },
      });
      return unscoped(em).findBy(CustomerMember, { customerId });
    });
  }

  removeMember(ctx: AppContext, customerId: number, userId: number) {
    return inTransaction(ctx, async (em) => {
      await this.getForSharing(ctx, customerId, em);
      // The customer was admitted by getForSharing; its team rows follow it.
      const existing = await unscoped(em).findOneBy(CustomerMember, { customerId, userId });
      if (!existing) throw badInput('userId', 'notAMember');
      await em.delete(CustomerMember, { customerId, userId });
      await recordHistory(
        em,
        ctx,
        customerId,
        [{ field: 'member', from: `${userId}:${existing.level}`, to: null }],
        null,
      );
      await ctx.services.audit.record(em, ctx, {
        action: 'customer.member.remove',
        entity: 'Customer',
        entityId: customerId,
        diff: { userId },
      });
      return unscoped(em).findBy(CustomerMember, { customerId });
    });
  }

  /** Hands the customer to a new owner (and their department); the previous owner may stay on the team. The owner is protected. */
  transferOwner(
    ctx: AppContext,
    customerId: number,
    ownerId: number,
    keepPreviousAs: AccessLevel | null,
    reason: string | null,
    version?: number,
  ) {
    assertLength('reason', reason, REASON_MAX);
    return inTransaction(ctx, async (em) => {
      const customer = await this.getForSharing(ctx, customerId, em);
      if (version !== undefined && version !== customer.version)
        throw conflict('versionConflict', {}, { id: String(customerId), version });
      const owner = await em.findOneBy(User, { id: ownerId, active: true });
      if (!owner)
        throw new AppError(
          'BAD_USER_INPUT',
          'unknownUser',
          { field: 'ownerId' },
          { field: 'ownerId' },
        );
      if (!can(ctx.caller, 'change.approve')) {
        const diff = {
          ownerId: {
            from: customer.ownerId === null ? null : String(customer.ownerId),
            to: String(ownerId),
          },
        };
        const submitted = await ctx.services.changeRequests.submit(
          ctx,
          em,
          customer,
          customer.version,
          { ownerId, keepPreviousAs },
          diff,
          reason,
          'reason',
        );
        return Object.assign(customer, { submittedChangeRequest: submitted });
      }
      await this.writeTransfer(ctx, em, customer, owner, keepPreviousAs, reason);
      return (await unscoped(em).findOneBy(Customer, { id: customerId }))!;
    });
  }

  async writeTransfer(
    ctx: AppContext,
    em: EntityManager,
    customer: Customer,
    owner: User,
    keepPreviousAs: AccessLevel | null,
    reason: string | null,
  ) {
    const customerId = customer.id;
    const ownerId = owner.id;
    await updateVersioned(em, Customer, customerId, customer.version, {
      ownerId,
      departmentId: owner.departmentId,
      updatedAt: new Date(),
    });
    await em.delete(CustomerMember, { customerId, userId: ownerId });
    if (keepPreviousAs && customer.ownerId && customer.ownerId !== ownerId) {
      await em.delete(CustomerMember, { customerId, userId: customer.ownerId });
      await em.insert(CustomerMember, {
        customerId,
        userId: customer.ownerId,
        level: keepPreviousAs,
        addedAt: new Date(),
      });
    }
    await recordHistory(
      em,
      ctx,
      customerId,
      [
        {
          field: 'ownerId',
          from: customer.ownerId === null ? null : String(customer.ownerId),
          to: String(ownerId),
        },
        {
          field: 'departmentId',
          from: customer.departmentId === null ? null : String(customer.departmentId),
          to: owner.departmentId === null ? null : String(owner.departmentId),
        },
      ],
      reason,
    );
    await ctx.services.audit.record(em, ctx, {
      action: 'customer.transfer',
      entity: 'Customer',
      entityId: customerId,
      diff: { ownerId: { from: customer.ownerId, to: ownerId }, keepPreviousAs, reason },
    });
  }

  /** Moves a customer between ACTIVE, DORMANT (交易中断) and ARCHIVED; archives are never dropped. */
  setStatus(
    ctx: AppContext,
    id: number,
    status: CustomerStatus,
    reason: string | null,
    version?: number,
  ) {
    assertLength('reason', reason, REASON_MAX);
    return inTransaction(ctx, async (em) => {
      const before = await this.get(ctx, id, em, 'edit');
      if (version !== undefined && version !== before.version)
        throw conflict('versionConflict', {}, { id: String(id), version });
      if (before.status === status) return before;
      await updateVersioned(em, Customer, id, version ?? before.version, {
        status,
        updatedAt: new Date(),
      });
      await recordHistory(
        em,
        ctx,
        id,
        [{ field: 'status', from: before.status, to: status }],
        reason,
      );
      await ctx.services.audit.record(em, ctx, {
        action: 'customer.status',
        entity: 'Customer',
        entityId: id,
        diff: { status: { from: before.status, to: status }, reason },
      });
      return (await unscoped(em).findOneBy(Customer, { id }))!;
    });
  }

  /** Resolved under a customer the policy already admitted (Customer.history). */
  history(customerId: number) {
    return unscoped(this.ds)
      .getRepository(CustomerHistory)
      .find({ where: { customerId }, order: { at: 'DESC', id: 'DESC' }, take: 200 });
  }
}

/** A stored value as history shows it: item codes for selects, text for the rest. */
export function display(
  snap: DictionarySnapshot,
  defs: FieldDefinition[],
  key: string,
  value: StoredValue | undefined,
): string | null {
  if (value === null || value === undefined) return null;
  const def = defs.find((d) => d.key === key);
  if (def?.type === 'SELECT' && typeof value === 'number')
    return snap.itemById.get(value)?.code ?? String(value);
  if (def?.type === 'MULTI_SELECT' && Array.isArray(value))
    return value
      .map((id) => snap.itemById.get(id)?.code ?? String(id))
      .sort()
      .join(', ');
  return String(value);
}

function recordHistory(
  em: EntityManager,
  ctx: AppContext,
  customerId: number,
  changes: FieldChangeInput[],
  reason: string | null,
) {
  return recordChanges(em, ctx, { customerId }, changes, reason);
}

function builtInColumns(
  values: Map<string, StoredValue>,
  defs: FieldDefinition[],
): Partial<Customer> {
  const row: Record<string, unknown> = {};
  for (const def of defs) {
    if (!def.builtIn || !values.has(def.key)) continue;
    row[BUILT_IN_BY_KEY.get(def.key)!.property] = values.get(def.key);
  }
  return row as Partial<Customer>;
}

/** Replaces the stored rows of every custom field present in `values`. */
async function writeCustomValues(
  em: EntityManager,
  customerId: number,
  values: Map<string, StoredValue>,
  defs: FieldDefinition[],
) {
  for (const def of defs) {
    if (def.builtIn || !values.has(def.key)) continue;
    await em.delete(CustomerFieldValue, { customerId, fieldId: def.id });
    const value = values.get(def.key);
    if (value === null || value === undefined) continue;
    const rows = (Array.isArray(value) ? value : [value]).map((v) => {
      const row: Partial<CustomerFieldValue> = {
        customerId,
        fieldId: def.id,
        itemId: null,
        textValue: null,
        numberValue: null,
      };
      if (def.type === 'SELECT' || def.type === 'MULTI_SELECT') row.itemId = v as number;
      else if (def.type === 'NUMBER' || def.type === 'RATING' || def.type === 'USER')
        row.numberValue = String(v);
      else row.textValue = String(v);
      return row;
    });
    if (rows.length) await em.insert(CustomerFieldValue, rows as never);
  }
}

/** The stored value of every field of a customer, by key (item ids for selects). */
export async function storedValues(
  em: EntityManager,
  customer: Customer,
  defs: FieldDefinition[],
): Promise<Record<string, StoredValue>> {
  const out: Record<string, StoredValue> = {};
  // Values of a customer the caller already holds.
  const rows = await unscoped(em).findBy(CustomerFieldValue, { customerId: customer.id });
  for (const def of defs) {
    if (def.builtIn) {
      const property = BUILT_IN_BY_KEY.get(def.key)?.property;
      if (property)
        out[def.key] = (customer as unknown as Record<string, StoredValue>)[property] ?? null;
      continue;
    }
    out[def.key] = customValue(
      def,
      rows.filter((r) => r.fieldId === def.id),
    );
  }
  return out;
}

export function customValue(def: FieldDefinition, rows: CustomerFieldValue[]): StoredValue {
  if (!rows.length) return def.type === 'MULTI_SELECT' ? [] : null;
  if (def.type === 'MULTI_SELECT') return rows.map((r) => r.itemId!);
  const [row] = rows;
  if (def.type === 'SELECT') return row.itemId;
  if (def.type === 'NUMBER' || def.type === 'RATING' || def.type === 'USER')
    return Number(row.numberValue);
  if (def.type === 'BOOLEAN') return row.textValue === 'true';
  return row.textValue;
}

function auditDiff(
  before: Record<string, StoredValue> | null,
  values: Map<string, StoredValue>,
): Record<string, unknown> {
  const diff: Record<string, unknown> = {};
  for (const [key, to] of values) {
    const from = before ? (before[key] ?? null) : undefined;
    if (JSON.stringify(from) !== JSON.stringify(to)) diff[key] = before ? { from, to } : { to };
  }
  return diff;
}

export type { CustomerKind };
