import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader } from '../../common/loaders';
import { Role } from '../role/role.entity';
import { User } from './user.entity';

export function createUserLoaders(ds: DataSource) {
  return {
    userById: keyedLoader<number, User>((ids) => ds.getRepository(User).findBy({ id: In([...ids]) }), (u) => u.id),
    rolesByUserId: groupedLoader<number, Role & { userId: number }>(
      async (ids) => {
        const rows = await ds
          .getRepository(Role)
          .createQueryBuilder('r')
          .innerJoin('user_role', 'ur', 'ur.role_id = r.id')
          .addSelect('ur.user_id', 'ur_user_id')
          .where('ur.user_id IN (:...ids)', { ids: [...ids] })
          .orderBy('r.id')
          .getRawAndEntities();
        return rows.entities.map((role, i) => Object.assign(role, { userId: Number(rows.raw[i].ur_user_id) }));
      },
      (r) => r.userId,
    ),
  };
}
