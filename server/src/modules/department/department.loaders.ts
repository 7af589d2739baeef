import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader } from '../../common/loaders';
import { scopeDepartments } from '../access/access-policy';
import { Department } from './department.entity';

export type DepartmentTree = () => Promise<Pick<Department, 'id' | 'parentId'>[]>;

export function createDepartmentLoaders(ds: DataSource) {
  let tree: ReturnType<DepartmentTree> | undefined;
  return {
    /** Departments (id, parent) for the access policy, read at most once per request. */
    departmentTree: (() => (tree ??= scopeDepartments(ds))) as DepartmentTree,
    departmentById: keyedLoader<number, Department>((ids) => ds.getRepository(Department).findBy({ id: In([...ids]) }), (d) => d.id),
    departmentsByParentId: groupedLoader<number, Department>(
      (ids) => ds.getRepository(Department).find({ where: { parentId: In([...ids]) }, order: { name: 'ASC' } }),
      (d) => d.parentId!,
    ),
  };
}
