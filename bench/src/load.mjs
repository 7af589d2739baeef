// One load run with autocannon: fixed connections, fixed duration, the variables cycling through a
// fixed list. Latency percentiles come from every response's own time (autocannon's summary has no
// p95); a response with GraphQL `errors` counts as an error, not as a success.
import autocannon from 'autocannon';

/**
 * `target`: { base, path, headers, body(variables) → string }; `inputs`: the variables list.
 * Resolves to { requests, rps, p50, p95, p99, mean, errors, non2xx, duration }.
 */
export function runLoad({ target, inputs, connections, duration }) {
  const bodies = inputs.map((v) => target.body(v));
  let next = 0;
  const times = [];
  let bodyErrors = 0;
  let firstError = null;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.base,
        connections,
        duration,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            path: target.path,
            headers: target.headers,
            setupRequest(req) {
              req.body = bodies[next++ % bodies.length];
              return req;
            },
            onResponse(status, body) {
              if (status === 200 && body.includes('"errors"')) {
                bodyErrors++;
                firstError ??= body.slice(0, 500);
              }
            },
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        const ok = times.length;
        resolve({
          requests: result.requests.total,
          rps: round(ok / result.duration, 1),
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          p99: percentile(times, 99),
          mean: round(times.reduce((a, b) => a + b, 0) / Math.max(1, ok), 2),
          errors: result.errors + result.timeouts + bodyErrors,
          non2xx: result.non2xx,
          firstError,
          duration: result.duration,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

function percentile(values, p) {
  if (!values.length) return null;
  const sorted = Float64Array.from(values).sort();
  return round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)], 2);
}

const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;
