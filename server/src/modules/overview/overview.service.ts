import { DICT } from '@dossier/shared';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { AppContext } from '../../common/context';
import { dialectOf, toDbValue } from '../../common/db-dialect';
import { scopedChildren, scopedContacts, scopedCustomers } from '../access/scoped-reads';
import { Customer, CustomerStatus } from '../customer/customer.entity';
import type { DictionaryItem } from '../dictionary/dictionary-item.entity';
import type { DictionarySnapshot } from '../dictionary/dictionary.snapshot';
import { Followup } from '../followup/followup.entity';
import type { CustomerOverview, OverviewBucket, OverviewRegionBucket } from './overview.types';

const STATUS_LABELS: Record<CustomerStatus, { zh: string; en: string }> = {
  ACTIVE: { zh: '正常', en: 'Active' },
  DORMANT: { zh: '交易中断', en: 'Dormant' },
  ARCHIVED: { zh: '已归档', en: 'Archived' },
};
const NOT_SET = { zh: '未设置', en: 'Not set' };
const DAY_MS = 24 * 60 * 60 * 1000;

interface Count {
  key: string | number | null;
  count: number;
}

/** Overview counts: one GROUP BY per dimension, each restricted by the access policy in SQL. */
export class OverviewService {
  constructor(private readonly ds: DataSource) {}

  async customerOverview(ctx: AppContext): Promise<CustomerOverview> {
    const en = ctx.locale === 'en';
    const customers = () => scopedCustomers(ctx, { shape: 'list' });

    const [snap, byKind, byStatus, byGrade, byCategory, byRegion, contacts, followups] =
      await Promise.all([
        ctx.loaders.dictionarySnapshot(),
        grouped(customers(), 'c.kind'),
        grouped(customers(), 'c.status'),
        grouped(customers(), 'c.grade_id'),
        grouped(customers(), 'c.category_id'),
        grouped(customers(), 'c.region_id'),
        scopedContacts(ctx).then((qb) => qb.getCount()),
        this.countRecentFollowups(ctx),
      ]);

    const label = (zh: string, labelEn: string) => ({
      labelZh: zh,
      labelEn,
      label: en ? labelEn : zh,
    });
    const itemBucket = (item: DictionaryItem | undefined, count: number): OverviewBucket =>
      item
        ? {
            code: item.code,
            ...label(item.labelZh, item.labelEn),
            color: item.color ?? null,
            count,
          }
        : { code: null, ...label(NOT_SET.zh, NOT_SET.en), color: null, count };
    const byItemOrder = (a: OverviewBucket, b: OverviewBucket, order: Map<string | null, number>) =>
      (order.get(a.code) ?? Number.MAX_SAFE_INTEGER) -
      (order.get(b.code) ?? Number.MAX_SAFE_INTEGER);
    const itemBuckets = (counts: Count[]) => {
      const order = new Map<string | null, number>();
      const buckets = counts.map(({ key, count }) => {
        const item = key === null ? undefined : snap.itemById.get(Number(key));
        if (item) order.set(item.code, item.sortOrder);
        return itemBucket(item, count);
      });
      return buckets.sort((a, b) => byItemOrder(a, b, order));
    };

    const kindItems = snap.itemsByType.get(snap.typeByCode.get(DICT.customerKind)?.id ?? -1) ?? [];
    const kindBuckets = byKind.map(({ key, count }) => {
      const item = kindItems.find((i) => i.code === key);
      return {
        code: String(key),
        ...label(item?.labelZh ?? String(key), item?.labelEn ?? String(key)),
        color: item?.color ?? null,
        count,
      };
    });
    const statusOrder = Object.keys(STATUS_LABELS);
    const statusBuckets = byStatus
      .map(({ key, count }) => {
        const names = STATUS_LABELS[key as CustomerStatus] ?? { zh: String(key), en: String(key) };
        return { code: String(key), ...label(names.zh, names.en), color: null, count };
      })
      .sort((a, b) => statusOrder.indexOf(a.code) - statusOrder.indexOf(b.code));

    const regions = regionBuckets(byRegion, snap, en);
    return {
      totals: {
        customers: byKind.reduce((sum, row) => sum + row.count, 0),
        contacts,
        followupsLast30Days: followups,
      },
      byKind: kindBuckets,
      byStatus: statusBuckets,
      byGrade: itemBuckets(byGrade),
      byCategory: itemBuckets(byCategory),
      byRegion: regions.provinces,
      byRegionGroup: regions.groups,
    };
  }

  private async countRecentFollowups(ctx: AppContext) {
    const since = toDbValue(new Date(Date.now() - 30 * DAY_MS), dialectOf(this.ds));
    const qb = await scopedChildren(ctx, Followup, 'f');
    return qb.andWhere('f.happened_at >= :since', { since }).getCount();
  }
}

async function grouped(
  builder: Promise<SelectQueryBuilder<Customer>>,
  column: string,
): Promise<Count[]> {
  const rows = await (
    await builder
  )
    .select(column, 'k')
    .addSelect('COUNT(*)', 'n')
    .groupBy(column)
    .getRawMany<{ k: string | number | null; n: string | number }>();
  return rows.map((row) => ({ key: row.k, count: Number(row.n) }));
}

/** Province counts (cities rolled up) and region-group totals, largest first. */
function regionBuckets(counts: Count[], snap: DictionarySnapshot, en: boolean) {
  const provinces = new Map<string, OverviewRegionBucket>();
  const groups = new Map<string, OverviewBucket>();
  const add = <T extends OverviewBucket>(
    map: Map<string, T>,
    key: string,
    make: () => T,
    count: number,
  ) => {
    const bucket = map.get(key) ?? map.set(key, make()).get(key)!;
    bucket.count += count;
  };
  const described = (item: DictionaryItem | undefined) =>
    item
      ? {
          code: item.code,
          labelZh: item.labelZh,
          labelEn: item.labelEn,
          label: en ? item.labelEn : item.labelZh,
          color: item.color ?? null,
        }
      : {
          code: null,
          labelZh: NOT_SET.zh,
          labelEn: NOT_SET.en,
          label: en ? NOT_SET.en : NOT_SET.zh,
          color: null,
        };
  for (const { key, count } of counts) {
    const path = key === null ? [] : snap.path(Number(key));
    const group = path[0];
    const province = path[1] ?? path[0];
    const provinceInfo = described(province);
    const groupInfo = described(group);
    add(
      provinces,
      provinceInfo.code ?? '',
      () => ({
        ...provinceInfo,
        count: 0,
        groupCode: group && path.length > 1 ? group.code : null,
        groupLabelZh: group && path.length > 1 ? group.labelZh : null,
        groupLabelEn: group && path.length > 1 ? group.labelEn : null,
        groupLabel: group && path.length > 1 ? groupInfo.label : null,
      }),
      count,
    );
    add(groups, groupInfo.code ?? '', () => ({ ...groupInfo, count: 0 }), count);
  }
  const largestFirst = (a: OverviewBucket, b: OverviewBucket) =>
    (a.code === null ? 1 : 0) - (b.code === null ? 1 : 0) || b.count - a.count;
  return {
    provinces: [...provinces.values()].sort(largestFirst),
    groups: [...groups.values()].sort(largestFirst),
  };
}
