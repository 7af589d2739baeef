import { In, type DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import type { AppContext } from '../../common/context';
import { InputProblems, notFound } from '../../common/errors/app-error';
import { checkLength, VARCHAR } from '../../common/limits';
import { parseId } from '../../common/ids';
import { RevisionedCache } from '../../common/revisioned-cache';
import type { CompiledRule } from '../access/access-policy';
import { Department } from '../department/department.entity';
import type { DictionarySnapshot } from '../dictionary/dictionary.snapshot';
import { BUILT_IN_BY_KEY } from '../field-definition/built-in-fields';
import { Role } from '../role/role.entity';
import { User } from '../user/user.entity';
import { AccessRule, AccessRuleItem, RuleSubject } from './access-rule.entity';
import { RULE_FIELDS, type CreateAccessRuleInput } from './access-rule.inputs';

/** Territory rules (数据权限规则): admins attach them to roles, departments or users. */
export const ACCESS_RULE_CACHE = 'access-rule';

export class AccessRuleService {
  readonly cache: RevisionedCache<RuleRow[]>;
  private loadedWith?: DictionarySnapshot;

  constructor(private readonly ds: DataSource) {
    this.cache = new RevisionedCache(ds, ACCESS_RULE_CACHE, loadRuleRows);
  }

  list() {
    return this.ds.getRepository(AccessRule).find({ order: { id: 'ASC' } });
  }

  itemsOf(ruleIds: number[]) {
    return this.ds
      .getRepository(AccessRuleItem)
      .find({ where: { ruleId: In(ruleIds) }, order: { id: 'ASC' } });
  }

  create(ctx: AppContext, input: CreateAccessRuleInput): Promise<AccessRule> {
    return this.cache.write(async (em) => {
      const problems = new InputProblems();
      const subjectId = parseId(input.subjectId, 'input.accessRule.subjectId');
      const entity = {
        [RuleSubject.ROLE]: Role,
        [RuleSubject.DEPARTMENT]: Department,
        [RuleSubject.USER]: User,
      }[input.subjectType];
      if (!(await em.existsBy(entity, { id: subjectId })))
        problems.add('input.accessRule.subjectId', 'unknownReference', { value: subjectId });
      const field = BUILT_IN_BY_KEY.get(input.field);
      if (!field?.dictionary || !(RULE_FIELDS as readonly string[]).includes(input.field))
        problems.add('input.accessRule.field', 'ruleField', { fields: RULE_FIELDS.join(', ') });
      const snap = await ctx.loaders.dictionarySnapshot();
      const codes = [...new Set(input.itemCodes.map((c) => c.trim()).filter(Boolean))];
      if (!codes.length) problems.add('input.accessRule.itemCodes', 'required');
      const itemIds: number[] = [];
      if (field?.dictionary) {
        for (const code of codes) {
          const item = snap.item(field.dictionary, code);
          if (item) itemIds.push(item.id);
          else
            problems.add('input.accessRule.itemCodes', 'unknownRuleItem', {
              value: code,
              dictionary: field.dictionary,
            });
        }
      }
      const description = input.description?.trim() || null;
      checkLength(
        problems,
        'input.accessRule.description',
        description,
        VARCHAR.access_rule.description,
      );
      problems.throwIfAny();
      const rule = em.create(AccessRule, {
        subjectType: input.subjectType,
        subjectId,
        field: input.field,
        level: input.level,
        description,
        createdBy: ctx.caller?.userId ?? null,
        createdAt: new Date(),
      });
      await em.save(rule);
      await em.insert(
        AccessRuleItem,
        itemIds.map((itemId) => ({ ruleId: rule.id, itemId })),
      );
      await ctx.services.audit.record(em, ctx, {
        action: 'accessRule.create',
        entity: 'AccessRule',
        entityId: rule.id,
        diff: {
          subjectType: input.subjectType,
          subjectId,
          field: input.field,
          itemCodes: codes,
          level: input.level,
        },
      });
      return rule;
    });
  }

  delete(ctx: AppContext, id: number): Promise<AccessRule> {
    return this.cache.write(async (em) => {
      const rule = await em.findOneBy(AccessRule, { id });
      if (!rule) throw notFound('AccessRule', id);
      await em.delete(AccessRuleItem, { ruleId: id });
      await em.delete(AccessRule, { id });
      await ctx.services.audit.record(em, ctx, {
        action: 'accessRule.delete',
        entity: 'AccessRule',
        entityId: id,
        diff: { subjectType: rule.subjectType, subjectId: rule.subjectId, field: rule.field },
      });
      return rule;
    });
  }

  /**
   * The caller's rules, compiled: those on the caller, on any of their roles, and on their
   * department or any department above it. Items are expanded to their descendants from the
   * cached dictionary tree (disabled items included, so disabling keeps rules working). Reads the
   * process-wide rule cache: no statement per request.
   */
  async forCaller(
    caller: Caller,
    departments: Pick<Department, 'id' | 'parentId'>[],
    snap: DictionarySnapshot,
  ): Promise<CompiledRule[]> {
    const deptChain = new Set<number>();
    const parentOf = new Map(departments.map((d) => [d.id, d.parentId]));
    for (
      let d = caller.departmentId;
      d !== null && d !== undefined && !deptChain.has(d);
      d = parentOf.get(d) ?? null
    )
      deptChain.add(d);
    const roles = new Set(caller.roleIds);
    const applies = (row: RuleRow) =>
      (row.subjectType === RuleSubject.USER && row.subjectId === caller.userId) ||
      (row.subjectType === RuleSubject.ROLE && roles.has(row.subjectId)) ||
      (row.subjectType === RuleSubject.DEPARTMENT && deptChain.has(row.subjectId));
    const rules = new Map<number, CompiledRule>();
    for (const row of await this.rows(snap)) {
      if (!applies(row)) continue;
      const column = BUILT_IN_BY_KEY.get(row.field)?.column;
      if (!column) continue;
      const rule = rules.get(row.id) ?? {
        id: row.id,
        roleId: row.subjectType === RuleSubject.ROLE ? row.subjectId : null,
        column,
        itemIds: [] as number[],
        level: row.level,
      };
      rule.itemIds.push(...snap.subtreeIds(row.itemId));
      rules.set(row.id, rule);
    }
    return [...rules.values()].map((r) => ({ ...r, itemIds: [...new Set(r.itemIds)] }));
  }

  /** Every rule item, cached per process; reloaded after a rule write and whenever the dictionaries change (a merge rewrites rule items). */
  private rows(snap: DictionarySnapshot): Promise<RuleRow[]> {
    if (this.loadedWith !== snap) {
      this.cache.invalidate();
      this.loadedWith = snap;
    }
    return this.cache.get();
  }
}

interface RuleRow {
  id: number;
  subjectType: RuleSubject;
  subjectId: number;
  field: string;
  level: 'READ' | 'EDIT';
  itemId: number;
}

async function loadRuleRows(ds: DataSource): Promise<RuleRow[]> {
  const rows = await ds
    .createQueryBuilder(AccessRule, 'r')
    .innerJoin(AccessRuleItem, 'ri', 'ri.rule_id = r.id')
    .select([
      'r.id AS id',
      'r.subject_type AS subject_type',
      'r.subject_id AS subject_id',
      'r.field AS field',
      'r.level AS level',
      'ri.item_id AS item_id',
    ])
    .getRawMany<{
      id: number;
      subject_type: RuleSubject;
      subject_id: number;
      field: string;
      level: 'READ' | 'EDIT';
      item_id: number;
    }>();
  return rows.map((r) => ({
    id: Number(r.id),
    subjectType: r.subject_type,
    subjectId: Number(r.subject_id),
    field: r.field,
    level: r.level,
    itemId: Number(r.item_id),
  }));
}
