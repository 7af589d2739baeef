import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader } from '../../common/loaders';
import { Role } from '../role/role.entity';
import { User } from './user.entity';
import type { UserService } from './user.service';

export function createUserLoaders(
  ds: DataSource,
  users: Pick<UserService, 'byIds'>,
  roleById: { loadMany(ids: number[]): Promise<(Role | null | Error)[]> },
) {
  return {
    userById: keyedLoader<number, User>(
      (ids) => users.byIds(ids),
      (u) => u.id,
    ),
    /** Role links of many users in one statement; the roles themselves come through `roleById`. */
    rolesByUserId: groupedLoader<number, Role & { userId: number }>(
      async (ids) => {
        const links: { user_id: number | string; role_id: number | string }[] = await ds
          .createQueryBuilder()
          .select(['ur.user_id AS user_id', 'ur.role_id AS role_id'])
          .from('user_role', 'ur')
          .where('ur.user_id IN (:...ids)', { ids: [...ids] })
          .orderBy('ur.role_id')
          .getRawMany();
        const roles = await roleById.loadMany([...new Set(links.map((l) => Number(l.role_id)))]);
        const byId = new Map(
          roles.filter((r): r is Role => !!r && !(r instanceof Error)).map((r) => [r.id, r]),
        );
        return links.flatMap((l) => {
          const role = byId.get(Number(l.role_id));
          return role
            ? [Object.assign(Object.create(Role.prototype), role, { userId: Number(l.user_id) })]
            : [];
        });
      },
      (r) => r.userId,
    ),
  };
}
