import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AppContext } from '../../common/context';
import { DeleteOneInput } from '../../common/graphql/delete-input';
import { parseId } from '../../common/ids';
import { DictionaryItem } from '../dictionary/dictionary-item.entity';
import { NodeKind, Relationship } from './relationship.entity';
import { Contact } from '../contact/contact.entity';
import { Customer } from '../customer/customer.entity';
import {
  CreateOneRelationshipInput,
  EdgeDirection,
  GraphEdge,
  GraphNode,
  RelationshipEdge,
  RelationshipGraph,
  RelationshipNodeUnion,
} from './relationship.inputs';

@Resolver(() => Relationship)
export class RelationshipResolver {
  @Authorized()
  @Query(() => RelationshipGraph, {
    description:
      'The neighbourhood of a customer or contact, bounded by depth (≤ 4), types and node limit; never passes through unreadable nodes',
  })
  relationshipGraph(
    @Arg('rootType', () => NodeKind) rootType: NodeKind,
    @Arg('rootId', () => ID) rootId: string,
    @Arg('depth', () => Int, { defaultValue: 2 }) depth: number,
    @Arg('types', () => [String], {
      nullable: true,
      description: 'Relationship type codes; all when omitted',
    })
    types: string[] | null,
    @Arg('limit', () => Int, { defaultValue: 200 }) limit: number,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.relationships.graph(
      ctx,
      rootType,
      parseId(rootId, 'rootId'),
      depth,
      types ?? null,
      limit,
    );
  }

  @Authorized('customer.update')
  @Mutation(() => Relationship)
  createOneRelationship(
    @Arg('input', () => CreateOneRelationshipInput) input: CreateOneRelationshipInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.relationships.create(ctx, input.relationship);
  }

  @Authorized('customer.update')
  @Mutation(() => Relationship)
  deleteOneRelationship(
    @Arg('input', () => DeleteOneInput) input: DeleteOneInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.relationships.delete(ctx, parseId(input.id, 'input.id'));
  }

  @FieldResolver(() => DictionaryItem, { nullable: true })
  type(@Root() r: Relationship, @Ctx() ctx: AppContext) {
    return ctx.loaders.dictionaryItemById.load(r.typeId);
  }
}

@Resolver(() => RelationshipEdge)
export class RelationshipEdgeResolver {
  @FieldResolver(() => String, {
    description:
      'The type’s label, or its inverse label for incoming edges, in the caller’s language',
  })
  async label(@Root() edge: RelationshipEdge, @Ctx() ctx: AppContext) {
    const type = await ctx.loaders.dictionaryItemById.load(edge.relationship.typeId);
    if (!type) return '';
    const attrs = (type.attributes ?? {}) as { inverseZh?: string; inverseEn?: string };
    if (edge.direction === EdgeDirection.INCOMING)
      return (ctx.locale === 'en' ? attrs.inverseEn : attrs.inverseZh) ?? type.labelZh;
    return ctx.locale === 'en' ? type.labelEn : type.labelZh;
  }

  @FieldResolver(() => RelationshipNodeUnion, {
    nullable: true,
    description: 'The other end (Customer or Contact)',
  })
  other(@Root() edge: RelationshipEdge, @Ctx() ctx: AppContext) {
    return edge.otherKind === NodeKind.CUSTOMER
      ? ctx.loaders.customerById.load(edge.otherId)
      : ctx.loaders.contactById.load(edge.otherId);
  }
}

/** Graph nodes and edges carry ids; the whole rows load, batched, only when a query asks for them. */
@Resolver(() => GraphNode)
export class GraphNodeResolver {
  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() node: GraphNode, @Ctx() ctx: AppContext) {
    return node.kind === NodeKind.CUSTOMER ? ctx.loaders.customerById.load(node.id) : null;
  }

  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() node: GraphNode, @Ctx() ctx: AppContext) {
    return node.kind === NodeKind.CONTACT ? ctx.loaders.contactById.load(node.id) : null;
  }
}

@Resolver(() => GraphEdge)
export class GraphEdgeResolver {
  @FieldResolver(() => Relationship)
  async relationship(@Root() edge: GraphEdge, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.relationshipById.load(edge.id))!;
  }
}
