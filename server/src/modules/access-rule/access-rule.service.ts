import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import type { AppContext } from '../../common/context';
import { InputProblems, notFound } from '../../common/errors/app-error';
import { parseId } from '../../common/ids';
import { inTransaction } from '../../common/transaction';
import type { CompiledRule } from '../access/access-policy';
import { Department } from '../department/department.entity';
import type { DictionarySnapshot } from '../dictionary/dictionary.snapshot';
import { BUILT_IN_BY_KEY } from '../field-definition/built-in-fields';
import { Role } from '../role/role.entity';
import { User } from '../user/user.entity';
import { AccessRule, AccessRuleItem, RuleSubject } from './access-rule.entity';
import { RULE_FIELDS, type CreateAccessRuleInput } from './access-rule.inputs';

/** Territory rules (数据权限规则): admins attach them to roles, departments or users. */
export class AccessRuleService {
  constructor(private readonly ds: DataSource) {}

  list() {
    return this.ds.getRepository(AccessRule).find({ order: { id: 'ASC' } });
  }

  itemsOf(ruleIds: number[]) {
    return this.ds.getRepository(AccessRuleItem).find({ where: { ruleId: In(ruleIds) }, order: { id: 'ASC' } });
  }

  create(ctx: AppContext, input: CreateAccessRuleInput): Promise<AccessRule> {
    return inTransaction(ctx, async (em) => {
      const problems = new InputProblems();
      const subjectId = parseId(input.subjectId, 'input.accessRule.subjectId');
      const entity = { [RuleSubject.ROLE]: Role, [RuleSubject.DEPARTMENT]: Department, [RuleSubject.USER]: User }[input.subjectType];
      if (!(await em.existsBy(entity, { id: subjectId }))) problems.add('input.accessRule.subjectId', 'unknownReference', { value: subjectId });
      const field = BUILT_IN_BY_KEY.get(input.field);
      if (!field?.dictionary || !(RULE_FIELDS as readonly string[]).includes(input.field)) problems.add('input.accessRule.field', 'ruleField', { fields: RULE_FIELDS.join(', ') });
      const snap = await ctx.loaders.dictionarySnapshot();
      const codes = [...new Set(input.itemCodes.map((c) => c.trim()).filter(Boolean))];
      if (!codes.length) problems.add('input.accessRule.itemCodes', 'required');
      const itemIds: number[] = [];
      if (field?.dictionary) {
        for (const code of codes) {
          const item = snap.item(field.dictionary, code);
          if (item) itemIds.push(item.id);
          else problems.add('input.accessRule.itemCodes', 'unknownRuleItem', { value: code, dictionary: field.dictionary });
        }
      }
      const description = input.description?.trim() || null;
      if (description && description.length > 500) problems.add('input.accessRule.description', 'tooLong', { max: 500 });
      problems.throwIfAny();
      const rule = em.create(AccessRule, { subjectType: input.subjectType, subjectId, field: input.field, level: input.level, description, createdBy: ctx.caller?.userId ?? null, createdAt: new Date() });
      await em.save(rule);
      await em.insert(AccessRuleItem, itemIds.map((itemId) => ({ ruleId: rule.id, itemId })));
      await ctx.services.audit.record(em, ctx, { action: 'accessRule.create', entity: 'AccessRule', entityId: rule.id, diff: { subjectType: input.subjectType, subjectId, field: input.field, itemCodes: codes, level: input.level } });
      return rule;
    });
  }

  delete(ctx: AppContext, id: number): Promise<AccessRule> {
    return inTransaction(ctx, async (em) => {
      const rule = await em.findOneBy(AccessRule, { id });
      if (!rule) throw notFound('AccessRule', id);
      await em.delete(AccessRuleItem, { ruleId: id });
      await em.delete(AccessRule, { id });
      await ctx.services.audit.record(em, ctx, { action: 'accessRule.delete', entity: 'AccessRule', entityId: id, diff: { subjectType: rule.subjectType, subjectId: rule.subjectId, field: rule.field } });
      return rule;
    });
  }

  /**
   * The caller's rules, compiled: those on the caller, on any of their roles, and on their
   * department or any department above it. Items are expanded to their descendants from the
   * cached dictionary tree (disabled items included, so disabling keeps rules working).
   */
  async forCaller(caller: Caller, departments: Pick<Department, 'id' | 'parentId'>[], snap: DictionarySnapshot, em: EntityManager = this.ds.manager): Promise<CompiledRule[]> {
    const deptChain: number[] = [];
    const parentOf = new Map(departments.map((d) => [d.id, d.parentId]));
    for (let d = caller.departmentId; d !== null && d !== undefined && !deptChain.includes(d); d = parentOf.get(d) ?? null) deptChain.push(d);
    const qb = em
      .createQueryBuilder(AccessRule, 'r')
      .innerJoin(AccessRuleItem, 'ri', 'ri.rule_id = r.id')
      .select(['r.id AS id', 'r.field AS field', 'r.level AS level', 'ri.item_id AS item_id'])
      .where(`(r.subject_type = 'USER' AND r.subject_id = :me)`, { me: caller.userId ?? -1 });
    if (caller.roleIds.length) qb.orWhere(`(r.subject_type = 'ROLE' AND r.subject_id IN (:...roles))`, { roles: caller.roleIds });
    if (deptChain.length) qb.orWhere(`(r.subject_type = 'DEPARTMENT' AND r.subject_id IN (:...depts))`, { depts: deptChain });
    const rows = await qb.getRawMany<{ id: number; field: string; level: 'READ' | 'EDIT'; item_id: number }>();
    const rules = new Map<number, CompiledRule>();
    for (const row of rows) {
      const id = Number(row.id);
      const column = BUILT_IN_BY_KEY.get(row.field)?.column;
      if (!column) continue;
      const rule = rules.get(id) ?? { id, column, itemIds: [], level: row.level };
      rule.itemIds.push(...snap.subtreeIds(Number(row.item_id)));
      rules.set(id, rule);
    }
    return [...rules.values()].map((r) => ({ ...r, itemIds: [...new Set(r.itemIds)] }));
  }
}
