import { In, type DataSource } from 'typeorm';
import { can } from '../../common/auth/caller';
import type { AppContext } from '../../common/context';
import { AppError, forbidden, InputProblems, notFound } from '../../common/errors/app-error';
import { checkLength, VARCHAR } from '../../common/limits';
import { parseIdList, parseOptionalId } from '../../common/ids';
import { inTransaction } from '../../common/transaction';
import { OWN_ACCESS_PATHS } from '../access/access-policy';
import { scopedCustomers, unscoped } from '../access/scoped-reads';
import { MAX_ACCESS_PERIOD_MS } from '../access/request-workflow';
import { readableChildById } from '../access/scoped-lookup';
import { AccessLevel } from '../customer/customer-member.entity';
import { Customer } from '../customer/customer.entity';
import { CustomerGrant } from './grant.entity';
import { departmentInScope, granteeScope, userInScope } from './grantees';
import type { GrantCustomerAccessInput } from './grant.inputs';

/** Managers granting record access (授权查阅): time-limited, to a user or a department, audited. */
export class GrantService {
  constructor(private readonly ds: DataSource) {}

  /** The granter must be able to edit every customer named: nobody grants beyond their own scope. */
  grant(ctx: AppContext, input: GrantCustomerAccessInput): Promise<CustomerGrant[]> {
    return inTransaction(ctx, async (em) => {
      const customerIds = parseIdList(input.customerIds, 'input.customerIds');
      // The records first (a hidden and a missing id are refused alike), then the input.
      // Sharing needs access of one's own (scope, ownership, rule), never one that came from a grant or the team;
      // an EDIT grant also needs the granter's own edit access (nobody shares more than they hold).
      const ownAccess = async (mode: 'grant' | 'edit') =>
        new Set(
          (
            await (
              await scopedCustomers(ctx, { em, mode, paths: OWN_ACCESS_PATHS })
            )
              .select('c.id', 'id')
              .andWhere('c.id IN (:...ids)', { ids: customerIds.length ? customerIds : [-1] })
              .getRawMany<{ id: number }>()
          ).map((r) => Number(r.id)),
        );
      const grantable = await ownAccess('grant');
      const editable = input.level === AccessLevel.EDIT ? await ownAccess('edit') : grantable;
      // The policy admits owners whatever their roles; an EDIT grant also needs customer.update itself.
      if (input.level === AccessLevel.EDIT && !can(ctx.caller, 'customer.update'))
        throw forbidden('customer.update');
      const refused = customerIds.filter((id) => !grantable.has(id) || !editable.has(id));
      if (refused.length)
        throw new AppError(
          'FORBIDDEN',
          'forbidden',
          { permission: 'customer.edit' },
          { customerIds: refused.map(String) },
        );

      const problems = new InputProblems();
      if (!customerIds.length) problems.add('input.customerIds', 'required');
      const userId = parseOptionalId(input.toUserId, 'input.toUserId') ?? null;
      const departmentId = parseOptionalId(input.toDepartmentId, 'input.toDepartmentId') ?? null;
      if ((userId === null) === (departmentId === null)) problems.add('input.toUserId', 'required');
      // Grantees outside the reach of access.grant are refused as missing ones are.
      const scope = await granteeScope(ctx);
      if (userId !== null && !(await userInScope(em, scope, userId)))
        problems.add('input.toUserId', 'unknownUser', { field: 'toUserId' });
      if (departmentId !== null && !(await departmentInScope(em, scope, departmentId)))
        problems.add('input.toDepartmentId', 'unknownReference', { value: departmentId });
      // Own access (scope, ownership, rule) has no end date, so a grant's period is capped like an access request's.
      const expiresAt = input.expiresAt instanceof Date ? input.expiresAt.getTime() : NaN;
      if (!(expiresAt > Date.now()) || expiresAt - Date.now() > MAX_ACCESS_PERIOD_MS)
        problems.add('input.expiresAt', 'outOfRange', {
          field: 'expiresAt',
          min: 'now',
          max: '366d',
        });
      // A grant never reaches the granter: not to themselves, not to the department they sit in.
      if (userId !== null && userId === ctx.caller?.userId)
        problems.add('input.toUserId', 'grantToSelf');
      if (departmentId !== null && departmentId === ctx.caller?.departmentId)
        problems.add('input.toDepartmentId', 'grantToSelf');
      const reason = input.reason?.trim() ?? '';
      if (!reason) problems.add('input.reason', 'required');
      else checkLength(problems, 'input.reason', reason, VARCHAR.customer_grant.reason);
      problems.throwIfAny();

      const grantedAt = new Date();
      const rows = customerIds.map((customerId) =>
        em.create(CustomerGrant, {
          customerId,
          userId,
          departmentId,
          level: input.level,
          expiresAt: input.expiresAt,
          reason,
          grantedBy: ctx.caller?.userId ?? null,
          grantedAt,
          revokedAt: null,
          revokedBy: null,
        }),
      );
      await em.save(rows);
      await ctx.services.audit.record(em, ctx, {
        action: 'grant.create',
        entity: 'CustomerGrant',
        entityId: rows.map((r) => r.id).join(','),
        diff: {
          customerIds,
          userId,
          departmentId,
          level: input.level,
          expiresAt: input.expiresAt.toISOString(),
          reason,
        },
        customerIds,
      });
      return rows;
    });
  }

  /**
   * Revoking is for whoever may share the customer now (access.grant with access of their own),
   * or the granter themselves; anyone else gets the answer of a missing grant unless they can
   * read the customer (then FORBIDDEN).
   */
  revoke(ctx: AppContext, id: number): Promise<CustomerGrant> {
    return inTransaction(ctx, async (em) => {
      // A grant on a customer the caller cannot read is NOT_FOUND for the grant, as a missing one.
      const grant = await readableChildById(ctx, em, CustomerGrant, 'CustomerGrant', id);
      const granter = ctx.caller?.userId != null && grant.grantedBy === ctx.caller.userId;
      const sharer = await (
        await scopedCustomers(ctx, { em, mode: 'grant', paths: OWN_ACCESS_PATHS })
      )
        .andWhere('c.id = :id', { id: grant.customerId })
        .getExists();
      if (!granter && !sharer) throw forbidden('access.grant');
      if (!grant.revokedAt) {
        grant.revokedAt = new Date();
        grant.revokedBy = ctx.caller?.userId ?? null;
        await em.update(
          CustomerGrant,
          { id },
          { revokedAt: grant.revokedAt, revokedBy: grant.revokedBy },
        );
        await ctx.services.audit.record(em, ctx, {
          action: 'grant.revoke',
          entity: 'CustomerGrant',
          entityId: id,
          diff: {
            customerId: grant.customerId,
            userId: grant.userId,
            departmentId: grant.departmentId,
          },
          customerIds: [grant.customerId],
        });
      }
      return grant;
    });
  }

  /** The grant an access request created, for that request's parties. */
  byId(id: number) {
    return unscoped(this.ds).getRepository(CustomerGrant).findOneBy({ id });
  }

  /** Grants of customers the caller can edit (the customer page's access tab). */
  async forCustomers(customerIds: number[]) {
    // Resolved under customers the policy already admitted (Customer.grants).
    return unscoped(this.ds)
      .getRepository(CustomerGrant)
      .find({ where: { customerId: In(customerIds) }, order: { grantedAt: 'DESC', id: 'DESC' } });
  }
}
