import type { AuthProvider } from '@refinedev/core';
import type { MeQuery } from '../graphql/graphql';
import { gqlClient } from './client';
import { isGraphQLHttpError, toHttpError } from './errors';
import { LOGIN_MUTATION, ME_QUERY } from './queries';
import { clearToken, getToken, hasValidToken, setToken } from './session';
import { i18n } from '../i18n';

export type Identity = MeQuery['me'];

export interface LoginParams {
  username: string;
  password: string;
}

let mePromise: Promise<Identity | null> | null = null;

/** The signed-in user, fetched once per session (reset on login/logout). */
export function fetchMe(): Promise<Identity | null> {
  if (!getToken()) return Promise.resolve(null);
  mePromise ??= gqlClient
    .query(ME_QUERY, {})
    .toPromise()
    .then((result) => {
      if (result.error) throw toHttpError(result.error);
      return result.data?.me ?? null;
    })
    .catch((error: unknown) => {
      mePromise = null;
      throw error;
    });
  return mePromise;
}

export function resetSessionCache(): void {
  mePromise = null;
}

function currentPath(): string {
  const { pathname, search } = window.location;
  return `${pathname}${search}`;
}

function loginRedirect(): string {
  const path = currentPath();
  return path && path !== '/' && !path.startsWith('/login')
    ? `/login?to=${encodeURIComponent(path)}`
    : '/login';
}

export const authProvider: AuthProvider = {
  login: async ({ username, password }: LoginParams) => {
    const result = await gqlClient.mutation(LOGIN_MUTATION, { username, password }).toPromise();
    if (result.error || !result.data) {
      const error = result.error ? toHttpError(result.error) : undefined;
      return {
        success: false,
        error: { name: i18n.t('login.failed'), message: error?.message ?? i18n.t('login.failed') },
      };
    }
    setToken(result.data.login.token);
    resetSessionCache();
    return { success: true, redirectTo: '/' };
  },
  logout: async () => {
    clearToken();
    resetSessionCache();
    return { success: true, redirectTo: '/login' };
  },
  check: async () => {
    if (!hasValidToken()) {
      clearToken();
      resetSessionCache();
      return { authenticated: false, logout: true, redirectTo: loginRedirect() };
    }
    try {
      // Once per session (cached): a token the server no longer accepts (revoked,
      // secret rotated, user disabled) is as good as none.
      await fetchMe();
    } catch (error) {
      if (isGraphQLHttpError(error) && error.code === 'UNAUTHENTICATED') {
        clearToken();
        resetSessionCache();
        return { authenticated: false, logout: true, redirectTo: loginRedirect() };
      }
      // Server unreachable or failing: stay signed in and let the pages show the error.
    }
    return { authenticated: true };
  },
  onError: async (error: unknown) => {
    const code = isGraphQLHttpError(error) ? error.code : undefined;
    const status = isGraphQLHttpError(error) ? error.statusCode : undefined;
    if (code === 'UNAUTHENTICATED' || status === 401) {
      clearToken();
      resetSessionCache();
      return { logout: true, redirectTo: loginRedirect(), error: error as Error };
    }
    return {};
  },
  getIdentity: async () => fetchMe(),
  getPermissions: async () => {
    const me = await fetchMe();
    return me?.permissions ?? [];
  },
};
