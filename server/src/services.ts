import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { LoginLimiter } from './common/auth/login-limiter';
import { memoryLimiterStore } from './common/auth/limiter-store';
import {
  UNIQUE_PROBE_LIMIT,
  UNIQUE_PROBE_WINDOW_SECONDS,
  UniqueProbeGuard,
} from './modules/customer/unique-probe';
import { createTokenIssuer } from './common/auth/tokens';
import { ApiKeyService } from './modules/api-key/api-key.service';
import { AuditService } from './modules/audit/audit.service';
import { AuthService } from './modules/auth/auth.service';
import { DepartmentService } from './modules/department/department.service';
import { RoleService } from './modules/role/role.service';
import { UserService } from './modules/user/user.service';
import { CustomerService } from './modules/customer/customer.service';
import { DuplicateService } from './modules/customer/duplicates.service';
import { NumberingService } from './modules/numbering/numbering.service';
import { GrantService } from './modules/grant/grant.service';
import { ContactService } from './modules/contact/contact.service';
import { RelationshipService } from './modules/relationship/relationship.service';
import { DictionaryService } from './modules/dictionary/dictionary.service';
import { FieldDefinitionService } from './modules/field-definition/field-definition.service';
import { FollowupService } from './modules/followup/followup.service';
import { TransactionService } from './modules/transaction/transaction.service';
import { DocumentService } from './modules/document/document.service';
import { OverviewService } from './modules/overview/overview.service';
import { LocalDiskStorage } from './common/storage';
import path from 'node:path';
import { AccessRuleService } from './modules/access-rule/access-rule.service';
import { SensitiveService } from './modules/sensitive/sensitive.service';
import { AccessService } from './modules/access/access.service';
import { AccessRequestService } from './modules/access-request/access-request.service';
import { ChangeRequestService } from './modules/change-request/change-request.service';
import { SearchService } from './modules/search/search.service';
import { SavedViewService } from './modules/saved-view/saved-view.service';

/**
 * Long-lived services, one set per server process. The server passes a limiter on shared state
 * (database or Redis); scripts that serve no sign-ins may leave it to count in memory.
 */
export function createServices(
  ds: DataSource,
  config: Config,
  limiter = new LoginLimiter(memoryLimiterStore(), config.loginLimitPerMinute),
) {
  const audit = new AuditService(ds);
  const tokens = createTokenIssuer(config.jwtSecret, config.jwtTtlSeconds);
  const users = new UserService(ds);
  const uniqueProbes = new UniqueProbeGuard(
    ds,
    limiter.attempts('unique-probe', UNIQUE_PROBE_LIMIT, UNIQUE_PROBE_WINDOW_SECONDS),
    audit,
  );
  return {
    audit,
    tokens,
    limiter,
    auth: new AuthService(ds, tokens, limiter, audit, users.directory),
    users,
    departments: new DepartmentService(ds),
    roles: new RoleService(ds),
    apiKeys: new ApiKeyService(ds),
    dictionaries: new DictionaryService(ds),
    fields: new FieldDefinitionService(ds),
    customers: new CustomerService(ds, uniqueProbes),
    duplicates: new DuplicateService(ds, uniqueProbes),
    numbering: new NumberingService(ds),
    grants: new GrantService(ds),
    contacts: new ContactService(ds),
    relationships: new RelationshipService(ds),
    followups: new FollowupService(ds),
    transactions: new TransactionService(ds),
    accessRules: new AccessRuleService(ds),
    sensitive: new SensitiveService(ds),
    access: new AccessService(ds),
    accessRequests: new AccessRequestService(ds),
    changeRequests: new ChangeRequestService(ds),
    documents: new DocumentService(ds, new LocalDiskStorage(path.join(config.dataDir, 'files'))),
    overview: new OverviewService(ds),
    search: new SearchService(),
    savedViews: new SavedViewService(),
  };
}
export type Services = ReturnType<typeof createServices>;
