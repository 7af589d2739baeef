import {
  formatNumber,
  isValidNumberPattern,
  longestNumberLength,
  type CustomerKind,
} from '@dossier/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { badInput, conflict, notFound } from '../../common/errors/app-error';
import { charLength, VARCHAR } from '../../common/limits';
import { inTransaction } from '../../common/transaction';
import { NumberingRule, NumberSequence } from './numbering.entity';

export const DEFAULT_RULES: Record<CustomerKind, string> = {
  ENTERPRISE: '客户-{yyyy}-{seq:3}',
  INDIVIDUAL: '个人-{yyyy}-{seq:3}',
};

export class NumberingService {
  constructor(private readonly ds: DataSource) {}

  rules() {
    return this.ds.getRepository(NumberingRule).find({ order: { kind: 'ASC' } });
  }

  updateRule(ctx: AppContext, kind: CustomerKind, pattern: string) {
    const trimmed = pattern.trim();
    if (!isValidNumberPattern(trimmed)) throw badInput('pattern', 'invalidFormat');
    const length = longestNumberLength(trimmed);
    if (length > VARCHAR.customer.number)
      throw badInput('pattern', 'numberTooLong', { length, max: VARCHAR.customer.number });
    return inTransaction(ctx, async (em) => {
      const rule = await em.findOneBy(NumberingRule, { kind });
      if (!rule) throw notFound('NumberingRule', kind);
      await em.update(NumberingRule, { kind }, { pattern: trimmed });
      await ctx.services.audit.record(em, ctx, {
        action: 'numberingRule.update',
        entity: 'NumberingRule',
        entityId: kind,
        diff: { pattern: { from: rule.pattern, to: trimmed } },
      });
      return (await em.findOneBy(NumberingRule, { kind }))!;
    });
  }

  /** Makes sure this year's counter row exists (its own statement, outside the caller's transaction). */
  async prepare(kind: CustomerKind, year: number): Promise<void> {
    await this.ds
      .createQueryBuilder()
      .insert()
      .into(NumberSequence)
      .values({ kind, year, value: 0 })
      .orIgnore()
      .execute();
  }

  /**
   * Takes the next number inside the creating transaction. The UPDATE locks the counter row
   * until commit, so concurrent creates get distinct numbers on both databases.
   */
  async next(em: EntityManager, kind: CustomerKind, year: number): Promise<string> {
    await em
      .createQueryBuilder()
      .update(NumberSequence)
      .set({ value: () => 'value + 1' })
      .where('kind = :kind AND year = :year', { kind, year })
      .execute();
    const row = await em.findOneByOrFail(NumberSequence, { kind, year });
    const rule = await em.findOneBy(NumberingRule, { kind });
    const number = formatNumber(rule?.pattern ?? DEFAULT_RULES[kind], year, row.value);
    // A rule saved before patterns were checked could still outgrow the column: say so, coded.
    const length = charLength(number);
    if (length > VARCHAR.customer.number)
      throw conflict(
        'numberTooLong',
        { length, max: VARCHAR.customer.number },
        { field: 'pattern' },
      );
    return number;
  }
}
