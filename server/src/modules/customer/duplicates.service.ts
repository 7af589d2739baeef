import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { In } from 'typeorm';
import { can } from '../../common/auth/caller';
import type { AppContext } from '../../common/context';
import { forbidden } from '../../common/errors/app-error';
import { parseOptionalId } from '../../common/ids';
import { assertLength, VARCHAR } from '../../common/limits';
import { readPaging } from '../../common/pagination/apply-list';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { scopedCustomers, unscoped } from '../access/scoped-reads';
import { nameMatchKey, phoneMatchKey } from './customer-match-keys';
import { CustomerMatchKey } from './customer-match-key.entity';
import { Customer } from './customer.entity';
import {
  DuplicateReason,
  REASON_SCORES,
  SENSITIVE_REASONS,
  type DuplicateCandidate,
  type DuplicateCheckInput,
  type DuplicateGroup,
  type DuplicateGroupConnection,
} from './duplicates.types';
import type { UniqueProbeGuard } from './unique-probe';

/** Candidates returned by one check. */
export const DUPLICATE_LIMIT = 10;
/** Rows each key lookup reads at most (a very common name stops here). */
const SCAN_LIMIT = 50;
const REASON_ORDER = Object.values(DuplicateReason);

/** Credit codes and ID numbers are stored trimmed and upper-case (card-validator.ts). */
function codeOf(value: string | null | undefined): string {
  return value ? value.normalize('NFKC').trim().toUpperCase() : '';
}

/**
 * Duplicate detection (docs/duplicates.md): candidates for a record being entered, looked up
 * over the whole archive and then split into readable ones and hidden ones; and the admins'
 * report of groups sharing a key, over what the caller may read.
 */
export class DuplicateService {
  constructor(
    private readonly ds: DataSource,
    private readonly probes: UniqueProbeGuard,
  ) {}

  async check(ctx: AppContext, input: DuplicateCheckInput): Promise<DuplicateCandidate[]> {
    if (!can(ctx.caller, 'customer.create') && !can(ctx.caller, 'customer.update'))
      throw forbidden('customer.create');
    for (const key of ['name', 'creditCode', 'idNumber', 'phone', 'mobile'] as const) {
      const column = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) as
        'name' | 'credit_code' | 'id_number' | 'phone' | 'mobile';
      assertLength(`input.${key}`, input[key], VARCHAR.customer[column]);
    }
    const excludeId = parseOptionalId(input.excludeId, 'input.excludeId') ?? null;
    // Only a record the caller reads may be left out: leaving out a hidden id and watching a
    // hidden candidate disappear would tell whose it is. Hidden and missing: the same NOT_FOUND.
    if (excludeId) await ctx.services.customers.get(ctx, excludeId);
    const creditCode = codeOf(input.creditCode);
    const idNumber = codeOf(input.idNumber);
    const nameKey = nameMatchKey(input.name);
    const phoneKeys = [
      ...new Set([phoneMatchKey(input.phone), phoneMatchKey(input.mobile)].filter(Boolean)),
    ];
    // Checks on sensitive values wait out the unique-probe limit before anything is looked up.
    if (idNumber || phoneKeys.length) await this.probes.assertAllowed(ctx);

    // Deliberately unscoped: a duplicate the caller cannot read is still a duplicate.
    const live = () => {
      const qb = unscoped(this.ds)
        .getRepository(Customer)
        .createQueryBuilder('c')
        .select('c.id', 'id')
        .andWhere('c.deleted_at IS NULL')
        .limit(SCAN_LIMIT);
      if (excludeId) qb.andWhere('c.id <> :excludeId', { excludeId });
      return qb;
    };
    const viaKeys = (kind: 'name' | 'phone', keys: string[]) =>
      live()
        .innerJoin(CustomerMatchKey, 'mk', 'mk.customer_id = c.id')
        .andWhere('mk.kind = :mkKind AND mk.match_key IN (:...mkKeys)', {
          mkKind: kind,
          mkKeys: keys,
        });
    const lookups: [DuplicateReason, SelectQueryBuilder<Customer> | null][] = [
      [
        DuplicateReason.CREDIT_CODE,
        creditCode ? live().andWhere('c.credit_code = :creditCode', { creditCode }) : null,
      ],
      [
        DuplicateReason.ID_NUMBER,
        idNumber ? live().andWhere('c.id_number = :idNumber', { idNumber }) : null,
      ],
      [DuplicateReason.PHONE, phoneKeys.length ? viaKeys('phone', phoneKeys) : null],
      [
        DuplicateReason.NAME,
        nameKey
          ? input.kind
            ? viaKeys('name', [nameKey]).andWhere('c.kind = :kind', { kind: input.kind })
            : viaKeys('name', [nameKey])
          : null,
      ],
    ];
    const found = new Map<number, Set<DuplicateReason>>();
    for (const [reason, qb] of lookups) {
      if (!qb) continue;
      for (const row of await qb.getRawMany<{ id: number | string }>()) {
        const id = Number(row.id);
        found.set(id, (found.get(id) ?? new Set()).add(reason));
      }
    }
    if (!found.size) return [];

    const readable = new Map(
      (
        await (
          await scopedCustomers(ctx)
        )
          .andWhere('c.id IN (:...candidateIds)', { candidateIds: [...found.keys()] })
          .getMany()
      ).map((c) => [c.id, c]),
    );
    const candidates = [...found]
      .map(([id, reasons]) => {
        const sorted = REASON_ORDER.filter((r) => reasons.has(r));
        const customer = readable.get(id) ?? null;
        return {
          id,
          customer,
          hidden: !customer,
          reasons: sorted,
          score: Math.max(...sorted.map((r) => REASON_SCORES[r])),
        };
      })
      .sort(
        (a, b) =>
          b.score - a.score ||
          b.reasons.length - a.reasons.length ||
          Number(a.hidden) - Number(b.hidden) ||
          a.id - b.id,
      )
      .slice(0, DUPLICATE_LIMIT);

    // A hidden match on a sensitive value tells the caller someone holds it: counted and audited.
    const confirmed = new Set(
      candidates.flatMap((c) =>
        c.hidden ? c.reasons.filter((r) => SENSITIVE_REASONS.has(r)) : [],
      ),
    );
    if (confirmed.size)
      await this.probes.recordProbe(ctx, excludeId, 'customer.duplicateProbe', {
        reasons: REASON_ORDER.filter((r) => confirmed.has(r)),
      });
    return candidates.map(({ customer, hidden, reasons, score }) => ({
      customer,
      hidden,
      reasons,
      score,
    }));
  }

  /**
   * Groups of customers sharing a key (`GROUP BY key HAVING COUNT > 1` in SQL), counting only
   * members the caller may read: a group shows up only when at least two are readable.
   */
  async groups(
    ctx: AppContext,
    reason: DuplicateReason,
    paging: ListArgsShape['paging'],
  ): Promise<DuplicateGroupConnection> {
    const { limit, offset } = readPaging(paging);
    const keyed = async () => {
      const qb = await scopedCustomers(ctx);
      if (reason === DuplicateReason.NAME || reason === DuplicateReason.PHONE)
        return {
          qb: qb
            .innerJoin(CustomerMatchKey, 'mk', 'mk.customer_id = c.id')
            .andWhere('mk.kind = :mkKind', {
              mkKind: reason === DuplicateReason.NAME ? 'name' : 'phone',
            }),
          key: 'mk.match_key',
        };
      const key = reason === DuplicateReason.CREDIT_CODE ? 'c.credit_code' : 'c.id_number';
      return { qb: qb.andWhere(`${key} IS NOT NULL AND ${key} <> ''`), key };
    };
    const { qb: grouped, key } = await keyed();
    grouped
      .select(key, 'k')
      .addSelect('COUNT(DISTINCT c.id)', 'size')
      .andWhere('c.deleted_at IS NULL')
      .groupBy(key)
      .having('COUNT(DISTINCT c.id) > 1');
    const [countSql, countParams] = grouped.getQueryAndParameters();
    const [{ n }] = (await unscoped(this.ds).query(
      `SELECT COUNT(*) AS n FROM (${countSql}) duplicate_groups`,
      countParams,
    )) as { n: number | string }[];
    const page = await grouped
      .orderBy('size', 'DESC')
      .addOrderBy('k', 'ASC')
      .limit(limit)
      .offset(offset)
      .getRawMany<{ k: string; size: number | string }>();
    if (!page.length) return { nodes: [], totalCount: Number(n) };

    const { qb: members } = await keyed();
    const rows = await members
      .select('c.id', 'id')
      .addSelect(key, 'k')
      .andWhere('c.deleted_at IS NULL')
      .andWhere(`${key} IN (:...groupKeys)`, { groupKeys: page.map((g) => g.k) })
      .orderBy('c.id', 'ASC')
      .getRawMany<{ id: number | string; k: string }>();
    // The rows above passed the read predicate.
    const customers = new Map(
      (
        await unscoped(this.ds)
          .getRepository(Customer)
          .findBy({ id: In(rows.map((r) => Number(r.id))) })
      ).map((c) => [c.id, c]),
    );
    const nodes: DuplicateGroup[] = page.map((group) => {
      const members = rows
        .filter((r) => r.k === group.k)
        .map((r) => customers.get(Number(r.id)))
        .filter((c): c is Customer => !!c);
      return { reason, size: members.length, customers: members };
    });
    return { nodes, totalCount: Number(n) };
  }
}
