import { DICT, isValidDate } from '@dossier/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import type { AppContext } from '../../common/context';
import { AppError, InputProblems, notFound } from '../../common/errors/app-error';
import { parseId } from '../../common/ids';
import { inTransaction } from '../../common/transaction';
import { contactScopePredicate, customerScopePredicate, type PolicyScope } from '../access/access-policy';
import type { Department } from '../department/department.entity';
import { Contact } from '../contact/contact.entity';
import { Customer } from '../customer/customer.entity';
import { dictionaryItemId, optionalText } from '../followup/activity-support';
import { NodeKind, Relationship } from './relationship.entity';
import type { CreateRelationshipInput, GraphEdge, GraphNode, RelationshipGraph } from './relationship.inputs';

export const MAX_GRAPH_DEPTH = 4;
export const MAX_GRAPH_NODES = 1000;
export const nodeKey = (kind: NodeKind | string, id: number) => `${kind}:${id}`;

export class RelationshipService {
  constructor(private readonly ds: DataSource) {}

  /** Which of the given nodes the caller may read: two statements at most, the policy inside SQL. */
  async readable(caller: Caller | null, scope: PolicyScope, nodes: { kind: NodeKind; id: number }[], em: EntityManager = this.ds.manager): Promise<Set<string>> {
    const { customers, contacts } = this.readableQueries(caller, scope, nodes, em);
    const [customerRows, contactRows] = await Promise.all([customers?.select('c.id', 'id').getRawMany<{ id: number }>() ?? [], contacts?.select('ct.id', 'id').getRawMany<{ id: number }>() ?? []]);
    return new Set([...customerRows.map((r) => nodeKey(NodeKind.CUSTOMER, Number(r.id))), ...contactRows.map((r) => nodeKey(NodeKind.CONTACT, Number(r.id)))]);
  }

  /** The readable ones among the given nodes, loaded whole (so resolving the other ends costs no further statement). */
  async readableRows(caller: Caller | null, scope: PolicyScope, nodes: { kind: NodeKind; id: number }[]): Promise<{ customers: Customer[]; contacts: Contact[] }> {
    const { customers, contacts } = this.readableQueries(caller, scope, nodes, this.ds.manager);
    const [customerRows, contactRows] = await Promise.all([customers?.getMany() ?? [], contacts?.getMany() ?? []]);
    return { customers: customerRows, contacts: contactRows };
  }

  private readableQueries(caller: Caller | null, scope: PolicyScope, nodes: { kind: NodeKind; id: number }[], em: EntityManager) {
    const customerIds = [...new Set(nodes.filter((n) => n.kind === NodeKind.CUSTOMER).map((n) => n.id))];
    const contactIds = [...new Set(nodes.filter((n) => n.kind === NodeKind.CONTACT).map((n) => n.id))];
    const customer = customerScopePredicate(caller, 'c', scope);
    const contact = contactScopePredicate(caller, 'ct', scope);
    return {
      customers: customerIds.length ? em.getRepository(Customer).createQueryBuilder('c').where('c.id IN (:...ids)', { ids: customerIds }).andWhere(customer.sql, customer.params) : null,
      contacts: contactIds.length ? em.getRepository(Contact).createQueryBuilder('ct').where('ct.id IN (:...ids)', { ids: contactIds }).andWhere(contact.sql, contact.params) : null,
    };
  }

  /** Edges touching any of the nodes (optionally of some types): one statement. */
  async edgesTouching(nodes: { kind: NodeKind; id: number }[], typeIds?: number[]): Promise<Relationship[]> {
    if (!nodes.length) return [];
    const qb = this.ds.getRepository(Relationship).createQueryBuilder('r');
    const customers = nodes.filter((n) => n.kind === NodeKind.CUSTOMER).map((n) => n.id);
    const contacts = nodes.filter((n) => n.kind === NodeKind.CONTACT).map((n) => n.id);
    const ors: string[] = [];
    const params: Record<string, unknown> = {};
    if (customers.length) {
      ors.push(`(r.from_kind = 'CUSTOMER' AND r.from_id IN (:...cu)) OR (r.to_kind = 'CUSTOMER' AND r.to_id IN (:...cu))`);
      params.cu = customers;
    }
    if (contacts.length) {
      ors.push(`(r.from_kind = 'CONTACT' AND r.from_id IN (:...co)) OR (r.to_kind = 'CONTACT' AND r.to_id IN (:...co))`);
      params.co = contacts;
    }
    qb.where(`(${ors.join(' OR ')})`, params);
    if (typeIds) qb.andWhere(typeIds.length ? 'r.type_id IN (:...types)' : '1 = 0', { types: typeIds });
    return qb.orderBy('r.id').getMany();
  }

  /**
   * A bounded neighbourhood of a root, by batched frontier expansion: one round of edges per
   * level, and only nodes the caller can read join the frontier, so the walk never passes
   * through an unreadable node. Cycles end at nodes already seen.
   */
  async graph(ctx: AppContext, rootKind: NodeKind, rootId: number, depth: number, typeCodes: string[] | null, limit: number): Promise<RelationshipGraph> {
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_GRAPH_DEPTH) throw new AppError('BAD_USER_INPUT', 'outOfRange', { field: 'depth', min: 1, max: MAX_GRAPH_DEPTH }, { field: 'depth' });
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_GRAPH_NODES) throw new AppError('BAD_USER_INPUT', 'outOfRange', { field: 'limit', min: 1, max: MAX_GRAPH_NODES }, { field: 'limit' });
    const root = { kind: rootKind, id: rootId };
    if (!(await this.readable(ctx.caller, await ctx.loaders.policyScope(ctx.caller), [root])).has(nodeKey(rootKind, rootId))) throw notFound(rootKind === NodeKind.CUSTOMER ? 'Customer' : 'Contact', rootId);
    let typeIds: number[] | undefined;
    if (typeCodes) {
      const snap = await ctx.loaders.dictionarySnapshot();
      typeIds = typeCodes.map((code) => snap.item(DICT.relationshipType, code)?.id).filter((id): id is number => id !== undefined);
    }
    const depthOf = new Map<string, number>([[nodeKey(rootKind, rootId), 0]]);
    const edges = new Map<number, Relationship>();
    let frontier = [root];
    let truncated = false;
    for (let level = 1; level <= depth && frontier.length && !truncated; level++) {
      const rows = await this.edgesTouching(frontier, typeIds);
      const unseen = new Map<string, { kind: NodeKind; id: number }>();
      for (const r of rows) {
        for (const end of [{ kind: r.fromKind, id: r.fromId }, { kind: r.toKind, id: r.toId }]) {
          const key = nodeKey(end.kind, end.id);
          if (!depthOf.has(key)) unseen.set(key, end);
        }
      }
      const readable = await this.readable(ctx.caller, await ctx.loaders.policyScope(ctx.caller), [...unseen.values()]);
      const next: { kind: NodeKind; id: number }[] = [];
      for (const [key, node] of unseen) {
        if (!readable.has(key)) continue;
        if (depthOf.size >= limit) {
          truncated = true;
          break;
        }
        depthOf.set(key, level);
        next.push(node);
      }
      for (const r of rows) {
        if (depthOf.has(nodeKey(r.fromKind, r.fromId)) && depthOf.has(nodeKey(r.toKind, r.toId))) edges.set(r.id, r);
      }
      frontier = next;
    }
    const keys = [...depthOf.keys()].map((k) => k.split(':'));
    const customerIds = keys.filter(([k]) => k === NodeKind.CUSTOMER).map(([, id]) => Number(id));
    const contactIds = keys.filter(([k]) => k === NodeKind.CONTACT).map(([, id]) => Number(id));
    const [customers, contacts] = await Promise.all([
      customerIds.length ? this.ds.getRepository(Customer).findBy({ id: In(customerIds) }) : [],
      contactIds.length ? this.ds.getRepository(Contact).findBy({ id: In(contactIds) }) : [],
    ]);
    const nodes: GraphNode[] = [
      ...customers.map((c) => ({ key: nodeKey(NodeKind.CUSTOMER, c.id), kind: NodeKind.CUSTOMER, id: c.id, label: c.name, depth: depthOf.get(nodeKey(NodeKind.CUSTOMER, c.id))!, customer: c, contact: null })),
      ...contacts.map((c) => ({ key: nodeKey(NodeKind.CONTACT, c.id), kind: NodeKind.CONTACT, id: c.id, label: c.name, depth: depthOf.get(nodeKey(NodeKind.CONTACT, c.id))!, customer: null, contact: c })),
    ].sort((a, b) => a.depth - b.depth || a.key.localeCompare(b.key));
    const graphEdges: GraphEdge[] = [...edges.values()].map((r) => ({ id: r.id, from: nodeKey(r.fromKind, r.fromId), to: nodeKey(r.toKind, r.toId), relationship: r }));
    return { nodes, edges: graphEdges, truncated };
  }

  create(ctx: AppContext, input: CreateRelationshipInput): Promise<Relationship> {
    return inTransaction(ctx, async (em) => {
      const problems = new InputProblems();
      const snap = await ctx.loaders.dictionarySnapshot();
      const typeId = dictionaryItemId(snap, DICT.relationshipType, input.type, 'relationship.type', problems);
      const type = typeId ? snap.itemById.get(typeId) : undefined;
      const fromId = parseId(input.fromId, 'relationship.fromId');
      const toId = parseId(input.toId, 'relationship.toId');
      if (typeId === null) problems.add('relationship.type', 'required');
      if (type) {
        const attrs = (type.attributes ?? {}) as { fromKinds?: string[]; toKinds?: string[] };
        if (!(attrs.fromKinds ?? []).includes(input.fromKind)) problems.add('relationship.fromKind', 'optionNotAllowed', { value: input.fromKind, controlling: input.type });
        if (!(attrs.toKinds ?? []).includes(input.toKind)) problems.add('relationship.toKind', 'optionNotAllowed', { value: input.toKind, controlling: input.type });
      }
      if (input.fromKind === input.toKind && fromId === toId) problems.add('relationship.toId', 'invalidFormat');
      for (const key of ['since', 'until'] as const) if (input[key] && !isValidDate(input[key]!)) problems.add(`relationship.${key}`, 'notDate', { field: key });
      if (input.strength !== undefined && input.strength !== null && (input.strength < 1 || input.strength > 5)) problems.add('relationship.strength', 'outOfRange', { field: 'strength', min: 1, max: 5 });
      const note = optionalText(input.note, 'relationship.note', problems, 500);
      problems.throwIfAny();
      // The caller edits the `from` end and must be able to read the other.
      if (input.fromKind === NodeKind.CUSTOMER) await ctx.services.customers.get(ctx, fromId, em, 'edit');
      else await ctx.services.contacts.get(ctx, fromId, em, 'edit');
      if (!(await this.readable(ctx.caller, await ctx.loaders.policyScope(ctx.caller), [{ kind: input.toKind, id: toId }], em)).size) throw notFound(input.toKind === NodeKind.CUSTOMER ? 'Customer' : 'Contact', toId);
      const edge = await em.save(
        em.create(Relationship, { typeId: type!.id, fromKind: input.fromKind, fromId, toKind: input.toKind, toId, since: input.since || null, until: input.until || null, strength: input.strength ?? null, note: note ?? null, createdBy: ctx.caller?.userId ?? null }),
      );
      await ctx.services.audit.record(em, ctx, { action: 'relationship.create', entity: 'Relationship', entityId: edge.id, diff: { type: input.type, from: nodeKey(input.fromKind, fromId), to: nodeKey(input.toKind, toId) } });
      return edge;
    });
  }

  delete(ctx: AppContext, id: number): Promise<Relationship> {
    return inTransaction(ctx, async (em) => {
      const edge = await em.findOneBy(Relationship, { id });
      if (!edge) throw notFound('Relationship', id);
      if (edge.fromKind === NodeKind.CUSTOMER) await ctx.services.customers.get(ctx, edge.fromId, em, 'edit');
      else await ctx.services.contacts.get(ctx, edge.fromId, em, 'edit');
      await em.delete(Relationship, { id });
      await ctx.services.audit.record(em, ctx, { action: 'relationship.delete', entity: 'Relationship', entityId: id, diff: { from: nodeKey(edge.fromKind, edge.fromId), to: nodeKey(edge.toKind, edge.toId) } });
      return edge;
    });
  }
}
