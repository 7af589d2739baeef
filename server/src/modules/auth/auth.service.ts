import { isStrongEnoughPassword } from '@dossier/shared';
import { In, type DataSource } from 'typeorm';
import { sensitiveLevelOf, type Caller, type CallerRole } from '../../common/auth/caller';
import type { LoginLimiter } from '../../common/auth/login-limiter';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../common/auth/password';
import {
  API_KEY_PREFIX,
  parseApiKey,
  secretMatches,
  type TokenIssuer,
} from '../../common/auth/tokens';
import type { AppContext } from '../../common/context';
import { AppError, badInput, rateLimited, unauthenticated } from '../../common/errors/app-error';
import { charLength, truncateChars, VARCHAR } from '../../common/limits';
import type { RevisionedCache } from '../../common/revisioned-cache';
import { ApiKey } from '../api-key/api-key.entity';
import type { AuditService } from '../audit/audit.service';
import { Role } from '../role/role.entity';
import { User } from '../user/user.entity';

/** How often an API key's `lastUsedAt` is written at most. */
const LAST_USED_RESOLUTION_MS = 60_000;

export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenIssuer,
    private readonly limiter: LoginLimiter,
    private readonly audit: AuditService,
    private readonly userDirectory: RevisionedCache<unknown>,
  ) {}

  async login(ctx: AppContext, username: string, password: string) {
    // A name longer than the column cannot exist: answered like an unknown user, kept cut short.
    const tooLong = charLength(username.trim()) > VARCHAR.user.username;
    const name = truncateChars(username.trim(), VARCHAR.user.username);
    const wait = await this.limiter.blockedFor(name, ctx.ip);
    if (wait > 0) throw rateLimited(wait);

    const user = tooLong
      ? null
      : await this.dataSource.getRepository(User).findOneBy({ username: name });
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok || !user.active) {
      await this.limiter.recordFailure(name, ctx.ip);
      await this.dataSource.transaction((em) =>
        this.audit.record(
          em,
          { caller: null, ip: ctx.ip },
          {
            action: 'auth.loginFailed',
            entity: 'User',
            entityId: user?.id ?? null,
            diff: {
              username: name,
              reason: !user ? 'unknownUser' : !ok ? 'wrongPassword' : 'inactive',
            },
          },
        ),
      );
      throw new AppError('UNAUTHENTICATED', 'badCredentials');
    }
    await this.limiter.recordSuccess(name);
    const issued = await this.tokens.sign(user.id);
    await this.userDirectory.write(async (em) => {
      await em.update(User, { id: user.id }, { lastLoginAt: new Date() });
      await this.audit.record(
        em,
        { caller: await this.callerForUser(user), ip: ctx.ip },
        { action: 'auth.login', entity: 'User', entityId: user.id },
      );
    });
    return { ...issued, user };
  }

  async changePassword(ctx: AppContext, current: string, next: string): Promise<boolean> {
    const userId = ctx.caller?.userId;
    if (!userId) throw unauthenticated();
    const wait = await this.limiter.passwordChangeBlockedFor(userId);
    if (wait > 0) throw rateLimited(wait);
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    if (!(await verifyPassword(user.passwordHash, current))) {
      await this.limiter.recordWrongCurrentPassword(userId);
      throw badInput('currentPassword', 'wrongPassword');
    }
    if (!isStrongEnoughPassword(next)) throw badInput('newPassword', 'weakPassword');
    const passwordHash = await hashPassword(next);
    await this.userDirectory.write(async (em) => {
      await em.update(User, { id: userId }, { passwordHash });
      await this.audit.record(em, ctx, {
        action: 'auth.changePassword',
        entity: 'User',
        entityId: userId,
      });
    });
    await this.limiter.recordPasswordChanged(userId);
    return true;
  }

  /** Turns a bearer token into a caller. A deactivated user or revoked key is refused. */
  async resolveCaller(bearer: string): Promise<Caller> {
    if (bearer.startsWith(API_KEY_PREFIX)) return this.callerForApiKey(bearer);
    const userId = await this.tokens.verify(bearer);
    if (!userId) throw unauthenticated('tokenInvalid');
    // User and roles in one statement: this runs on every request.
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.roles', 'r')
      .where('u.id = :id', { id: userId })
      .getOne();
    if (!user || !user.active) throw unauthenticated('tokenInvalid');
    return callerOf(user, user.roles ?? []);
  }

  async callerForUser(user: User): Promise<Caller> {
    const roles = await this.dataSource
      .getRepository(Role)
      .createQueryBuilder('r')
      .innerJoin('user_role', 'ur', 'ur.role_id = r.id')
      .where('ur.user_id = :id', { id: user.id })
      .getMany();
    return callerOf(user, roles);
  }

  private async callerForApiKey(token: string): Promise<Caller> {
    const parsed = parseApiKey(token);
    if (!parsed) throw unauthenticated('tokenInvalid');
    const key = await this.dataSource
      .getRepository(ApiKey)
      .findOne({ where: { prefix: parsed.prefix }, relations: { role: true } });
    if (!key || !secretMatches(parsed.secret, key.secretHash))
      throw unauthenticated('tokenInvalid');
    if (key.revokedAt) throw unauthenticated('apiKeyRevoked');
    const now = new Date();
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource.getRepository(ApiKey).update({ id: key.id }, { lastUsedAt: now });
    }
    const role = key.role!;
    return {
      kind: 'apiKey',
      userId: null,
      apiKeyId: key.id,
      name: key.name,
      departmentId: key.departmentId,
      roleIds: [role.id],
      roles: [callerRole(role)],
      permissions: new Set(role.permissions),
      sensitiveLevel: sensitiveLevelOf([role]),
    };
  }

  /** Users by id with their roles, for callers built in bulk (tests, seeds). */
  async usersWithRoles(ids: number[]) {
    return this.dataSource
      .getRepository(User)
      .find({ where: { id: In(ids) }, relations: { roles: true } });
  }
}

/** A user's caller from their roles. */
function callerOf(user: User, roles: Role[]): Caller {
  return {
    kind: 'user',
    userId: user.id,
    apiKeyId: null,
    name: user.displayName,
    departmentId: user.departmentId,
    roleIds: roles.map((r) => r.id),
    roles: roles.map(callerRole),
    permissions: new Set(roles.flatMap((r) => r.permissions)),
    sensitiveLevel: sensitiveLevelOf(roles),
  };
}

function callerRole(role: Role): CallerRole {
  return { id: role.id, dataScope: role.dataScope, permissions: new Set(role.permissions) };
}
