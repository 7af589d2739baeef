import { maskName } from '@dossier/shared';
import { In, type DataSource } from 'typeorm';
import type { AppContext } from '../../common/context';
import { AppError, notFound } from '../../common/errors/app-error';
import { escapeLike } from '../../common/db-dialect';
import { AccessRule } from '../access-rule/access-rule.entity';
import { Customer } from '../customer/customer.entity';
import { CustomerGrant } from '../grant/grant.entity';
import { User } from '../user/user.entity';
import { sensitiveKeys } from '../sensitive/sensitive-fields';
import type { CustomerListArgs } from '../customer/customer.inputs';
import { customerPredicateParts, MODE_PERMISSIONS, modeScope, reachesAll } from './access-policy';
import { customerPredicate, scopedCustomers, unscoped } from './scoped-reads';
import { Role } from '../role/role.entity';
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
    const scope = await customerPredicate(ctx, 'c');
    // The directory lists exactly what the policy does not admit; it is the policy's complement.
    const rows = await unscoped(this.ds)
      .getRepository(Customer)
      .createQueryBuilder('c')
      .select(['c.id', 'c.number', 'c.name', 'c.kind'])
      .where(`(c.number LIKE :prefix ESCAPE '!' OR c.name LIKE :contains ESCAPE '!')`, {
        prefix: `${escapeLike(term)}%`,
        contains: `%${escapeLike(term)}%`,
      })
      .andWhere(`(CASE WHEN ${scope.sql} THEN 1 ELSE 0 END) = 0`, scope.params)
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
    // The explainer must itself be able to read the customer: hidden looks like missing.
    const customer = await (
      await scopedCustomers(ctx)
    )
      .andWhere('c.id = :id', { id: customerId })
      .getOne();
    if (!customer) throw notFound('Customer', customerId);
    const target = await ctx.services.auth.callerForUser(user);
    const scope = await ctx.loaders.policyScope(target);
    const roleNames = new Map(
      (
        await this.ds
          .getRepository(Role)
          .findBy({ id: In(target.roleIds.length ? target.roleIds : [-1]) })
      ).map((r) => [r.id, r.name]),
    );
    // Which of the caller's roles stand behind a mode's scope: those granting its permissions with that scope.
    const behind = (mode: 'read' | 'edit', dataScope: string | null) => {
      const roles = target.roles.filter(
        (r) =>
          r.dataScope === dataScope && MODE_PERMISSIONS[mode].some((p) => r.permissions.has(p)),
      );
      return {
        roles: roles.map((r) => roleNames.get(r.id) ?? String(r.id)),
        permissions: MODE_PERMISSIONS[mode].filter((p) => roles.some((r) => r.permissions.has(p))),
      };
    };
    const reasons: AccessReason[] = [];
    const matched: Record<'read' | 'edit', Set<string>> = { read: new Set(), edit: new Set() };
    const everywhere = { read: reachesAll(target, 'read'), edit: reachesAll(target, 'edit') };
    for (const mode of ['read', 'edit'] as const) {
      if (everywhere[mode]) {
        matched[mode].add('SCOPE');
        continue;
      }
      for (const part of customerPredicateParts(target, 'c', scope, mode)) {
        const hit = await unscoped(this.ds)
          .getRepository(Customer)
          .createQueryBuilder('c')
          .where('c.id = :cid', { cid: customerId })
          .andWhere(part.sql, part.params)
          .getExists();
        if (hit) matched[mode].add(part.ruleId ? `RULE:${part.ruleId}` : part.path);
      }
    }
    const levelOf = (key: string) => (matched.edit.has(key) ? 'EDIT' : 'READ') as never;
    const none = { grantId: null, ruleId: null, expiresAt: null, permissions: [], roles: [] };
    for (const key of new Set([...matched.read, ...matched.edit])) {
      if (key === 'GRANT') {
        const grants = await unscoped(this.ds)
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
            ...none,
            path: AccessPathEnum.GRANT,
            level: g.level,
            detail: g.userId ? `user grant: ${g.reason}` : `department grant: ${g.reason}`,
            expiresAt: g.expiresAt,
            grantId: g.id,
          });
      } else if (key.startsWith('RULE:')) {
        const ruleId = Number(key.slice(5));
        const rule = await this.ds.getRepository(AccessRule).findOneBy({ id: ruleId });
        const roleRule = rule?.subjectType === 'ROLE' ? roleNames.get(rule.subjectId) : undefined;
        reasons.push({
          ...none,
          path: AccessPathEnum.RULE,
          level: levelOf(key),
          detail: `${rule?.subjectType} ${rule?.subjectId}: ${rule?.field}${rule?.description ? ` (${rule.description})` : ''}`,
          ruleId,
          roles: roleRule ? [roleRule] : [],
          permissions: roleRule
            ? behind(
                levelOf(key) === 'EDIT' ? 'edit' : 'read',
                rule?.subjectId
                  ? (target.roles.find((r) => r.id === rule.subjectId)?.dataScope ?? null)
                  : null,
              ).permissions
            : [],
        });
      } else if (key === 'SCOPE') {
        const mode = matched.edit.has('SCOPE') ? 'edit' : 'read';
        const dataScope = modeScope(target, mode);
        reasons.push({
          ...none,
          path: AccessPathEnum.SCOPE,
          level: levelOf(key),
          detail: dataScope ?? '',
          ...behind(mode, dataScope),
        });
      } else {
        reasons.push({
          ...none,
          path: key as AccessPathEnum,
          level: levelOf(key),
          detail: key.toLowerCase(),
        });
      }
    }
    const canRead = reasons.length > 0;
    const canEdit = matched.edit.size > 0;
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
