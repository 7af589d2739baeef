import { pickLocale } from '@dossier/shared';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { AsyncResource } from 'node:async_hooks';
import { translate, type MessageKey } from '../errors/messages';
import { runInRequest } from '../request/request-context';

/** Seconds a refused client is told to wait (`Retry-After`). */
export const RETRY_AFTER_SECONDS = 1;

/** Answers a GraphQL-shaped error over plain HTTP, e.g. before Apollo runs. */
export function sendHttpError(
  req: Request,
  res: Response,
  status: number,
  code: 'OVERLOADED' | 'UNAVAILABLE',
  key: MessageKey,
  params: Record<string, unknown> = {},
): void {
  const message = translate(key, pickLocale(req.headers['accept-language']), params);
  res
    .status(status)
    .set('Retry-After', String(RETRY_AFTER_SECONDS))
    .json({
      errors: [
        {
          message,
          extensions: { code, retryable: true, retryAfterSeconds: RETRY_AFTER_SECONDS },
        },
      ],
    });
}

/**
 * Admission control: at most `maxConcurrent` requests are worked on at once and `maxQueued`
 * wait (in arrival order) for a slot; anyone beyond gets 503 OVERLOADED with `Retry-After`.
 * Bodies are read only once admitted, so waiting requests hold little memory. A slot is freed
 * when the response is finished or the client goes away.
 */
export class Admission {
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly maxConcurrent: number,
    private readonly maxQueued: number,
  ) {}

  get stats() {
    return { inFlight: this.inFlight, queued: this.waiting.length };
  }

  readonly middleware: RequestHandler = (req, res, next) => {
    if (this.inFlight < this.maxConcurrent) return this.admit(res, next);
    if (this.waiting.length >= this.maxQueued) {
      // Closing the connection slows a client that retries at once (it has to reconnect) and
      // keeps the accept queue moving, so new connections, /healthz among them, get in.
      res.set('Connection', 'close');
      return sendHttpError(req, res, 503, 'OVERLOADED', 'overloaded', {
        seconds: RETRY_AFTER_SECONDS,
      });
    }
    // Keeps the request's own async context (its request store) for when a slot frees up.
    const proceed = AsyncResource.bind(() => {
      cancel();
      if (!res.writableEnded && !res.destroyed) return this.admit(res, next);
      // Answered meanwhile (its deadline): the slot passes on.
      this.inFlight += 1;
      this.release();
    });
    const cancel = () => {
      res.off('close', cancel);
      const at = this.waiting.indexOf(proceed);
      if (at >= 0) this.waiting.splice(at, 1);
    };
    res.on('close', cancel);
    this.waiting.push(proceed);
  };

  private admit(res: Response, next: NextFunction) {
    this.inFlight += 1;
    let released = false;
    res.once('close', () => {
      if (released) return;
      released = true;
      this.release();
    });
    next();
  }

  private release() {
    this.inFlight -= 1;
    const nextWaiting = this.waiting.shift();
    if (nextWaiting) nextWaiting();
  }
}

/**
 * Opens the request scope with a deadline. Past it the client gets 503 UNAVAILABLE (retryable),
 * whatever the request is still waiting for (a slot, a connection, a frozen database); the
 * statement logger then refuses to send its further statements, so its work is abandoned.
 */
export function requestDeadline(timeoutMs: number): RequestHandler {
  return (req, res, next) => {
    const store = {
      locale: pickLocale(req.headers['accept-language']),
      statements: 0,
      deadline: Date.now() + timeoutMs,
    };
    const timer = setTimeout(() => {
      if (res.headersSent || res.writableEnded) return;
      sendHttpError(req, res, 503, 'UNAVAILABLE', 'deadlineExceeded', {
        seconds: Math.round(timeoutMs / 100) / 10,
      });
      ignoreLaterWrites(res);
    }, timeoutMs);
    res.once('close', () => clearTimeout(timer));
    runInRequest(store, next);
  };
}

/** After the deadline answer, whatever the abandoned request still sends goes nowhere. */
function ignoreLaterWrites(res: Response) {
  const self = function (this: Response) {
    return this;
  };
  Object.assign(res, {
    setHeader: self,
    writeHead: self,
    status: self,
    set: self,
    send: self,
    json: self,
    end: self,
    write: () => true,
    flush: () => undefined,
  });
}
