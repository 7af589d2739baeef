import { In, type DataSource } from 'typeorm';
import { keyedLoader } from '../../common/loaders';
import { Role } from './role.entity';

export function createRoleLoaders(ds: DataSource) {
  return {
    roleById: keyedLoader<number, Role>(
      (ids) => ds.getRepository(Role).findBy({ id: In([...ids]) }),
      (r) => r.id,
    ),
  };
}
