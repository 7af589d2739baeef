import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './common/auth/auth-checker';
import { applyIdempotentCreates } from './common/idempotency/idempotency';
import { ApiKeyResolver } from './modules/api-key/api-key.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { DepartmentResolver } from './modules/department/department.resolver';
import { RoleResolver } from './modules/role/role.resolver';
import { UserResolver } from './modules/user/user.resolver';
import { CustomerResolver } from './modules/customer/customer.resolver';
import { CustomerBulkResolver } from './modules/customer/bulk.resolver';
import { DuplicatesResolver } from './modules/customer/duplicates.resolver';
import { NumberingResolver } from './modules/numbering/numbering.resolver';
import { CustomerGrantsResolver, GrantResolver } from './modules/grant/grant.resolver';
import { ContactResolver, CustomerPeopleResolver } from './modules/contact/contact.resolver';
import {
  GraphEdgeResolver,
  GraphNodeResolver,
  RelationshipEdgeResolver,
  RelationshipResolver,
} from './modules/relationship/relationship.resolver';
import {
  DictionaryItemResolver,
  DictionaryTypeResolver,
} from './modules/dictionary/dictionary.resolver';
import { FieldDefinitionResolver } from './modules/field-definition/field-definition.resolver';
import { CustomerFollowupsResolver, FollowupResolver } from './modules/followup/followup.resolver';
import {
  CustomerTransactionsResolver,
  TransactionResolver,
} from './modules/transaction/transaction.resolver';
import { CustomerDocumentsResolver, DocumentResolver } from './modules/document/document.resolver';
import { AccessRuleResolver } from './modules/access-rule/access-rule.resolver';
import { SensitiveResolver } from './modules/sensitive/sensitive.resolver';
import { AccessResolver } from './modules/access/access.resolver';
import { AccessRequestResolver } from './modules/access-request/access-request.resolver';
import {
  ChangeRequestResolver,
  CustomerChangeRequestsResolver,
} from './modules/change-request/change-request.resolver';
import { applySensitiveMasking } from './modules/sensitive/sensitive-masking';
import { OverviewResolver } from './modules/overview/overview.resolver';
import { SearchResolver } from './modules/search/search.resolver';
import { SavedViewResolver } from './modules/saved-view/saved-view.resolver';

export const RESOLVERS = [
  AuthResolver,
  UserResolver,
  DepartmentResolver,
  RoleResolver,
  ApiKeyResolver,
  AuditResolver,
  DictionaryTypeResolver,
  DictionaryItemResolver,
  FieldDefinitionResolver,
  CustomerResolver,
  CustomerBulkResolver,
  DuplicatesResolver,
  NumberingResolver,
  FollowupResolver,
  CustomerFollowupsResolver,
  TransactionResolver,
  CustomerTransactionsResolver,
  ContactResolver,
  CustomerPeopleResolver,
  RelationshipResolver,
  RelationshipEdgeResolver,
  GraphNodeResolver,
  GraphEdgeResolver,
  DocumentResolver,
  CustomerDocumentsResolver,
  GrantResolver,
  CustomerGrantsResolver,
  AccessRuleResolver,
  SensitiveResolver,
  AccessResolver,
  AccessRequestResolver,
  ChangeRequestResolver,
  CustomerChangeRequestsResolver,
  OverviewResolver,
  SearchResolver,
  SavedViewResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the resolver classes. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, authChecker, validate: false })
    .then(applySensitiveMasking)
    .then(applyIdempotentCreates);
  return built;
}
