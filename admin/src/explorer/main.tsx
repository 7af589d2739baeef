import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import { getToken, LOCALE_KEY } from '../providers/session';

/**
 * GraphiQL, bundled (nothing loads from the internet). Sends what the console sends: the
 * console's login token (if signed in there) and its language; the fetcher's own
 * `content-type: application/json` satisfies Apollo's CSRF prevention (setting it here too
 * would send it twice). Headers typed in the editor override these.
 */
function consoleHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    const locale = localStorage.getItem(LOCALE_KEY);
    if (locale) headers['Accept-Language'] = locale;
  } catch {
    // storage unavailable: the server's default language applies
  }
  return headers;
}

const fetcher = createGraphiQLFetcher({
  url: `${window.location.origin}/graphql`,
  headers: consoleHeaders(),
});

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultEditorToolsVisibility="headers" />
  </StrictMode>,
);
