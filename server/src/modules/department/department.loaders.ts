import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader } from '../../common/loaders';
import { Department } from './department.entity';
import type { DepartmentService } from './department.service';

export type DepartmentTree = () => Promise<Pick<Department, 'id' | 'parentId'>[]>;

export function createDepartmentLoaders(ds: DataSource, departments: DepartmentService) {
  let tree: ReturnType<DepartmentTree> | undefined;
  return {
    /** Departments (id, parent) for the access policy: the process-wide tree, pinned for the request. */
    departmentTree: (() => (tree ??= departments.tree.get())) as DepartmentTree,
    departmentById: keyedLoader<number, Department>(
      (ids) => ds.getRepository(Department).findBy({ id: In([...ids]) }),
      (d) => d.id,
    ),
    departmentsByParentId: groupedLoader<number, Department>(
      (ids) =>
        ds
          .getRepository(Department)
          .find({ where: { parentId: In([...ids]) }, order: { name: 'ASC' } }),
      (d) => d.parentId!,
    ),
  };
}
