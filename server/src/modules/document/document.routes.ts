import { pickLocale } from '@dossier/shared';
import busboy from 'busboy';
import express, { type Request, type Response } from 'express';
import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { can, type Caller } from '../../common/auth/caller';
import type { AppContext } from '../../common/context';
import { AppError, forbidden, notFound, unauthenticated } from '../../common/errors/app-error';
import { translate } from '../../common/errors/messages';
import { parseId } from '../../common/ids';
import { currentLocale, currentRequest, runInRequest } from '../../common/request/request-context';
import { newStorageKey, type FileStorage } from '../../common/storage';
import type { Services } from '../../services';
import type { Loaders } from '../loaders';
import type { StoredUpload, UploadFields } from './document.inputs';
import { cleanContentType, cleanFileName, contentDisposition } from './document.service';

/** Headers accepted as proof that an upload is not a simple cross-site form post. */
export const CSRF_HEADERS = ['x-dossier-csrf', 'apollo-require-preflight'] as const;

/** Room for the multipart framing and the small text fields around the file. */
const MULTIPART_SLACK = 1024 * 1024;

export interface DocumentRouteDeps {
  config: Config;
  dataSource: DataSource;
  services: Services;
  log: Logger;
  /** Fresh per-request loaders (the same factory the GraphQL context uses). */
  createLoaders: () => Loaders;
}

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/** An AppError answered with a status other than its code's (413 for an oversized file). */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: AppError,
  ) {
    super(error.message);
  }
}

/**
 * Documents over plain HTTP, mounted at `/files`:
 * - `POST /files/customers/:customerId/documents` (multipart: `type`, `note`, `file`) → 201 + document JSON
 * - `GET /files/documents/:id` → the file as an attachment
 * Both take the GraphQL Bearer token; errors use the GraphQL error shape `{ errors: [{ message, extensions }] }`.
 */
export function documentRoutes(deps: DocumentRouteDeps): express.Router {
  const router = express.Router();
  const { services, log } = deps;

  const inRequest =
    (handler: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response) =>
      runInRequest(
        { locale: pickLocale(req.headers['accept-language']), statements: 0 },
        async () => {
          try {
            await handler(req, res);
          } catch (err) {
            sendError(res, err, log);
          }
        },
      );

  const context = (req: Request, caller: Caller): AppContext => ({
    caller,
    authError: null,
    locale: currentLocale(),
    ip: (req.socket.remoteAddress ?? '').replace(/^::ffff:/, ''),
    dataSource: deps.dataSource,
    config: deps.config,
    loaders: deps.createLoaders(),
    services,
    request: currentRequest() ?? { locale: currentLocale(), statements: 0 },
  });

  const authenticate = async (req: Request): Promise<Caller> => {
    const auth = req.headers.authorization;
    if (!auth?.startsWith('Bearer ')) throw unauthenticated();
    return services.auth.resolveCaller(auth.slice(7).trim());
  };

  router.post(
    '/customers/:customerId/documents',
    inRequest(async (req, res) => {
      const max = deps.config.maxUploadBytes;
      const tooLarge = () =>
        new HttpError(
          413,
          new AppError(
            'BAD_USER_INPUT',
            'fileTooLarge',
            { field: 'file', max: formatBytes(max) },
            { field: 'file', maxBytes: max },
          ),
        );
      if (!CSRF_HEADERS.some((h) => req.headers[h]))
        throw new AppError('BAD_USER_INPUT', 'csrfHeaderRequired', { header: CSRF_HEADERS[0] });
      const caller = await authenticate(req);
      if (!can(caller, 'customer.update')) throw forbidden('customer.update');
      const customerId = parseId(String(req.params.customerId), 'customerId');
      const ctx = context(req, caller);
      // Refused before a byte of the body is read or stored.
      await services.documents.assertCanUpload(ctx, customerId);
      if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? ''))
        throw new AppError('BAD_USER_INPUT', 'multipartRequired', {}, { field: 'file' });
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > max + MULTIPART_SLACK) {
        res.setHeader('Connection', 'close');
        throw tooLarge();
      }

      const received = await receive(
        req,
        services.documents.storage,
        max,
        max + MULTIPART_SLACK,
        log,
      );
      const discard = async () => {
        if (received.file)
          await services.documents.storage
            .delete(received.file.storageKey)
            .catch((err) => log.error({ err }, 'could not delete a refused upload'));
      };
      try {
        if (received.aborted) return;
        if (received.overflow) res.setHeader('Connection', 'close');
        if (received.tooLarge || received.overflow) throw tooLarge();
        if (received.failed) throw received.failed;
        if (received.extraFiles)
          throw new AppError('BAD_USER_INPUT', 'oneFileOnly', {}, { field: 'file' });
        if (!received.file)
          throw new AppError('BAD_USER_INPUT', 'required', { field: 'file' }, { field: 'file' });
        const doc = await services.documents.create(
          ctx,
          customerId,
          received.fields,
          received.file,
        );
        res.status(201).json(await services.documents.toJson(ctx, doc));
      } catch (err) {
        await discard();
        throw err;
      }
    }),
  );

  router.get(
    '/documents/:id',
    inRequest(async (req, res) => {
      const caller = await authenticate(req);
      let id: number;
      try {
        id = parseId(String(req.params.id));
      } catch {
        throw notFound('Document', req.params.id);
      }
      const { doc, content } = await services.documents.openForDownload(context(req, caller), id);
      res.status(200).set({
        'Content-Type': doc.contentType,
        'Content-Length': String(doc.size),
        'Content-Disposition': contentDisposition(doc.fileName),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
      });
      try {
        await pipeline(content, res);
      } catch (err) {
        log.debug({ err, documentId: id }, 'download interrupted');
      }
    }),
  );

  return router;
}

interface Received {
  fields: UploadFields;
  file: StoredUpload | null;
  /** The file part was longer than the limit (it was cut, and nothing of it kept). */
  tooLarge: boolean;
  /** The whole body passed the limit plus framing (chunked uploads without Content-Length). */
  overflow: boolean;
  extraFiles: boolean;
  /** The client went away before the body was complete. */
  aborted: boolean;
  failed: Error | null;
}

/**
 * Parses the multipart body, streaming the `file` part into the storage under a fresh random key
 * while hashing it. Never throws: problems come back as flags, and an oversized, aborted or
 * failed file is already removed from the storage when this resolves.
 */
function receive(
  req: Request,
  storage: FileStorage,
  maxFile: number,
  maxBody: number,
  log: Logger,
): Promise<Received> {
  return new Promise((resolve) => {
    const out: Received = {
      fields: {},
      file: null,
      tooLarge: false,
      overflow: false,
      extraFiles: false,
      aborted: false,
      failed: null,
    };
    let stored: Promise<StoredUpload | null> | null = null;
    let abandonFile = () => {};
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      void Promise.resolve(stored).then((file) => {
        out.file = file ?? null;
        resolve(out);
      });
    };

    let bb: busboy.Busboy;
    try {
      // busboy reports `limit` on reaching fileSize, so one byte more than allowed is the trigger.
      bb = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { fileSize: maxFile + 1, files: 1, fields: 10, fieldSize: 16 * 1024, parts: 20 },
      });
    } catch (err) {
      out.failed = new AppError('BAD_USER_INPUT', 'multipartRequired', {}, { field: 'file' });
      log.debug({ err }, 'not a multipart body');
      req.resume();
      return finish();
    }

    bb.on('field', (name, value) => {
      if (name === 'type' || name === 'note') out.fields[name] = value;
    });
    bb.on('file', (name, stream, info) => {
      if (name !== 'file' || stored) {
        if (name === 'file') out.extraFiles = true;
        stream.resume();
        return;
      }
      const key = newStorageKey();
      const hash = createHash('sha256');
      const body = new PassThrough();
      abandonFile = () => {
        if (!body.destroyed) body.destroy(new Error('upload abandoned'));
        stream.resume(); // keep draining so the parser can finish
      };
      stream.on('data', (chunk: Buffer) => {
        if (body.destroyed) return;
        hash.update(chunk);
        if (!body.write(chunk)) {
          stream.pause();
          body.once('drain', () => stream.resume());
        }
      });
      stream.on('limit', () => {
        out.tooLarge = true;
        abandonFile();
      });
      stream.on('end', () => body.end());
      stream.on('error', (err) => body.destroy(err));
      stored = storage.put(key, body).then(
        ({ size }) => {
          if (out.tooLarge || out.overflow || out.aborted)
            return storage.delete(key).then(() => null);
          return {
            storageKey: key,
            fileName: cleanFileName(info.filename),
            contentType: cleanContentType(info.mimeType),
            size,
            sha256: hash.digest('hex'),
          };
        },
        async (err: Error) => {
          stream.resume();
          await storage.delete(key).catch(() => {});
          if (!out.tooLarge && !out.overflow && !out.aborted) {
            out.failed = err;
            log.error({ err }, 'could not store an upload');
          }
          return null;
        },
      );
    });
    bb.on('filesLimit', () => (out.extraFiles = true));
    bb.on('error', (err) => {
      log.debug({ err }, 'malformed multipart body');
      out.failed ??= new AppError(
        'BAD_USER_INPUT',
        'invalidFormat',
        { field: 'file' },
        { field: 'file' },
      );
      abandonFile();
      finish();
    });
    bb.on('close', finish);

    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBody && !out.overflow) {
        out.overflow = true;
        req.unpipe(bb);
        abandonFile();
        finish();
      }
    });
    req.on('close', () => {
      if (req.complete || done) return;
      out.aborted = true;
      abandonFile();
      finish();
    });
    req.pipe(bb);
  });
}

/** Answers with the GraphQL error shape; unexpected errors are logged and hidden. */
function sendError(res: Response, err: unknown, log: Logger): void {
  if (res.headersSent) {
    log.error({ err }, 'document request failed after the response started');
    res.destroy();
    return;
  }
  let status = 500;
  let error: AppError | null = null;
  if (err instanceof HttpError) [status, error] = [err.status, err.error];
  else if (err instanceof AppError)
    [status, error] = [STATUS[String(err.extensions.code)] ?? 400, err];
  if (!error) {
    log.error({ err }, 'unexpected error in a document request');
    res.status(500).json({
      errors: [
        {
          message: translate('internal', currentLocale()),
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    return;
  }
  res.status(status).json({ errors: [{ message: error.message, extensions: error.extensions }] });
}

/** 20971520 → "20 MB", 1024 → "1 KB", 1000 → "1000 B". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} B`;
}
