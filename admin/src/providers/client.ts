import { Client, fetchExchange } from '@urql/core';
import { i18n } from '../i18n';
import { getToken } from './session';

/**
 * The one GraphQL client of the console: same-origin `/graphql`, POST only
 * (the server's CSRF prevention wants `Content-Type: application/json`),
 * bearer token and the console language on every request. No cache: Refine's
 * react-query layer caches already.
 */
export const gqlClient = new Client({
  url: '/graphql',
  exchanges: [fetchExchange],
  preferGetMethod: false,
  requestPolicy: 'network-only',
  fetchOptions: () => {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'Accept-Language': i18n.language || 'zh-CN',
    };
    const token = getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    return { headers };
  },
});
