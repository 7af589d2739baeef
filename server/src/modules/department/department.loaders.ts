import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader } from '../../common/loaders';
import { Department } from './department.entity';

export function createDepartmentLoaders(ds: DataSource) {
  return {
    departmentById: keyedLoader<number, Department>((ids) => ds.getRepository(Department).findBy({ id: In([...ids]) }), (d) => d.id),
    departmentsByParentId: groupedLoader<number, Department>(
      (ids) => ds.getRepository(Department).find({ where: { parentId: In([...ids]) }, order: { name: 'ASC' } }),
      (d) => d.parentId!,
    ),
  };
}
