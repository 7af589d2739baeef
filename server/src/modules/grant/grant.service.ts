import { In, type DataSource } from 'typeorm';
import type { AppContext } from '../../common/context';
import { AppError, InputProblems, notFound } from '../../common/errors/app-error';
import { checkLength, VARCHAR } from '../../common/limits';
import { parseId, parseOptionalId } from '../../common/ids';
import { inTransaction } from '../../common/transaction';
import { applyCustomerScope } from '../access/access-policy';
import { Customer } from '../customer/customer.entity';
import { Department } from '../department/department.entity';
import { User } from '../user/user.entity';
import { CustomerGrant } from './grant.entity';
import type { GrantCustomerAccessInput } from './grant.inputs';

/** Managers granting record access (授权查阅): time-limited, to a user or a department, audited. */
export class GrantService {
  constructor(private readonly ds: DataSource) {}

  /** The granter must be able to edit every customer named: nobody grants beyond their own scope. */
  grant(ctx: AppContext, input: GrantCustomerAccessInput): Promise<CustomerGrant[]> {
    return inTransaction(ctx, async (em) => {
      const problems = new InputProblems();
      const customerIds = [
        ...new Set(input.customerIds.map((id) => parseId(id, 'input.customerIds'))),
      ];
      if (!customerIds.length) problems.add('input.customerIds', 'required');
      const userId = parseOptionalId(input.toUserId, 'input.toUserId') ?? null;
      const departmentId = parseOptionalId(input.toDepartmentId, 'input.toDepartmentId') ?? null;
      if ((userId === null) === (departmentId === null)) problems.add('input.toUserId', 'required');
      if (userId !== null && !(await em.existsBy(User, { id: userId, active: true })))
        problems.add('input.toUserId', 'unknownUser', { field: 'toUserId' });
      if (departmentId !== null && !(await em.existsBy(Department, { id: departmentId })))
        problems.add('input.toDepartmentId', 'unknownReference', { value: departmentId });
      if (!(input.expiresAt instanceof Date) || input.expiresAt.getTime() <= Date.now())
        problems.add('input.expiresAt', 'outOfRange', { field: 'expiresAt', min: 'now', max: '∞' });
      const reason = input.reason?.trim() ?? '';
      if (!reason) problems.add('input.reason', 'required');
      else checkLength(problems, 'input.reason', reason, VARCHAR.customer_grant.reason);
      problems.throwIfAny();

      const editable = await applyCustomerScope(
        em
          .getRepository(Customer)
          .createQueryBuilder('c')
          .select('c.id', 'id')
          .where('c.id IN (:...ids)', { ids: customerIds }),
        ctx.caller,
        await ctx.loaders.policyScope(ctx.caller),
        'edit',
      ).getRawMany<{ id: number }>();
      const allowed = new Set(editable.map((r) => Number(r.id)));
      const refused = customerIds.filter((id) => !allowed.has(id));
      if (refused.length)
        throw new AppError(
          'FORBIDDEN',
          'forbidden',
          { permission: 'customer.edit' },
          { customerIds: refused.map(String) },
        );

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
      });
      return rows;
    });
  }

  revoke(ctx: AppContext, id: number): Promise<CustomerGrant> {
    return inTransaction(ctx, async (em) => {
      const grant = await em.findOneBy(CustomerGrant, { id });
      if (!grant) throw notFound('CustomerGrant', id);
      await ctx.services.customers.get(ctx, grant.customerId, em, 'edit');
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
        });
      }
      return grant;
    });
  }

  byId(id: number) {
    return this.ds.getRepository(CustomerGrant).findOneBy({ id });
  }

  /** Grants of customers the caller can edit (the customer page's access tab). */
  async forCustomers(customerIds: number[]) {
    return this.ds
      .getRepository(CustomerGrant)
      .find({ where: { customerId: In(customerIds) }, order: { grantedAt: 'DESC', id: 'DESC' } });
  }
}
