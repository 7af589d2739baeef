import { DICT, isValidDate } from '@dossier/shared';
import { unscoped } from '../access/scoped-reads';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { insertedId } from '../../common/db-dialect';
import { InputProblems } from '../../common/errors/app-error';
import { parseId, parseOptionalId } from '../../common/ids';
import { listConnection } from '../../common/pagination/apply-list';
import { SortDirection } from '../../common/pagination/comparisons';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { inTransaction } from '../../common/transaction';
import { scopedChildren } from '../access/scoped-reads';
import { readableChildById } from '../access/scoped-lookup';
import { diffChanges } from '../audit/audit.service';
import { CustomerContact } from '../contact/contact.entity';
import { User } from '../user/user.entity';
import {
  dictionaryItemId,
  lockAndAdvanceLastFollowup,
  lockCustomerRow,
  MAX_TEXT,
  optionalText,
} from './activity-support';
import { Followup } from './followup.entity';
import {
  FollowupList,
  type CreateFollowupInput,
  type UpdateFollowupInput,
} from './followup.inputs';

const AUDITED: (keyof Followup)[] = [
  'customerId',
  'contactId',
  'userId',
  'happenedAt',
  'methodId',
  'content',
  'feedback',
  'nextStep',
  'nextDate',
  'milestoneId',
];

/** Follow-ups (跟进记录): reads through the access policy, writes keep `customer.last_followup_at`. */
export class FollowupService {
  constructor(private readonly ds: DataSource) {}

  /** Follow-ups of customers the caller may read, filtered in SQL before paging. Latest first by default. */
  async list(ctx: AppContext, args: ListArgsShape) {
    const qb = await scopedChildren(ctx, Followup, 'f');
    const sorting = args.sorting?.length
      ? args.sorting
      : [{ field: 'happenedAt', direction: SortDirection.DESC }];
    return listConnection(qb, { ...args, sorting }, FollowupList.spec, {
      property: 'id',
      direction: 'DESC',
    });
  }

  create(ctx: AppContext, input: CreateFollowupInput): Promise<Followup> {
    const customerId = parseId(input.customerId, 'followup.customerId');
    return inTransaction(ctx, async (em) => {
      await ctx.services.customers.get(ctx, customerId, em, 'edit');
      await this.readableContact(ctx, em, input.contactId, 'followup.contactId');
      const problems = new InputProblems();
      const changes = await this.validate(ctx, em, customerId, input, 'followup', problems);
      const userId = changes.userId ?? ctx.caller?.userId ?? null;
      if (userId === null) problems.add('followup.userId', 'required');
      problems.throwIfAny();
      const happenedAt = changes.happenedAt ?? new Date();
      await lockAndAdvanceLastFollowup(em, customerId, happenedAt);
      const row = em.create(Followup, {
        customerId,
        contactId: changes.contactId ?? null,
        userId: userId!,
        happenedAt,
        methodId: changes.methodId ?? null,
        content: changes.content!,
        feedback: changes.feedback ?? null,
        nextStep: changes.nextStep ?? null,
        nextDate: changes.nextDate ?? null,
        milestoneId: changes.milestoneId ?? null,
        createdAt: new Date(),
      });
      // Every column is known here, so the insert skips TypeORM's reload of defaults.
      row.id = insertedId(
        await em
          .createQueryBuilder()
          .insert()
          .into(Followup)
          .values(row)
          .updateEntity(false)
          .execute(),
      );
      await ctx.services.audit.record(em, ctx, {
        action: 'followup.create',
        entity: 'Followup',
        entityId: row.id,
        diff: diffChanges(null, row, AUDITED as string[]),
        customerIds: [row.customerId],
      });
      return row;
    });
  }

  update(ctx: AppContext, id: number, input: UpdateFollowupInput): Promise<Followup> {
    return inTransaction(ctx, async (em) => {
      const before = await this.editable(ctx, em, id);
      await this.readableContact(ctx, em, input.contactId, 'update.contactId');
      const problems = new InputProblems();
      const changes = await this.validate(ctx, em, before.customerId, input, 'update', problems);
      problems.throwIfAny();
      await lockCustomerRow(em, before.customerId);
      if (Object.keys(changes).length) await em.update(Followup, { id }, changes);
      const after = (await unscoped(em).findOneBy(Followup, { id }))!;
      await refreshLastFollowup(em, before.customerId);
      await ctx.services.audit.record(em, ctx, {
        action: 'followup.update',
        entity: 'Followup',
        entityId: id,
        diff: diffChanges(before, after, AUDITED as string[]),
        customerIds: [before.customerId, after.customerId],
      });
      return after;
    });
  }

  delete(ctx: AppContext, id: number): Promise<Followup> {
    return inTransaction(ctx, async (em) => {
      const row = await this.editable(ctx, em, id);
      await lockCustomerRow(em, row.customerId);
      await em.delete(Followup, { id });
      await refreshLastFollowup(em, row.customerId);
      await ctx.services.audit.record(em, ctx, {
        action: 'followup.delete',
        entity: 'Followup',
        entityId: id,
        diff: diffChanges(null, row, AUDITED as string[]),
        customerIds: [row.customerId],
      });
      return row;
    });
  }

  /** The follow-up if the caller may edit its customer; a customer they cannot read looks like a missing follow-up. */
  private async editable(ctx: AppContext, em: EntityManager, id: number): Promise<Followup> {
    const row = await readableChildById(ctx, em, Followup, 'Followup', id);
    await ctx.services.customers.get(ctx, row.customerId, em, 'edit');
    return row;
  }

  /** A follow-up may name only a contact the caller can read: a hidden one is NOT_FOUND, as a missing one. */
  private async readableContact(
    ctx: AppContext,
    em: EntityManager,
    raw: string | null | undefined,
    path: string,
  ) {
    const contactId = parseOptionalId(raw, path);
    if (contactId) await ctx.services.contacts.get(ctx, contactId, em);
  }

  /** Validated column changes from a create or update input; problems carry `<path>.<field>`. */
  private async validate(
    ctx: AppContext,
    em: EntityManager,
    customerId: number,
    input: CreateFollowupInput | UpdateFollowupInput,
    path: string,
    problems: InputProblems,
  ): Promise<Partial<Followup>> {
    const creating = path === 'followup';
    const out: Partial<Followup> = {};
    const snap = await ctx.loaders.dictionarySnapshot();

    if (input.content !== undefined || creating) {
      const content = typeof input.content === 'string' ? input.content.trim() : '';
      if (!content) problems.add(`${path}.content`, 'required');
      else if (Array.from(content).length > MAX_TEXT)
        problems.add(`${path}.content`, 'tooLong', { max: MAX_TEXT });
      else out.content = content;
    }
    for (const key of ['feedback', 'nextStep'] as const) {
      const text = optionalText(input[key], `${path}.${key}`, problems);
      if (text !== undefined) out[key] = text;
    }
    if (input.nextDate !== undefined) {
      const day = input.nextDate?.trim() || null;
      if (day !== null && !isValidDate(day)) problems.add(`${path}.nextDate`, 'notDate');
      else out.nextDate = day;
    }
    if (input.happenedAt !== undefined && input.happenedAt !== null) {
      if (!(input.happenedAt instanceof Date) || Number.isNaN(input.happenedAt.getTime()))
        problems.add(`${path}.happenedAt`, 'invalidFormat');
      else out.happenedAt = input.happenedAt;
    } else if (input.happenedAt === null && !creating) {
      problems.add(`${path}.happenedAt`, 'required');
    }
    const methodId = dictionaryItemId(
      snap,
      DICT.followupMethod,
      input.method,
      `${path}.method`,
      problems,
    );
    if (methodId !== undefined) out.methodId = methodId;
    const milestoneId = dictionaryItemId(
      snap,
      DICT.followupMilestone,
      input.milestone,
      `${path}.milestone`,
      problems,
    );
    if (milestoneId !== undefined) out.milestoneId = milestoneId;

    const contactId = parseOptionalId(input.contactId, `${path}.contactId`);
    // The customer was admitted by the caller's edit check; its contact links are checked here.
    if (contactId && !(await unscoped(em).existsBy(CustomerContact, { customerId, contactId })))
      problems.add(`${path}.contactId`, 'unknownReference', { value: contactId });
    else if (contactId !== undefined) out.contactId = contactId;
    const userId = parseOptionalId(input.userId, `${path}.userId`);
    if (userId === null && !creating) problems.add(`${path}.userId`, 'required');
    if (userId) {
      if (!(await em.existsBy(User, { id: userId, active: true })))
        problems.add(`${path}.userId`, 'unknownUser');
      else out.userId = userId;
    }
    return out;
  }
}

/** `customer.last_followup_at` recomputed from the rows (MAX of happened_at), in the caller's transaction. */
export async function refreshLastFollowup(em: EntityManager, customerId: number): Promise<void> {
  await em.query(
    'UPDATE customer SET last_followup_at = (SELECT MAX(f.happened_at) FROM followup f WHERE f.customer_id = ?) WHERE id = ?',
    [customerId, customerId],
  );
}
