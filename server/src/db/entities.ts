import { ApiKey } from '../modules/api-key/api-key.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { Department } from '../modules/department/department.entity';
import { Role } from '../modules/role/role.entity';
import { User } from '../modules/user/user.entity';

/** Every entity, listed explicitly (no globbing). */
export const ENTITIES = [User, Department, Role, ApiKey, AuditLog];
