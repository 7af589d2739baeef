import { Field, ID, ObjectType } from 'type-graphql';
import { defineListTypes } from '../../common/pagination/list-types';
import { AuditLog } from './audit-log.entity';

export const AuditLogList = defineListTypes('AuditLog', AuditLog, {
  id: { kind: 'id' },
  at: { kind: 'date' },
  actorId: { kind: 'id' },
  actorName: { kind: 'string' },
  action: { kind: 'string' },
  entity: { kind: 'string' },
  entityId: { kind: 'string' },
  customerId: { kind: 'id' },
});
export const AUDIT_LIST_SPEC = AuditLogList.spec;

/** The customer an audit entry concerns, as a label (only for customers the viewer may read). */
@ObjectType()
export class AuditCustomer {
  @Field(() => ID) id: number;
  @Field(() => String, { nullable: true }) number: string | null;
  @Field(() => String) name: string;
}
