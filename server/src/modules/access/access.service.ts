import { maskName } from '@dossier/shared';
import type { DataSource } from 'typeorm';
import type { AppContext } from '../../common/context';
import { AppError, notFound } from '../../common/errors/app-error';
import { escapeLike } from '../../common/db-dialect';
import { AccessRule } from '../access-rule/access-rule.entity';
import { Customer } from '../customer/customer.entity';
import { CustomerGrant } from '../grant/grant.entity';
import { User } from '../user/user.entity';
import { sensitiveKeys } from '../sensitive/sensitive-fields';
import type { CustomerListArgs } from '../customer/customer.inputs';
import { customerPredicateParts, customerScopePredicate, type AccessMode } from './access-policy';
import {
  AccessPathEnum,
  type AccessExplanation,
  type AccessReason,
  type CustomerSummary,
} from './access.types';

const DIRECTORY_LIMIT = 20;

/** Explaining access, previewing as another user, and the directory requesters search. */
export class AccessService {
  constructor(private readonly ds: DataSource) {}

  /** Number and kind of a customer, with its name masked unless the caller can read it. */
  async summary(ctx: AppContext, customerId: number): Promise<CustomerSummary | null> {
    const [readable, raw] = await Promise.all([
      ctx.loaders.readableCustomerById(ctx.caller).load(customerId),
      ctx.loaders.customerSummaryById.load(customerId),
    ]);
    if (!raw) return null;
    return {
      id: raw.id,
      number: raw.number,
      kind: raw.kind,
      name: readable ? raw.name : maskName(raw.name),
      readable: !!readable,
    };
  }

  /**
   * Customers the caller cannot read but may ask for (needs `access.request`): number prefix or
   * name contains, at least 2 characters, at most 20 rows, with number, kind and a masked name only.
   */
  async directory(ctx: AppContext, search: string): Promise<CustomerSummary[]> {
    const term = search.trim();
    if (Array.from(term).length < 2)
      throw new AppError(
        'BAD_USER_INPUT',
        'outOfRange',
        { field: 'search', min: 2, max: 100 },
        { field: 'search' },
      );
    const scope = customerScopePredicate(
      ctx.caller,
      'c',
      await ctx.loaders.policyScope(ctx.caller),
    );
    const rows = await this.ds
      .getRepository(Customer)
      .createQueryBuilder('c')
      .select(['c.id', 'c.number', 'c.name', 'c.kind'])
      .where(`(c.number LIKE :prefix ESCAPE '!' OR c.name LIKE :contains ESCAPE '!')`, {
        prefix: `${escapeLike(term)}%`,
        contains: `%${escapeLike(term)}%`,
      })
      .andWhere(`NOT ${scope.sql}`, scope.params)
      .orderBy('c.id', 'DESC')
      .take(DIRECTORY_LIMIT)
      .getMany();
    return rows.map((c) => ({
      id: c.id,
      number: c.number,
      kind: c.kind,
      name: maskName(c.name),
      readable: false,
    }));
  }

  /** Why a user can or cannot read and edit a customer: each path of the policy evaluated on its own, in SQL. */
  async explain(ctx: AppContext, customerId: number, userId: number): Promise<AccessExplanation> {
    const user = await this.ds.getRepository(User).findOneBy({ id: userId });
    if (!user) throw notFound('User', userId);
    const customer = await this.ds.getRepository(Customer).findOneBy({ id: customerId });
    if (!customer) throw notFound('Customer', customerId);
    const target = await ctx.services.auth.callerForUser(user);
    const scope = await ctx.loaders.policyScope(target);
    const reasons: AccessReason[] = [];
    const matched: Record<AccessMode, Set<string>> = { read: new Set(), edit: new Set() };
    if (target.dataScope === 'ALL') {
      reasons.push({
        path: AccessPathEnum.SCOPE,
        level: 'EDIT' as never,
        detail: 'ALL',
        expiresAt: null,
        grantId: null,
        ruleId: null,
      });
    } else {
      for (const mode of ['read', 'edit'] as const) {
        for (const part of customerPredicateParts(target, 'c', scope, mode)) {
          const hit = await this.ds
            .getRepository(Customer)
            .createQueryBuilder('c')
            .where('c.id = :cid', { cid: customerId })
            .andWhere(part.sql, part.params)
            .getExists();
          if (hit) matched[mode].add(part.ruleId ? `RULE:${part.ruleId}` : part.path);
        }
      }
      const levelOf = (key: string) => (matched.edit.has(key) ? 'EDIT' : 'READ') as never;
      for (const key of matched.read) {
        if (key === 'GRANT') {
          const grants = await this.ds
            .getRepository(CustomerGrant)
            .createQueryBuilder('g')
            .where('g.customer_id = :cid AND g.revoked_at IS NULL AND g.expires_at > :now', {
              cid: customerId,
              now: new Date(),
            })
            .andWhere('(g.user_id = :uid OR g.department_id = :did)', {
              uid: userId,
              did: user.departmentId ?? -1,
            })
            .getMany();
          for (const g of grants)
            reasons.push({
              path: AccessPathEnum.GRANT,
              level: g.level,
              detail: g.userId ? `user grant: ${g.reason}` : `department grant: ${g.reason}`,
              expiresAt: g.expiresAt,
              grantId: g.id,
              ruleId: null,
            });
        } else if (key.startsWith('RULE:')) {
          const ruleId = Number(key.slice(5));
          const rule = await this.ds.getRepository(AccessRule).findOneBy({ id: ruleId });
          reasons.push({
            path: AccessPathEnum.RULE,
            level: levelOf(key),
            detail: `${rule?.subjectType} ${rule?.subjectId}: ${rule?.field}${rule?.description ? ` (${rule.description})` : ''}`,
            expiresAt: null,
            grantId: null,
            ruleId,
          });
        } else {
          reasons.push({
            path: key as AccessPathEnum,
            level: levelOf(key),
            detail: key === 'SCOPE' ? target.dataScope : key.toLowerCase(),
            expiresAt: null,
            grantId: null,
            ruleId: null,
          });
        }
      }
    }
    const canRead = reasons.length > 0;
    const canEdit = target.dataScope === 'ALL' || matched.edit.size > 0;
    const keys = [
      ...sensitiveKeys(await ctx.services.fields.forKind(customer.kind, true), customer.kind),
    ];
    const clear =
      (target.sensitiveLevel === 'READ' && canRead) ||
      (target.sensitiveLevel === 'EDIT' && canEdit);
    return {
      userId,
      customerId,
      canRead,
      canEdit,
      reasons,
      sensitiveInClear: clear ? keys : [],
      sensitiveMasked: clear ? [] : keys,
    };
  }

  /** "Act as": the customers another user would see, through the very same list query. */
  async previewAs(ctx: AppContext, userId: number, args: CustomerListArgs) {
    const user = await this.ds.getRepository(User).findOneBy({ id: userId });
    if (!user) throw notFound('User', userId);
    const caller = await ctx.services.auth.callerForUser(user);
    return ctx.services.customers.list({ ...ctx, caller }, args);
  }
}
