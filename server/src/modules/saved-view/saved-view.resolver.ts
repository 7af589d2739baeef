import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../common/context';
import { DeleteOneInput } from '../../common/graphql/delete-input';
import { parseId } from '../../common/ids';
import { SavedView, SavedViewResource } from './saved-view.entity';
import { CreateOneSavedViewInput, UpdateOneSavedViewInput } from './saved-view.inputs';

@Resolver(() => SavedView)
export class SavedViewResolver {
  @Authorized()
  @Query(() => [SavedView], { description: 'The caller’s own saved views of a list' })
  savedViews(
    @Arg('resource', () => SavedViewResource) resource: SavedViewResource,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.savedViews.list(ctx, resource);
  }

  @Authorized()
  @Mutation(() => SavedView, { description: 'Saves a view of a list for the caller' })
  createOneSavedView(
    @Arg('input', () => CreateOneSavedViewInput) input: CreateOneSavedViewInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.savedViews.create(ctx, input.savedView);
  }

  @Authorized()
  @Mutation(() => SavedView, {
    description:
      'Renames, re-saves or makes default one of the caller’s views; NOT_FOUND for others’',
  })
  updateOneSavedView(
    @Arg('input', () => UpdateOneSavedViewInput) input: UpdateOneSavedViewInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.savedViews.update(
      ctx,
      parseId(input.id, 'input.id'),
      input.version,
      input.update,
    );
  }

  @Authorized()
  @Mutation(() => SavedView, {
    description: 'Deletes one of the caller’s views; NOT_FOUND for others’',
  })
  deleteOneSavedView(
    @Arg('input', () => DeleteOneInput) input: DeleteOneInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.savedViews.delete(ctx, parseId(input.id, 'input.id'));
  }

  @FieldResolver(() => GraphQLJSON, {
    description: 'Filters, columns and sort, as the list saved them',
  })
  state(@Root() view: SavedView): unknown {
    return JSON.parse(view.stateJson);
  }
}
