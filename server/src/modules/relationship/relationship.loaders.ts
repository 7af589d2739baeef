import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { keyedLoader, MAX_BATCH_SIZE } from '../../common/loaders';
import { Contact, CustomerContact } from '../contact/contact.entity';
import { Customer } from '../customer/customer.entity';
import type { PolicyScopeOf } from '../access/access.loaders';
import { unscoped } from '../access/scoped-reads';
import { NodeKind, Relationship } from './relationship.entity';
import { EdgeDirection, type RelationshipEdge } from './relationship.inputs';
import { nodeKey, type RelationshipService } from './relationship.service';

/** Per-request loaders for people and edges; the edge loader is bound to the caller for the policy. */
export function createRelationshipLoaders(
  ds: DataSource,
  relationships: RelationshipService,
  policyScope: PolicyScopeOf,
) {
  const byCaller = new Map<Caller | null, DataLoader<string, RelationshipEdge[]>>();
  const contactLinks = new Map<Caller | null, DataLoader<number, Customer[]>>();
  // By id, only for ids the policy admitted in this request (edge ends, graph nodes).
  const customerById = keyedLoader<number, Customer>(
    (ids) =>
      unscoped(ds)
        .getRepository(Customer)
        .findBy({ id: In([...ids]) }),
    (c) => c.id,
  );
  const contactById = keyedLoader<number, Contact>(
    (ids) =>
      unscoped(ds)
        .getRepository(Contact)
        .findBy({ id: In([...ids]) }),
    (c) => c.id,
  );
  return {
    customerById,
    contactById,
    relationshipById: keyedLoader<number, Relationship>(
      (ids) =>
        unscoped(ds)
          .getRepository(Relationship)
          .findBy({ id: In([...ids]) }),
      (r) => r.id,
    ),
    /** Edges of a node (`KIND:id`) whose other end the caller can read. */
    edgesOf(caller: Caller | null) {
      let loader = byCaller.get(caller);
      if (!loader) {
        loader = new DataLoader<string, RelationshipEdge[]>(
          async (keys) => {
            const nodes = keys.map((k) => ({
              kind: k.split(':')[0] as NodeKind,
              id: Number(k.split(':')[1]),
            }));
            const rows = await relationships.edgesTouching(nodes);
            const ends = rows.flatMap((r) => [
              { kind: r.fromKind, id: r.fromId },
              { kind: r.toKind, id: r.toId },
            ]);
            // The readable other ends, loaded whole and primed, so `edge.other` needs no statement of its own.
            const others = await relationships.readableRows(
              caller,
              await policyScope(caller),
              ends,
            );
            for (const c of others.customers) customerById.prime(c.id, c);
            for (const c of others.contacts) contactById.prime(c.id, c);
            const readable = new Set([
              ...others.customers.map((c) => nodeKey(NodeKind.CUSTOMER, c.id)),
              ...others.contacts.map((c) => nodeKey(NodeKind.CONTACT, c.id)),
            ]);
            return keys.map((key) =>
              rows.flatMap((r): RelationshipEdge[] => {
                const out: RelationshipEdge[] = [];
                if (
                  nodeKey(r.fromKind, r.fromId) === key &&
                  readable.has(nodeKey(r.toKind, r.toId))
                )
                  out.push({
                    relationship: r,
                    direction: EdgeDirection.OUTGOING,
                    otherKind: r.toKind,
                    otherId: r.toId,
                  });
                if (
                  nodeKey(r.toKind, r.toId) === key &&
                  readable.has(nodeKey(r.fromKind, r.fromId))
                )
                  out.push({
                    relationship: r,
                    direction: EdgeDirection.INCOMING,
                    otherKind: r.fromKind,
                    otherId: r.fromId,
                  });
                return out;
              }),
            );
          },
          { maxBatchSize: MAX_BATCH_SIZE },
        );
        byCaller.set(caller, loader);
      }
      return loader;
    },
    /** Contacts of each customer, primary first (the customer itself was already authorised); links and contacts in one statement. */
    contactsByCustomerId: new DataLoader<number, (Contact & { isPrimary: boolean })[]>(
      async (ids) => {
        const links = (await unscoped(ds)
          .getRepository(CustomerContact)
          .createQueryBuilder('cc')
          .innerJoinAndMapOne(
            'cc.contact',
            Contact,
            'ct',
            'ct.id = cc.contact_id AND ct.deleted_at IS NULL',
          )
          .where('cc.customer_id IN (:...ids)', { ids: [...ids] })
          .getMany()) as (CustomerContact & { contact: Contact })[];
        return ids.map((id) =>
          links
            .filter((l) => l.customerId === id)
            .map((l) =>
              Object.assign(Object.create(Contact.prototype) as Contact, l.contact, {
                isPrimary: l.isPrimary,
              }),
            )
            .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.id - b.id),
        );
      },
      { maxBatchSize: MAX_BATCH_SIZE },
    ),
    /** Readable customers a contact belongs to. */
    customersOfContact(caller: Caller | null) {
      let loader = contactLinks.get(caller);
      if (!loader) {
        loader = new DataLoader<number, Customer[]>(
          async (ids) => {
            // Every link of these contacts; only the readable customers are kept below.
            const links = await unscoped(ds)
              .getRepository(CustomerContact)
              .findBy({ contactId: In([...ids]) });
            const readable = await relationships.readable(
              caller,
              await policyScope(caller),
              links.map((l) => ({ kind: NodeKind.CUSTOMER, id: l.customerId })),
            );
            const customerIds = [...new Set(links.map((l) => l.customerId))].filter((id) =>
              readable.has(nodeKey(NodeKind.CUSTOMER, id)),
            );
            const customers = customerIds.length
              ? await unscoped(ds)
                  .getRepository(Customer)
                  .findBy({ id: In(customerIds) })
              : [];
            const byId = new Map(customers.map((c) => [c.id, c]));
            return ids.map((id) =>
              links
                .filter((l) => l.contactId === id && byId.has(l.customerId))
                .map((l) => byId.get(l.customerId)!),
            );
          },
          { maxBatchSize: MAX_BATCH_SIZE },
        );
        contactLinks.set(caller, loader);
      }
      return loader;
    },
  };
}
