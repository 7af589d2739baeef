import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { keyedLoader, MAX_BATCH_SIZE } from '../../common/loaders';
import type { AccessRuleService } from '../access-rule/access-rule.service';
import { Contact } from '../contact/contact.entity';
import { Customer } from '../customer/customer.entity';
import type { DepartmentTree } from '../department/department.loaders';
import type { DictionarySnapshot } from '../dictionary/dictionary.snapshot';
import {
  applyPredicate,
  contactScopePredicate,
  customerScopePredicate,
  type PolicyScope,
} from './access-policy';

/**
 * Per request: the policy's inputs for a caller (department tree read once, territory rules
 * compiled once) and batched "may this caller edit these records" checks for sensitive fields.
 */
export function createAccessLoaders(
  ds: DataSource,
  accessRules: AccessRuleService,
  departmentTree: DepartmentTree,
  dictionarySnapshot: () => Promise<DictionarySnapshot>,
) {
  const scopes = new WeakMap<Caller, Promise<PolicyScope>>();
  const policyScope = (caller: Caller | null): Promise<PolicyScope> => {
    if (!caller) return departmentTree().then((departments) => ({ departments, rules: [] }));
    let scope = scopes.get(caller);
    if (!scope) {
      scope = (async () => {
        const departments = await departmentTree();
        return {
          departments,
          rules: await accessRules.forCaller(caller, departments, await dictionarySnapshot()),
        };
      })();
      scopes.set(caller, scope);
    }
    return scope;
  };

  type RecordLoaders = {
    customers: DataLoader<number, boolean>;
    contacts: DataLoader<number, boolean>;
  };
  const byMode = {
    read: new WeakMap<Caller, RecordLoaders>(),
    edit: new WeakMap<Caller, RecordLoaders>(),
    audit: new WeakMap<Caller, RecordLoaders>(),
  };
  const accessibleFor = (caller: Caller, mode: 'read' | 'edit' | 'audit') => {
    let loaders = byMode[mode].get(caller);
    if (!loaders) {
      const scope = () => policyScope(caller);
      loaders = {
        customers: idSetLoader(async (ids) => {
          const qb = ds
            .getRepository(Customer)
            .createQueryBuilder('c')
            .select('c.id', 'id')
            .where('c.id IN (:...ids)', { ids });
          // Reading and auditing follow the policy on the customer row, deleted or not (the audit log's rule).
          if (mode !== 'edit') qb.withDeleted();
          return applyPredicate(
            qb,
            customerScopePredicate(caller, 'c', await scope(), mode),
          ).getRawMany();
        }),
        contacts: idSetLoader(async (ids) => {
          const predicate = contactScopePredicate(caller, 'ct', await scope(), mode);
          return ds
            .getRepository(Contact)
            .createQueryBuilder('ct')
            .select('ct.id', 'id')
            .where('ct.id IN (:...ids)', { ids })
            .andWhere(predicate.sql, predicate.params)
            .getRawMany();
        }),
      };
      byMode[mode].set(caller, loaders);
    }
    return loaders;
  };

  let readable: { caller: Caller | null; loader: DataLoader<number, Customer | null> } | undefined;
  return {
    policyScope,
    /** Which of these customers / contacts the caller may edit (batched). */
    editableFor: (caller: Caller) => accessibleFor(caller, 'edit'),
    /** Which of these customers (live or deleted) / contacts the caller may read (batched). */
    readableFor: (caller: Caller) => accessibleFor(caller, 'read'),
    /** Which of these customers (live or deleted) the caller may audit (batched). */
    auditableFor: (caller: Caller) => accessibleFor(caller, 'audit'),
    /**
     * Customers by id as the caller may read them (the access policy in SQL); unreadable,
     * deleted or missing ids resolve to null. The caller is set after the loaders are made,
     * so the loader is taken per caller: `ctx.loaders.readableCustomerById(ctx.caller)`.
     */
    readableCustomerById(caller: Caller | null): DataLoader<number, Customer | null> {
      if (readable && readable.caller === caller) return readable.loader;
      const loader = new DataLoader<number, Customer | null>(
        async (ids) => {
          const qb = ds
            .getRepository(Customer)
            .createQueryBuilder('c')
            .where('c.id IN (:...ids)', { ids: [...ids] });
          applyPredicate(qb, customerScopePredicate(caller, 'c', await policyScope(caller)));
          const rows = await qb.getMany();
          const byId = new Map(rows.map((c) => [c.id, c]));
          return ids.map((id) => byId.get(id) ?? null);
        },
        { maxBatchSize: MAX_BATCH_SIZE },
      );
      readable = { caller, loader };
      return loader;
    },

    /**
     * The kind of any customer, live or deleted (which of its fields are sensitive depends on it).
     * Only for records the caller was already shown something of (history rows, diffs).
     */
    customerKindById: keyedLoader<number, Pick<Customer, 'id' | 'kind'>>(
      (ids) =>
        ds.getRepository(Customer).find({
          where: { id: In([...ids]) },
          select: { id: true, kind: true },
          withDeleted: true,
        }),
      (c) => c.id,
    ),

    /** Number, name and kind of any live customer, readable or not (for request inboxes; names are masked by the caller's rights). */
    customerSummaryById: keyedLoader<number, Customer>(
      (ids) =>
        ds.getRepository(Customer).find({
          where: { id: In([...ids]) },
          select: { id: true, number: true, name: true, kind: true },
        }),
      (c) => c.id,
    ),
  };
}

export type PolicyScopeOf = (caller: Caller | null) => Promise<PolicyScope>;

/** Batches "which of these ids does the query return" into one statement per batch. */
function idSetLoader(select: (ids: number[]) => Promise<{ id: number | string }[]>) {
  return new DataLoader<number, boolean>(
    async (ids) => {
      const found = new Set((await select([...ids])).map((r) => Number(r.id)));
      return ids.map((id) => found.has(id));
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}
