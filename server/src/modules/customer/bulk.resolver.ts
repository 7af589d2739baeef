import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../common/context';
import { parseId } from '../../common/ids';
import { assertLength, REASON_MAX } from '../../common/limits';
import { bulkRows, customerBulk } from './bulk.service';
import { BulkCustomerResult } from './bulk.types';
import { AccessLevel } from './customer-member.entity';
import { CustomerStatus } from './customer.entity';

const IDS = { description: 'At most 200 customers; each row is its own transaction' };
const VERSIONS = {
  nullable: 'itemsAndList' as const,
  description: 'Expected version per customer, in the order of `customerIds` (null: no check)',
};

/**
 * Bulk forms of transferCustomerOwner, setCustomerMember and setCustomerStatus: the same
 * permission, and per row the same service method, access rules, approval and audit entry.
 */
@Resolver()
export class CustomerBulkResolver {
  @Authorized('customer.update')
  @Mutation(() => [BulkCustomerResult], {
    description:
      'transferCustomerOwner for each customer; without change.approve each row becomes a change request',
  })
  bulkTransferCustomerOwner(
    @Arg('customerIds', () => [ID], IDS) customerIds: string[],
    @Arg('ownerId', () => ID) ownerId: string,
    @Arg('keepPreviousAs', () => AccessLevel, { nullable: true })
    keepPreviousAs: AccessLevel | null,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Arg('versions', () => [Int], VERSIONS) versions: (number | null)[] | null,
    @Ctx() ctx: AppContext,
  ) {
    const rows = bulkRows(customerIds, versions);
    const owner = parseId(ownerId, 'ownerId');
    assertLength('reason', reason, REASON_MAX);
    return customerBulk.transferOwner(ctx, rows, owner, keepPreviousAs ?? null, reason ?? null);
  }

  @Authorized('customer.update')
  @Mutation(() => [BulkCustomerResult], {
    description:
      'setCustomerMember for each customer: adds the user to the team or changes their level',
  })
  bulkSetCustomerMember(
    @Arg('customerIds', () => [ID], IDS) customerIds: string[],
    @Arg('userId', () => ID) userId: string,
    @Arg('level', () => AccessLevel) level: AccessLevel,
    @Ctx() ctx: AppContext,
  ) {
    const rows = bulkRows(customerIds, null);
    return customerBulk.setMember(ctx, rows, parseId(userId, 'userId'), level);
  }

  @Authorized('customer.update')
  @Mutation(() => [BulkCustomerResult], { description: 'setCustomerStatus for each customer' })
  bulkSetCustomerStatus(
    @Arg('customerIds', () => [ID], IDS) customerIds: string[],
    @Arg('status', () => CustomerStatus) status: CustomerStatus,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Arg('versions', () => [Int], VERSIONS) versions: (number | null)[] | null,
    @Ctx() ctx: AppContext,
  ) {
    const rows = bulkRows(customerIds, versions);
    assertLength('reason', reason, REASON_MAX);
    return customerBulk.setStatus(ctx, rows, status, reason ?? null);
  }
}
