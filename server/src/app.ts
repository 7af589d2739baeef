import 'reflect-metadata';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import { pickLocale } from '@dossier/shared';
import express, { type Request } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
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
import { currentLocale, currentRequest, runInRequest } from './common/request/request-context';
import { CacheRevisionPoller } from './common/revisioned-cache';
import { databaseLimiterStore, redisLimiterStore } from './common/auth/limiter-store';
import { LoginLimiter } from './common/auth/login-limiter';
import { createDataSource, pingDatabase, underStartupLock } from './db/data-source';
import { checkMysqlCharset } from './db/charset';
import { seedDefaults } from './db/seed';
import { createLoaders } from './modules/loaders';
import { documentRoutes } from './modules/document/document.routes';
import { buildAppSchema } from './schema';
import { createServices, type Services } from './services';

export interface RunningApp {
  url: string;
  port: number;
  dataSource: DataSource;
  services: Services;
  log: Logger;
  /** Stops accepting requests, lets in-flight ones finish, then closes the database pool. */
  close(): Promise<void>;
}

/** Opens the database, migrates, seeds, and serves GraphQL, /healthz and the admin console. */
export async function createApp(
  config: Config,
  options: { log?: Logger } = {},
): Promise<RunningApp> {
  const log = options.log ?? pino({ level: config.logLevel });
  const dataSource = createDataSource(config.database, log);
  await dataSource.initialize();
  if (config.database.dialect === 'mysql') {
    try {
      await checkMysqlCharset(dataSource, log);
    } catch (err) {
      await dataSource.destroy();
      throw err;
    }
  }
  await underStartupLock(dataSource, async () => {
    await dataSource.runMigrations({ transaction: 'each' });
    await seedDefaults(dataSource, config, log);
  });

  const limiterStore = config.redisUrl
    ? await redisLimiterStore(config.redisUrl, config.redisKeyPrefix).catch(async (err) => {
        await dataSource.destroy();
        throw err;
      })
    : databaseLimiterStore(dataSource);
  const services = createServices(
    dataSource,
    config,
    new LoginLimiter(limiterStore, config.loginLimitPerMinute),
  );
  const cacheRevisions = new CacheRevisionPoller(dataSource, [
    services.dictionaries.cache,
    services.fields.cache,
    services.departments.tree,
    services.accessRules.cache,
    services.users.directory,
  ]);
  await cacheRevisions.start();
  const schema = await buildAppSchema();
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<AppContext>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    csrfPrevention: true,
    validationRules: config.production ? [depthLimit(), aliasLimit()] : [],
    // No cache hints are used; without the cache-control plugin Apollo does not wrap every field resolver.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      limitsPlugin(config),
      statementCountPlugin(config),
    ],
    formatError: (formatted, error) => formatError(formatted, error, config, log),
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    const up = await Promise.race([
      pingDatabase(dataSource),
      new Promise<boolean>((r) => setTimeout(() => r(false), 2000).unref()),
    ]);
    res.status(up ? 200 : 503).json({
      status: up ? 'ok' : 'unavailable',
      database: { status: up ? 'up' : 'down', dialect: config.database.dialect },
    });
  });

  app.use(
    '/graphql',
    corsMiddleware(config.corsOrigins),
    express.json({ limit: MAX_BODY_BYTES }),
    bodyErrorHandler('1 MB'),
  );
  app.use(
    '/graphql',
    graphqlRequestGuard(),
    (req, _res, next) =>
      runInRequest({ locale: pickLocale(req.headers['accept-language']), statements: 0 }, next),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
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
        };
        const auth = req.headers.authorization;
        if (auth?.startsWith('Bearer ')) {
          try {
            ctx.caller = await services.auth.resolveCaller(auth.slice(7).trim());
          } catch (err) {
            if (!(err instanceof AppError)) throw err;
            ctx.authError = err;
          }
        }
        return ctx;
      },
    }),
  );

  // Document upload/download over plain HTTP (multipart, streamed files); see docs/documents.md.
  app.use(
    '/files',
    corsMiddleware(config.corsOrigins),
    documentRoutes({
      config,
      dataSource,
      services,
      log,
      createLoaders: () => createLoaders(dataSource, services),
    }),
  );

  if (config.adminDist) {
    const index = path.join(config.adminDist, 'index.html');
    app.use(express.static(config.adminDist, { index: false, maxAge: '1h' }));
    app.use((req, res, next) =>
      req.method === 'GET' && req.accepts('html') ? res.sendFile(index) : next(),
    );
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  }).catch(async (err) => {
    cacheRevisions.stop();
    await services.limiter.close();
    await dataSource.destroy();
    throw err;
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    dataSource,
    services,
    log,
    close() {
      closing ??= (async () => {
        cacheRevisions.stop();
        await apollo.stop();
        if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
        await services.limiter.close();
        if (dataSource.isInitialized) await dataSource.destroy();
      })();
      return closing;
    },
  };
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
        'Authorization, Content-Type, Accept-Language, Apollo-Require-Preflight, X-Dossier-Csrf',
      );
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Max-Age', '600');
      res.setHeader('Access-Control-Expose-Headers', 'Content-Disposition');
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
            // Variables that do not coerce: Apollo refuses them next, as BAD_USER_INPUT with their path.
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

/** Keeps our coded errors; hides everything unexpected (SQL, stacks) in production. */
function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  config: Config,
  log: Logger,
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
