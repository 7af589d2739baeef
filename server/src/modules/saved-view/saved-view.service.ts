import type { EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { conflict, forbidden, InputProblems, notFound } from '../../common/errors/app-error';
import { MAX_SAVED_VIEWS } from '../../common/input-limits';
import { charLength, checkLength, TEXT_CHARS, VARCHAR } from '../../common/limits';
import { inTransaction, updateVersioned } from '../../common/transaction';
import { SavedView, type SavedViewResource } from './saved-view.entity';
import type { CreateSavedViewInput, UpdateSavedViewInput } from './saved-view.inputs';

/** Saved list views. Every read and write is keyed by the caller's own user id. */
export class SavedViewService {
  /** The caller's views of a list, default first, then by name. API keys have none. */
  async list(ctx: AppContext, resource: SavedViewResource): Promise<SavedView[]> {
    const userId = ctx.caller?.userId;
    if (!userId) return [];
    return ctx.dataSource.getRepository(SavedView).find({
      where: { userId, resource },
      order: { isDefault: 'DESC', name: 'ASC', id: 'ASC' },
    });
  }

  async create(ctx: AppContext, input: CreateSavedViewInput): Promise<SavedView> {
    const userId = this.userOf(ctx);
    return inTransaction(ctx, async (em) => {
      const problems = new InputProblems();
      const name = this.checkName(problems, 'savedView.name', input.name);
      const stateJson = this.checkState(problems, 'savedView.state', input.state);
      const count = await em.count(SavedView, { where: { userId, resource: input.resource } });
      if (count >= MAX_SAVED_VIEWS)
        problems.add('savedView.name', 'tooMany', { max: MAX_SAVED_VIEWS });
      problems.throwIfAny();
      await this.refuseTakenName(em, userId, input.resource, name!, 'savedView.name');
      if (input.isDefault) await this.clearDefault(em, userId, input.resource);
      const view = em.create(SavedView, {
        userId,
        resource: input.resource,
        name: name!,
        stateJson: stateJson!,
        isDefault: !!input.isDefault,
      });
      return em.save(view);
    });
  }

  async update(
    ctx: AppContext,
    id: number,
    version: number,
    update: UpdateSavedViewInput,
  ): Promise<SavedView> {
    const userId = this.userOf(ctx);
    return inTransaction(ctx, async (em) => {
      // Access (own view), then version, then input.
      const view = await this.own(em, userId, id);
      if (view.version !== version)
        throw conflict('versionConflict', {}, { id: String(id), version });
      const problems = new InputProblems();
      const changes: Partial<SavedView> = {};
      if (update.name != null) changes.name = this.checkName(problems, 'update.name', update.name);
      if (update.state !== undefined && update.state !== null)
        changes.stateJson = this.checkState(problems, 'update.state', update.state);
      problems.throwIfAny();
      if (changes.name !== undefined && changes.name !== view.name)
        await this.refuseTakenName(em, userId, view.resource, changes.name, 'update.name', id);
      if (update.isDefault != null) {
        if (update.isDefault) await this.clearDefault(em, userId, view.resource);
        changes.isDefault = update.isDefault;
      }
      await updateVersioned(em, SavedView, id, version, changes);
      return this.own(em, userId, id);
    });
  }

  async delete(ctx: AppContext, id: number): Promise<SavedView> {
    const userId = this.userOf(ctx);
    return inTransaction(ctx, async (em) => {
      const view = await this.own(em, userId, id);
      await em.delete(SavedView, { id, userId });
      return Object.assign(view, { id });
    });
  }

  /** Another user's view looks exactly like a missing one. */
  private async own(em: EntityManager, userId: number, id: number): Promise<SavedView> {
    const view = await em.findOne(SavedView, { where: { id, userId } });
    if (!view) throw notFound('SavedView', id);
    return view;
  }

  private userOf(ctx: AppContext): number {
    const userId = ctx.caller?.userId;
    // Views belong to people; an API key has nobody to keep them for.
    if (!userId) throw forbidden('savedView.user');
    return userId;
  }

  private checkName(problems: InputProblems, field: string, raw: string): string | undefined {
    const name = raw.trim();
    if (!name) problems.add(field, 'required');
    else checkLength(problems, field, name, VARCHAR.saved_view.name);
    return name;
  }

  private checkState(problems: InputProblems, field: string, state: unknown): string | undefined {
    if (!state || typeof state !== 'object' || Array.isArray(state)) {
      problems.add(field, 'invalidFormat');
      return undefined;
    }
    const json = JSON.stringify(state);
    if (charLength(json) > TEXT_CHARS.saved_view.state)
      problems.add(field, 'tooLong', { max: TEXT_CHARS.saved_view.state });
    return json;
  }

  private async refuseTakenName(
    em: EntityManager,
    userId: number,
    resource: SavedViewResource,
    name: string,
    field: string,
    exceptId?: number,
  ): Promise<void> {
    const taken = await em.findOne(SavedView, { where: { userId, resource, name } });
    if (taken && taken.id !== exceptId)
      new InputProblems().add(field, 'duplicate', { value: name }).throwIfAny();
  }

  private async clearDefault(em: EntityManager, userId: number, resource: SavedViewResource) {
    await em
      .createQueryBuilder()
      .update(SavedView)
      .set({ isDefault: false })
      .where('user_id = :userId AND resource = :resource AND is_default = :yes', {
        userId,
        resource,
        yes: true,
      })
      .execute();
  }
}
