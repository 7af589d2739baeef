import {
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  createUnionType,
  registerEnumType,
} from 'type-graphql';
import { Contact } from '../contact/contact.entity';
import { Customer } from '../customer/customer.entity';
import { NodeKind, Relationship } from './relationship.entity';

export enum EdgeDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
}
registerEnumType(EdgeDirection, {
  name: 'EdgeDirection',
  description: 'As seen from the node the edge is read from',
});

export const RelationshipNodeUnion = createUnionType({
  name: 'RelationshipNode',
  types: () => [Customer, Contact] as const,
  resolveType: (value) => (value instanceof Customer || 'kind' in value ? Customer : Contact),
});

/** An edge as seen from one node: its type, direction, label and the other end. */
@ObjectType()
export class RelationshipEdge {
  @Field(() => Relationship) relationship: Relationship;
  @Field(() => EdgeDirection) direction: EdgeDirection;
  otherKind: NodeKind;
  otherId: number;
}

@InputType()
export class CreateRelationshipInput {
  @Field(() => String, { description: 'Item code of `relationship_type`' }) type: string;
  @Field(() => NodeKind) fromKind: NodeKind;
  @Field(() => ID) fromId: string;
  @Field(() => NodeKind) toKind: NodeKind;
  @Field(() => ID) toId: string;
  @Field(() => String, { nullable: true }) since?: string | null;
  @Field(() => String, { nullable: true }) until?: string | null;
  @Field(() => Int, { nullable: true }) strength?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class CreateOneRelationshipInput {
  @Field(() => CreateRelationshipInput) relationship: CreateRelationshipInput;
}

@ObjectType()
export class GraphNode {
  @Field(() => String, { description: '`CUSTOMER:12` or `CONTACT:7`' }) key: string;
  @Field(() => NodeKind) kind: NodeKind;
  @Field(() => ID) id: number;
  @Field(() => String) label: string;
  @Field(() => Int, { description: 'Hops from the root' }) depth: number;
  // `customer`, `contact`: field resolvers, loaded only when asked for.
}

@ObjectType()
export class GraphEdge {
  @Field(() => ID) id: number;
  @Field(() => String) from: string;
  @Field(() => String) to: string;
  // `relationship`: a field resolver, loaded only when asked for.
}

@ObjectType()
export class RelationshipGraph {
  @Field(() => [GraphNode]) nodes: GraphNode[];
  @Field(() => [GraphEdge]) edges: GraphEdge[];
  @Field(() => Boolean, { description: 'True when `limit` cut the traversal short' })
  truncated: boolean;
}
