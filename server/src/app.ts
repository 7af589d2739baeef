import 'reflect-metadata';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type Request } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { AppContext } from './common/context';
import { AppError } from './common/errors/app-error';
import { translate } from './common/errors/messages';
import { aliasLimit, costError, depthLimit, MAX_COST, queryCost } from './common/graphql/limits';
import { graphqlOwnError } from './common/graphql/own-errors';
import { bodyErrorHandler, graphqlRequestGuard } from './common/graphql/request-guard';
import { MAX_BODY_BYTES } from './common/input-limits';
import { CacheRevisionPoller } from './common/revisioned-cache';
import { databaseLimiterStore, redisLimiterStore } from './common/auth/limiter-store';
import { LoginLimiter } from './common/auth/login-limiter';
import { checkMysqlCharset } from './db/charset';
import { isOutageError } from './common/db-dialect';
import { DeadlineExceededError, OutageLog, unavailable } from './common/errors/outage';
import { idempotencyKeyOf } from './common/idempotency/idempotency';
import {
  Admission,
  requestDeadline,
  RETRY_AFTER_SECONDS,
  sendHttpError,
} from './common/overload/admission';
import { currentLocale, currentRequest } from './common/request/request-context';
import { createDataSource, limitStatementTime, underStartupLock } from './db/data-source';
import { DatabaseHealth } from './db/health';
import { seedDefaults } from './db/seed';
import { createLoaders } from './modules/loaders';
import { documentRoutes } from './modules/document/document.routes';
import { buildAppSchema } from './schema';
import { createServices, type Services } from './services';

export interface RunningApp {
  url: string;
  port: number;
  /** The port of the `/healthz`-only listener, when HEALTH_PORT is set. */
  healthPort?: number;
  /** The database; available once `ready` has resolved. */
  readonly dataSource: DataSource;
  readonly services: Services;
  log: Logger;
  /** Resolves once the database is connected, migrated and seeded and GraphQL is served. */
  ready: Promise<void>;
  /** Stops accepting requests, lets in-flight ones finish, then closes the database pool. */
  close(): Promise<void>;
}

type Phase = 'starting' | 'ready' | 'closing';

/**
 * Serves /healthz at once, then opens the database (retrying while it is unreachable, up to
 * DATABASE_STARTUP_TIMEOUT_SECONDS), migrates, seeds and serves GraphQL and /files; meanwhile
 * those answer 503 UNAVAILABLE. By default resolves when ready (`waitUntilReady: false`: as soon
 * as it listens, with `ready` to await).
 */
export async function createApp(
  config: Config,
  options: { log?: Logger; waitUntilReady?: boolean } = {},
): Promise<RunningApp> {
  const log = options.log ?? pino({ level: config.logLevel });
  const outages = new OutageLog(log);
  const health = new DatabaseHealth(config.database);
  const admission = new Admission(config.maxConcurrentRequests, config.maxQueuedRequests);
  let phase: Phase = 'starting';
  let dataSource: DataSource | undefined;
  let services: Services | undefined;
  let apollo: ApolloServer<AppContext> | undefined;
  let cacheRevisions: CacheRevisionPoller | undefined;
  let graphqlHandler: express.RequestHandler | undefined;
  let filesHandler: express.RequestHandler | undefined;

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  // Outside admission control, on its own database connection: answers whatever the load.
  const healthAnswer = async () => {
    const up = phase === 'ready' && !!dataSource?.isInitialized && (await health.ping(dataSource));
    return {
      status: up ? 200 : 503,
      body: {
        status: up ? 'ok' : phase === 'starting' ? 'starting' : 'unavailable',
        database: { status: up ? 'up' : 'down', dialect: config.database.dialect },
        requests: admission.stats,
      },
    };
  };
  app.get('/healthz', async (_req, res) => {
    const answer = await healthAnswer();
    res.status(answer.status).json(answer.body);
  });
  // Optionally on a port of its own too: new connections to PORT may wait behind a flood of them.
  const healthServer =
    config.healthPort === undefined
      ? undefined
      : http.createServer((req, res) => {
          if (req.method !== 'GET' || req.url?.split('?')[0] !== '/healthz') {
            res.writeHead(404).end();
            return;
          }
          void healthAnswer().then((answer) => {
            res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
            res.end(JSON.stringify(answer.body));
          });
        });

  // Text responses (GraphQL JSON, the SPA's index.html) compressed on the fly; /files streams
  // stored documents byte for byte (mostly compressed formats already); precompressed console
  // assets carry a Content-Encoding already and pass through untouched.
  app.use(
    compression({
      filter: (req, res) => !req.path.startsWith('/files') && compression.filter(req, res),
    }),
  );

  // The bundled GraphiQL for browsers (docs/api.md); it is part of the console's build.
  app.get('/graphql', (req, res, next) => {
    if (!config.graphqlExplorer || !prefersHtml(req)) return next();
    const page = config.adminDist && path.join(config.adminDist, 'explorer.html');
    if (!page || !existsSync(page)) {
      res
        .status(404)
        .type('text/plain')
        .send('The GraphQL explorer is not built: run `npm run build -w admin`.\n');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(page);
  });
  const notReady: express.RequestHandler = (req, res) =>
    sendHttpError(req, res, 503, 'UNAVAILABLE', 'unavailable');
  app.use(
    '/graphql',
    corsMiddleware(config.corsOrigins),
    requestDeadline(config.requestTimeoutMs),
    admission.middleware,
    (req, res, next) => (graphqlHandler ?? notReady)(req, res, next),
  );
  // Document upload/download over plain HTTP (multipart, streamed files); see docs/documents.md.
  app.use('/files', corsMiddleware(config.corsOrigins), admission.middleware, (req, res, next) =>
    (filesHandler ?? notReady)(req, res, next),
  );

  if (config.adminDist) {
    const index = path.join(config.adminDist, 'index.html');
    // The explorer is reached at GET /graphql only, and only where it is enabled.
    app.get('/explorer.html', (_req, res) => void res.sendStatus(404));
    const assetsDir = path.join(config.adminDist, 'assets') + path.sep;
    // Serves the build's .br/.gz siblings when the client accepts them (see admin/vite.config.ts).
    app.use(
      expressStaticGzip(config.adminDist, {
        enableBrotli: true,
        orderPreference: ['br', 'gzip'],
        index: false,
        serveStatic: {
          index: false,
          setHeaders: (res, filePath) =>
            res.setHeader(
              'Cache-Control',
              filePath.startsWith(assetsDir)
                ? 'public, max-age=31536000, immutable' // content-hashed names
                : path.basename(filePath).startsWith('index.html')
                  ? 'no-cache'
                  : 'public, max-age=3600',
            ),
        },
      }),
    );
    app.use((req, res, next) => {
      // A missing chunk (a tab open across a deploy) is a 404, not the page served as a script.
      if (req.method !== 'GET' || !req.accepts('html') || req.path.startsWith('/assets/'))
        return next();
      res.setHeader('Cache-Control', 'no-cache'); // always revalidated: it names the current assets
      res.sendFile(index);
    });
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  if (healthServer)
    await new Promise<void>((resolve, reject) => {
      healthServer.once('error', reject);
      healthServer.listen(config.healthPort, config.host, () => resolve());
    }).catch((err) => {
      httpServer.close();
      throw err;
    });
  const healthPort = healthServer ? (healthServer.address() as AddressInfo).port : undefined;

  const start = async () => {
    const ds = await connectWithRetry(config, log, () => phase === 'closing');
    dataSource = ds;
    // Before anything is created: a connection that is not utf8mb4 is refused here.
    if (config.database.dialect === 'mysql') await checkMysqlCharset(ds, log);
    await underStartupLock(ds, async () => {
      await ds.runMigrations({ transaction: 'each' });
      await seedDefaults(ds, config, log);
    });
    if (config.database.dialect === 'mysql') limitStatementTime(ds, config.statementTimeoutMs, log);

    const limiterStore = config.redisUrl
      ? await redisLimiterStore(config.redisUrl, config.redisKeyPrefix)
      : databaseLimiterStore(ds);
    const svc = createServices(
      ds,
      config,
      new LoginLimiter(limiterStore, config.loginLimitPerMinute),
    );
    services = svc;
    cacheRevisions = new CacheRevisionPoller(ds, [
      svc.dictionaries.cache,
      svc.fields.cache,
      svc.departments.tree,
      svc.accessRules.cache,
      svc.users.directory,
    ]);
    await cacheRevisions.start();
    const schema = await buildAppSchema();
    const server = new ApolloServer<AppContext>({
      schema,
      // The explorer needs the schema; GRAPHQL_EXPLORER=1 turns both on in production.
      introspection: config.graphqlExplorer,
      includeStacktraceInErrorResponses: !config.production,
      csrfPrevention: true,
      validationRules: config.production ? [depthLimit(), aliasLimit()] : [],
      // No cache hints are used; without the cache-control plugin Apollo does not wrap every field resolver.
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        ApolloServerPluginCacheControlDisabled(),
        // Apollo's landing page loads its sandbox from the internet; we serve our own explorer.
        ApolloServerPluginLandingPageDisabled(),
        limitsPlugin(config),
        statementCountPlugin(config),
      ],
      formatError: (formatted, error) => formatError(formatted, error, config, log, outages),
    });
    await server.start();
    apollo = server;
    if (phase === 'closing') return;

    graphqlHandler = express.Router().use(
      express.json({ limit: MAX_BODY_BYTES }),
      bodyErrorHandler('1 MB'),
      graphqlRequestGuard(),
      expressMiddleware(server, {
        context: ({ req }) => createContext(req, ds, svc, config, outages),
      }),
    );
    filesHandler = documentRoutes({
      config,
      dataSource: ds,
      services: svc,
      log,
      createLoaders: () => createLoaders(ds, svc),
    });
    phase = 'ready';
  };

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      phase = 'closing';
      await ready.catch(() => {});
      cacheRevisions?.stop();
      if (apollo) await apollo.stop();
      if (httpServer.listening)
        await new Promise<void>((r) => {
          httpServer.close(() => r());
          httpServer.closeIdleConnections();
        });
      if (healthServer?.listening) {
        healthServer.closeAllConnections();
        await new Promise<void>((r) => healthServer.close(() => r()));
      }
      health.close();
      await services?.limiter.close();
      if (dataSource?.isInitialized) await dataSource.destroy();
    })();
    return closing;
  };

  const ready = start();
  ready.catch(() => {});
  const running: RunningApp = {
    url,
    port,
    healthPort,
    get dataSource() {
      if (!dataSource) throw new Error('the database is not connected yet');
      return dataSource;
    },
    get services() {
      if (!services) throw new Error('the server is not ready yet');
      return services;
    },
    log,
    ready,
    close,
  };
  if (options.waitUntilReady !== false) {
    try {
      await ready;
    } catch (err) {
      await close();
      throw err;
    }
  }
  return running;
}

/** Opens the database, retrying with backoff while it is unreachable (logged once per attempt). */
async function connectWithRetry(
  config: Config,
  log: Logger,
  stopped: () => boolean,
): Promise<DataSource> {
  const giveUpAt = Date.now() + config.databaseStartupTimeoutSeconds * 1000;
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    const ds = createDataSource(config.database, log, {
      statementTimeoutMs: config.statementTimeoutMs,
    });
    try {
      await ds.initialize();
      if (attempt > 1) log.info({ attempt }, 'database reachable; starting');
      return ds;
    } catch (err) {
      if (!isOutageError(err) || stopped() || Date.now() + delay > giveUpAt) throw err;
      const e = err as { code?: string; message?: string };
      log.warn(
        {
          attempt,
          retryInMs: delay,
          code: e.code,
          reason: String(e.message ?? err).slice(0, 200),
        },
        `database unreachable at start-up; retrying for up to ${config.databaseStartupTimeoutSeconds} s`,
      );
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 5000);
    }
  }
}

async function createContext(
  req: Request,
  dataSource: DataSource,
  services: Services,
  config: Config,
  outages: OutageLog,
): Promise<AppContext> {
  const ctx: AppContext = {
    caller: null,
    authError: null,
    locale: currentLocale(),
    ip: clientAddress(req),
    dataSource,
    config,
    loaders: createLoaders(dataSource, services),
    services,
    request: currentRequest() ?? { locale: currentLocale(), statements: 0 },
    idempotencyKey: idempotencyKeyOf(req),
  };
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    try {
      ctx.caller = await services.auth.resolveCaller(auth.slice(7).trim());
    } catch (err) {
      if (err instanceof AppError) ctx.authError = err;
      else if (err instanceof DeadlineExceededError || isOutageError(err)) {
        if (!(err instanceof DeadlineExceededError)) outages.report(err, 'context');
        // Apollo answers context errors with their `http` status and headers.
        throw unavailable({
          http: {
            status: 503,
            headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]),
          },
        });
      } else throw err;
    }
  }
  return ctx;
}

/** A browser navigating to the URL, rather than a GraphQL client asking for JSON. */
function prefersHtml(req: Request): boolean {
  return (
    req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) ===
    'text/html'
  );
}

function clientAddress(req: Request): string {
  return (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
}

function corsMiddleware(origins: string[]): express.RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && origins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader(
        'Access-Control-Allow-Headers',
        'Authorization, Content-Type, Accept-Language, Apollo-Require-Preflight, X-Dossier-Csrf, Idempotency-Key',
      );
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Max-Age', '600');
      res.setHeader('Access-Control-Expose-Headers', 'Content-Disposition, Retry-After');
    }
    if (req.method === 'OPTIONS') return void res.sendStatus(204);
    next();
  };
}

/** Query cost limit (production only, like depth and aliases). */
function limitsPlugin(config: Config): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          if (!config.production) return;
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? {}, request.operationName);
          } catch (err) {
            // Variables that cannot be coerced are Apollo's to answer, with a coded error.
            if (err instanceof GraphQLError) return;
            throw err;
          }
          if (cost > MAX_COST) throw costError(cost);
        },
      };
    },
  };
}

/** Tells tests how many SQL statements a request sent (`x-statement-count`). */
function statementCountPlugin(config: Config): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (config.exposeStatementCount && contextValue?.request) {
            response.http.headers.set('x-statement-count', String(contextValue.request.statements));
          }
        },
      };
    },
  };
}

/**
 * Keeps our coded errors; database outages become UNAVAILABLE (retryable, logged once per
 * interval); everything else unexpected is logged and hidden (SQL, stacks) in production.
 */
function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  config: Config,
  log: Logger,
  outages: OutageLog,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return formatted;
  // Our own limit rules run inside validation, where Apollo rewraps them with its code.
  const cause = error instanceof GraphQLError ? error.originalError : undefined;
  if (cause instanceof AppError) {
    const { http: _http, ...extensions } = cause.extensions;
    return { message: cause.message, locations: formatted.locations, extensions };
  }
  const own = graphqlOwnError(formatted, config.production);
  if (own) return own;
  const deadline = original instanceof DeadlineExceededError;
  if (deadline || isOutageError(original)) {
    if (!deadline) outages.report(original, formatted.path?.join('.') ?? 'request');
    return {
      message: translate('unavailable', currentLocale()),
      path: formatted.path,
      extensions: { code: 'UNAVAILABLE', retryable: true },
    };
  }
  const code = formatted.extensions?.code;
  const expected = original instanceof GraphQLError && code && code !== 'INTERNAL_SERVER_ERROR';
  if (expected) return formatted;
  log.error({ err: original }, 'unexpected error');
  if (!config.production) return formatted;
  return {
    message: translate('internal', currentLocale()),
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
