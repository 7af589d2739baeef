import { DICT, isValidDate } from '@dossier/shared';
import {
  type DataSource,
  type EntityManager,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import type { AppContext } from '../../common/context';
import { AppError, forbidden, InputProblems, notFound } from '../../common/errors/app-error';
import { VARCHAR } from '../../common/limits';
import { parseId } from '../../common/ids';
import { inTransaction } from '../../common/transaction';
import {
  contactScopePredicate,
  customerScopePredicate,
  type AccessMode,
  type PolicyScope,
} from '../access/access-policy';
import { childPredicate, contactPredicate, unscoped } from '../access/scoped-reads';
import type { Department } from '../department/department.entity';
import { Contact } from '../contact/contact.entity';
import { Customer } from '../customer/customer.entity';
import { dictionaryItemId, optionalText } from '../followup/activity-support';
import { NodeKind, Relationship } from './relationship.entity';
import { linkedCustomerIds } from '../contact/contact.service';
import type {
  CreateRelationshipInput,
  GraphEdge,
  GraphNode,
  RelationshipGraph,
} from './relationship.inputs';

export const MAX_GRAPH_DEPTH = 4;
export const MAX_GRAPH_NODES = 1000;
export const nodeKey = (kind: NodeKind | string, id: number) => `${kind}:${id}`;

type ReadableNode = { kind: NodeKind; id: number; label: string };
type EdgeEnds = Pick<Relationship, 'id' | 'fromKind' | 'fromId' | 'toKind' | 'toId'>;

export class RelationshipService {
  constructor(private readonly ds: DataSource) {}

  /** Which of the given nodes the caller may read: two statements at most, the policy inside SQL. */
  async readable(
    caller: Caller | null,
    scope: PolicyScope,
    nodes: { kind: NodeKind; id: number }[],
    em: EntityManager = this.ds.manager,
    mode: AccessMode = 'read',
  ): Promise<Set<string>> {
    return new Set(
      (await this.firstReadable(caller, scope, nodes, em, undefined, mode)).map((n) =>
        nodeKey(n.kind, n.id),
      ),
    );
  }

  /**
   * The readable ones among the given nodes with their names: customers by id, then contacts by
   * id, at most `max` of them. With `max` the database stops after that many rows.
   */
  async firstReadable(
    caller: Caller | null,
    scope: PolicyScope,
    nodes: { kind: NodeKind; id: number }[],
    em: EntityManager = this.ds.manager,
    max?: number,
    mode: AccessMode = 'read',
  ): Promise<ReadableNode[]> {
    const { customers, contacts } = this.readableQueries(caller, scope, nodes, em, mode);
    const rows = (qb: SelectQueryBuilder<ObjectLiteral> | null, alias: string) =>
      qb
        ? qb
            .select(`${alias}.id`, 'id')
            .addSelect(`${alias}.name`, 'name')
            .orderBy(`${alias}.id`)
            .limit(max)
            .getRawMany<{ id: number; name: string }>()
        : [];
    const [customerRows, contactRows] = await Promise.all([
      rows(customers, 'c'),
      rows(contacts, 'ct'),
    ]);
    const found = [
      ...customerRows.map((r) => ({ kind: NodeKind.CUSTOMER, id: Number(r.id), label: r.name })),
      ...contactRows.map((r) => ({ kind: NodeKind.CONTACT, id: Number(r.id), label: r.name })),
    ];
    return found.slice(0, max);
  }

  /** The readable ones among the given nodes, loaded whole (so resolving the other ends costs no further statement). */
  async readableRows(
    caller: Caller | null,
    scope: PolicyScope,
    nodes: { kind: NodeKind; id: number }[],
  ): Promise<{ customers: Customer[]; contacts: Contact[] }> {
    const { customers, contacts } = this.readableQueries(caller, scope, nodes, this.ds.manager);
    const [customerRows, contactRows] = await Promise.all([
      customers?.getMany() ?? [],
      contacts?.getMany() ?? [],
    ]);
    return { customers: customerRows, contacts: contactRows };
  }

  private readableQueries(
    caller: Caller | null,
    scope: PolicyScope,
    nodes: { kind: NodeKind; id: number }[],
    em: EntityManager,
    mode: AccessMode = 'read',
  ) {
    const customerIds = [
      ...new Set(nodes.filter((n) => n.kind === NodeKind.CUSTOMER).map((n) => n.id)),
    ];
    const contactIds = [
      ...new Set(nodes.filter((n) => n.kind === NodeKind.CONTACT).map((n) => n.id)),
    ];
    const customer = customerScopePredicate(caller, 'c', scope, mode);
    const contact = contactScopePredicate(caller, 'ct', scope, mode);
    // The policy's predicates for this caller are added right here (the caller may be another user's).
    return {
      customers: customerIds.length
        ? unscoped(em)
            .getRepository(Customer)
            .createQueryBuilder('c')
            .where('c.id IN (:...ids)', { ids: customerIds })
            .andWhere(customer.sql, customer.params)
        : null,
      contacts: contactIds.length
        ? unscoped(em)
            .getRepository(Contact)
            .createQueryBuilder('ct')
            .where('ct.id IN (:...ids)', { ids: contactIds })
            .andWhere(contact.sql, contact.params)
        : null,
    };
  }

  /** Edges touching any of the nodes (optionally of some types): one statement. */
  async edgesTouching(
    nodes: { kind: NodeKind; id: number }[],
    typeIds?: number[],
  ): Promise<Relationship[]> {
    return nodes.length ? this.touchingQuery(nodes, typeIds).orderBy('r.id').getMany() : [];
  }

  /** Only the ends of those edges, for a walk that needs nothing else. */
  async edgeEndsTouching(
    nodes: { kind: NodeKind; id: number }[],
    typeIds?: number[],
  ): Promise<EdgeEnds[]> {
    if (!nodes.length) return [];
    const rows = await this.touchingQuery(nodes, typeIds)
      .select('r.id', 'id')
      .addSelect('r.from_kind', 'fromKind')
      .addSelect('r.from_id', 'fromId')
      .addSelect('r.to_kind', 'toKind')
      .addSelect('r.to_id', 'toId')
      .orderBy('r.id')
      .getRawMany<EdgeEnds>();
    return rows.map((r) => ({
      id: Number(r.id),
      fromKind: r.fromKind,
      fromId: Number(r.fromId),
      toKind: r.toKind,
      toId: Number(r.toId),
    }));
  }

  private touchingQuery(nodes: { kind: NodeKind; id: number }[], typeIds?: number[]) {
    // Edges touching nodes the walk already admitted; their other ends pass the policy after.
    const qb = unscoped(this.ds).getRepository(Relationship).createQueryBuilder('r');
    const customers = nodes.filter((n) => n.kind === NodeKind.CUSTOMER).map((n) => n.id);
    const contacts = nodes.filter((n) => n.kind === NodeKind.CONTACT).map((n) => n.id);
    const ors: string[] = [];
    const params: Record<string, unknown> = {};
    if (customers.length) {
      ors.push(
        `(r.from_kind = 'CUSTOMER' AND r.from_id IN (:...cu)) OR (r.to_kind = 'CUSTOMER' AND r.to_id IN (:...cu))`,
      );
      params.cu = customers;
    }
    if (contacts.length) {
      ors.push(
        `(r.from_kind = 'CONTACT' AND r.from_id IN (:...co)) OR (r.to_kind = 'CONTACT' AND r.to_id IN (:...co))`,
      );
      params.co = contacts;
    }
    qb.where(`(${ors.join(' OR ')})`, params);
    if (typeIds)
      qb.andWhere(typeIds.length ? 'r.type_id IN (:...types)' : '1 = 0', { types: typeIds });
    return qb;
  }

  /**
   * A bounded neighbourhood of a root, by batched frontier expansion: one round of edges per
   * level, and only nodes the caller can read join the frontier, so the walk never passes
   * through an unreadable node. Cycles end at nodes already seen. When the limit cuts a level,
   * its customers are kept before its contacts, each in id order.
   */
  async graph(
    ctx: AppContext,
    rootKind: NodeKind,
    rootId: number,
    depth: number,
    typeCodes: string[] | null,
    limit: number,
  ): Promise<RelationshipGraph> {
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_GRAPH_DEPTH)
      throw new AppError(
        'BAD_USER_INPUT',
        'outOfRange',
        { field: 'depth', min: 1, max: MAX_GRAPH_DEPTH },
        { field: 'depth' },
      );
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_GRAPH_NODES)
      throw new AppError(
        'BAD_USER_INPUT',
        'outOfRange',
        { field: 'limit', min: 1, max: MAX_GRAPH_NODES },
        { field: 'limit' },
      );
    const root = { kind: rootKind, id: rootId };
    const scope = await ctx.loaders.policyScope(ctx.caller);
    const [rootNode] = await this.firstReadable(ctx.caller, scope, [root]);
    if (!rootNode) throw notFound(rootKind === NodeKind.CUSTOMER ? 'Customer' : 'Contact', rootId);
    let typeIds: number[] | undefined;
    if (typeCodes) {
      const snap = await ctx.loaders.dictionarySnapshot();
      typeIds = typeCodes
        .map((code) => snap.item(DICT.relationshipType, code)?.id)
        .filter((id): id is number => id !== undefined);
    }
    const reached = new Map<string, GraphNode>([
      [nodeKey(rootKind, rootId), { ...rootNode, key: nodeKey(rootKind, rootId), depth: 0 }],
    ]);
    const edges = new Map<number, EdgeEnds>();
    let frontier: { kind: NodeKind; id: number }[] = [root];
    let truncated = false;
    for (let level = 1; level <= depth && frontier.length && !truncated; level++) {
      const rows = await this.edgeEndsTouching(frontier, typeIds);
      const unseen = new Map<string, { kind: NodeKind; id: number }>();
      for (const r of rows) {
        for (const end of [
          { kind: r.fromKind, id: r.fromId },
          { kind: r.toKind, id: r.toId },
        ]) {
          const key = nodeKey(end.kind, end.id);
          if (!reached.has(key)) unseen.set(key, end);
        }
      }
      // One more than fits tells whether the limit cut the walk short.
      const room = limit - reached.size;
      const readable = unseen.size
        ? await this.firstReadable(ctx.caller, scope, [...unseen.values()], undefined, room + 1)
        : [];
      truncated = readable.length > room;
      const admitted = readable.slice(0, room);
      for (const node of admitted)
        reached.set(nodeKey(node.kind, node.id), {
          ...node,
          key: nodeKey(node.kind, node.id),
          depth: level,
        });
      frontier = admitted;
      for (const r of rows) {
        if (reached.has(nodeKey(r.fromKind, r.fromId)) && reached.has(nodeKey(r.toKind, r.toId)))
          edges.set(r.id, r);
      }
    }
    const nodes = [...reached.values()].sort(
      (a, b) => a.depth - b.depth || a.key.localeCompare(b.key),
    );
    const graphEdges: GraphEdge[] = [...edges.values()].map((r) => ({
      id: r.id,
      from: nodeKey(r.fromKind, r.fromId),
      to: nodeKey(r.toKind, r.toId),
    }));
    return { nodes, edges: graphEdges, truncated };
  }

  create(ctx: AppContext, input: CreateRelationshipInput): Promise<Relationship> {
    return inTransaction(ctx, async (em) => {
      const fromId = parseId(input.fromId, 'relationship.fromId');
      const toId = parseId(input.toId, 'relationship.toId');
      // The records first (hidden = missing), then the input. The caller edits the `from` end and must be able to read the other.
      if (input.fromKind === NodeKind.CUSTOMER)
        await ctx.services.customers.get(ctx, fromId, em, 'edit');
      else await ctx.services.contacts.get(ctx, fromId, em, 'edit');
      if (
        !(
          await this.readable(
            ctx.caller,
            await ctx.loaders.policyScope(ctx.caller),
            [{ kind: input.toKind, id: toId }],
            em,
          )
        ).size
      )
        throw notFound(input.toKind === NodeKind.CUSTOMER ? 'Customer' : 'Contact', toId);
      const problems = new InputProblems();
      const snap = await ctx.loaders.dictionarySnapshot();
      const typeId = dictionaryItemId(
        snap,
        DICT.relationshipType,
        input.type,
        'relationship.type',
        problems,
      );
      const type = typeId ? snap.itemById.get(typeId) : undefined;
      if (typeId === null) problems.add('relationship.type', 'required');
      if (type) {
        const attrs = (type.attributes ?? {}) as { fromKinds?: string[]; toKinds?: string[] };
        if (!(attrs.fromKinds ?? []).includes(input.fromKind))
          problems.add('relationship.fromKind', 'optionNotAllowed', {
            value: input.fromKind,
            controlling: input.type,
          });
        if (!(attrs.toKinds ?? []).includes(input.toKind))
          problems.add('relationship.toKind', 'optionNotAllowed', {
            value: input.toKind,
            controlling: input.type,
          });
      }
      if (input.fromKind === input.toKind && fromId === toId)
        problems.add('relationship.toId', 'invalidFormat');
      for (const key of ['since', 'until'] as const)
        if (input[key] && !isValidDate(input[key]!))
          problems.add(`relationship.${key}`, 'notDate', { field: key });
      if (
        input.strength !== undefined &&
        input.strength !== null &&
        (input.strength < 1 || input.strength > 5)
      )
        problems.add('relationship.strength', 'outOfRange', { field: 'strength', min: 1, max: 5 });
      const note = optionalText(
        input.note,
        'relationship.note',
        problems,
        VARCHAR.relationship.note,
      );
      problems.throwIfAny();
      const edge = await em.save(
        em.create(Relationship, {
          typeId: type!.id,
          fromKind: input.fromKind,
          fromId,
          toKind: input.toKind,
          toId,
          since: input.since || null,
          until: input.until || null,
          strength: input.strength ?? null,
          note: note ?? null,
          createdBy: ctx.caller?.userId ?? null,
        }),
      );
      await ctx.services.audit.record(em, ctx, {
        action: 'relationship.create',
        entity: 'Relationship',
        entityId: edge.id,
        diff: {
          type: input.type,
          from: nodeKey(input.fromKind, fromId),
          to: nodeKey(input.toKind, toId),
        },
        customerIds: await endCustomerIds(em, [
          { kind: input.fromKind, id: fromId },
          { kind: input.toKind, id: toId },
        ]),
      });
      return edge;
    });
  }

  /**
   * An edge the caller can read both ends of, in one statement: an edge with a hidden end and a
   * missing edge both find nothing and answer NOT_FOUND for the relationship, naming neither end.
   */
  private async readableEdge(ctx: AppContext, em: EntityManager, id: number) {
    const end = async (side: 'from' | 'to') => {
      const customer = await childPredicate(ctx, `r.${side}_id`);
      const contact = await contactPredicate(ctx, `scope_${side}`);
      return {
        sql: `((r.${side}_kind = :customerKind AND ${customer.sql}) OR (r.${side}_kind = :contactKind AND EXISTS (SELECT 1 FROM contact scope_${side} WHERE scope_${side}.id = r.${side}_id AND scope_${side}.deleted_at IS NULL AND ${contact.sql})))`,
        params: { ...customer.params, ...contact.params },
      };
    };
    const [from, to] = [await end('from'), await end('to')];
    // The predicate is added right here (an edge has no customer column of its own).
    const edge = await unscoped(em)
      .getRepository(Relationship)
      .createQueryBuilder('r')
      .where('r.id = :edgeId', { edgeId: id })
      .andWhere(`${from.sql} AND ${to.sql}`, {
        ...from.params,
        ...to.params,
        customerKind: NodeKind.CUSTOMER,
        contactKind: NodeKind.CONTACT,
      })
      .getOne();
    if (!edge) throw notFound('Relationship', id);
    return edge;
  }

  /** Deleting an edge needs both ends readable and edit access to at least one of them. */
  delete(ctx: AppContext, id: number): Promise<Relationship> {
    return inTransaction(ctx, async (em) => {
      const edge = await this.readableEdge(ctx, em, id);
      const scope = await ctx.loaders.policyScope(ctx.caller);
      const ends = [
        { kind: edge.fromKind, id: edge.fromId },
        { kind: edge.toKind, id: edge.toId },
      ];
      if (!(await this.readable(ctx.caller, scope, ends, em, 'edit')).size)
        throw forbidden('customer.edit');
      await em.delete(Relationship, { id });
      await ctx.services.audit.record(em, ctx, {
        action: 'relationship.delete',
        entity: 'Relationship',
        entityId: id,
        diff: { from: nodeKey(edge.fromKind, edge.fromId), to: nodeKey(edge.toKind, edge.toId) },
        customerIds: await endCustomerIds(em, [
          { kind: edge.fromKind, id: edge.fromId },
          { kind: edge.toKind, id: edge.toId },
        ]),
      });
      return edge;
    });
  }
}

/** The customers at either end of an edge (a contact end: the customers it is linked to), for the audit entry. */
async function endCustomerIds(
  em: EntityManager,
  ends: { kind: NodeKind; id: number }[],
): Promise<number[]> {
  const ids: number[] = [];
  for (const end of ends)
    if (end.kind === NodeKind.CUSTOMER) ids.push(end.id);
    else ids.push(...(await linkedCustomerIds(em, end.id)));
  return [...new Set(ids)];
}
