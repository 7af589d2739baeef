// Worker thread of the overload scenario: asks /healthz (on HEALTH_PORT and on the main port) and
// a small `{ me }` every 200 ms until told to stop, then posts every latency and outcome.
import { parentPort, workerData } from 'node:worker_threads';

const { base, healthBase, token } = workerData;
const probes = { healthz: [], healthzMain: [], me: [] };
let probing = true;
parentPort.once('message', () => (probing = false));

async function probe(kind, request) {
  while (probing) {
    const started = performance.now();
    let outcome;
    try {
      const res = await request(AbortSignal.timeout(30_000));
      const body = await res.text();
      const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
      outcome = res.ok && !code ? 'ok' : (code ?? `HTTP ${res.status}`);
    } catch (err) {
      outcome = `failed: ${err.name}`;
    }
    probes[kind].push({ ms: performance.now() - started, outcome });
    await new Promise((r) => setTimeout(r, 200));
  }
}

await Promise.all([
  probe('healthz', (signal) => fetch(`${healthBase}/healthz`, { signal })),
  probe('healthzMain', (signal) => fetch(`${base}/healthz`, { signal })),
  probe('me', (signal) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      signal,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { username } }' }),
    }),
  ),
]);
parentPort.postMessage(probes);
