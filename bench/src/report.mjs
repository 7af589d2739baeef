// Results: the markdown table printed and written beside the JSON.

const num = (x, digits = 0) =>
  x === null || x === undefined || Number.isNaN(x) ? '—' : Number(x).toFixed(digits);
const lat = (r) => (r ? `${num(r.p50, 1)} / ${num(r.p95, 1)} / ${num(r.p99, 1)}` : '—');

export function markdown(result) {
  const { machine, options, dataset } = result;
  const hi = `c${Math.max(...options.concurrency)}`;
  const lo = `c${Math.min(...options.concurrency)}`;
  const lines = [
    `# Dossier benchmark ${result.date}`,
    '',
    `- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, ${machine.platform}, Node ${machine.node}`,
    `- Database: ${machine.database} (${result.target})`,
    `- Dataset: scale ${dataset.scale}: ${Object.entries(dataset.sizes)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}${dataset.reused ? ' (reused)' : ''}`,
    `- Runs: ${options.duration} s each; throughput at ${hi.slice(1)} connections, latency at ${lo.slice(1)}; commit ${result.commit}`,
    `- Server RSS peak over the whole run: Dossier ${num(result.rssPeak.dossier)} MB${result.rssPeak.raw ? `, raw baseline ${num(result.rssPeak.raw)} MB` : ''}`,
    '',
    `| Scenario | User | Dossier req/s (c=${hi.slice(1)}) | Raw req/s | Ratio | Dossier p50 / p95 / p99 ms (c=${lo.slice(1)}) | Raw p50 / p95 / p99 ms | p50 × raw | Statements Dossier / raw | Dossier RSS MB | Errors | Same JSON |`,
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|:-:|',
  ];
  for (const r of result.rows) {
    const d = r.dossier;
    const w = r.raw;
    const errors =
      (d[hi]?.errors ?? 0) + (d[lo]?.errors ?? 0) + (w?.[hi]?.errors ?? 0) + (w?.[lo]?.errors ?? 0);
    const statements = `${d.statements ?? '—'}${r.statementsByShape ? ` (${r.statementsByShape.dossier.join('→')})` : ''} / ${w?.statements ?? '—'}`;
    lines.push(
      `| ${r.unit} | ${r.user} | ${num(d[hi]?.rps, 1)} | ${num(w?.[hi]?.rps, 1)} | ${r.ratio.rps === null ? '—' : `${num(r.ratio.rps * 100)}%`} | ${lat(d[lo])} | ${lat(w?.[lo])} | ${r.ratio.p50 === null ? '—' : `${num(r.ratio.p50, 2)}×`} | ${statements} | ${num(d.rssPeak)} | ${errors} | ${r.sameJson === null ? '—' : r.sameJson ? 'yes' : 'NO'} |`,
    );
  }
  if (result.rows.some((r) => r.statementsByShape)) {
    lines.push(
      '',
      'Detail statements `a→b`: for the readable customer with the fewest contacts and follow-ups, then the one with the most.',
    );
    for (const r of result.rows.filter((x) => x.statementsByShape)) {
      const s = r.statementsByShape;
      lines.push(
        `- ${r.user}: customer ${s.few.id} (${s.few.contacts} contacts, ${s.few.followups} follow-ups) vs ${s.many.id} (${s.many.contacts} contacts, ${s.many.followups} follow-ups): Dossier ${s.dossier.join(' vs ')}${s.raw ? `, raw ${s.raw.join(' vs ')}` : ''}`,
      );
    }
  }
  if (result.browser?.length) {
    lines.push(
      '',
      'Console in headless Chromium (navigation until the page shows its content; cold: a fresh context, empty cache; warm: the same page again):',
      '',
      '| Page | Cold ms | Warm ms | Scripts and styles on the cold load, kB as sent |',
      '|---|---:|---:|---:|',
      ...result.browser.map(
        (b) =>
          `| ${b.page} (\`${b.path}\`) | ${num(b.coldMs)} | ${num(b.warmMs)} | ${num(b.coldAssetsKb)} |`,
      ),
    );
  }
  if (result.overload) {
    const o = result.overload;
    const pct = (x) => (x === null ? '—' : `${Math.round(x * 100)}%`);
    lines.push(
      '',
      `Overload (${o.connections} connections of 200-row customer pages for ${o.duration} s, heap cap --max-old-space-size=256):`,
      '',
      '| Server | RSS peak MB | Pages answered | Pages/s | OVERLOADED | UNAVAILABLE | Other | /healthz on HEALTH_PORT max / p50 ms (failed) | /healthz on PORT max / p50 ms (failed) | `{ me }` max / p50 ms (outcomes) |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      `| ${o.alive ? 'alive' : '**died**'} | ${num(o.rssPeakMb)} | ${o.counts.ok} | ${num(o.pagesPerSecond, 1)} | ${o.counts.overloaded} (${pct(o.overloadedShare)}) | ${o.counts.unavailable} | ${o.counts.other} | ${num(o.healthz.maxMs)} / ${num(o.healthz.p50Ms)} (${o.healthz.notOk} of ${o.healthz.samples}) | ${num(o.healthzMain.maxMs)} / ${num(o.healthzMain.p50Ms)} (${o.healthzMain.notOk} of ${o.healthzMain.samples}) | ${num(o.me.maxMs)} / ${num(o.me.p50Ms)} (${Object.entries(
        o.me.outcomes,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}) |`,
    );
  }
  const bad = result.rows.filter((r) => r.sameJson === false);
  if (bad.length)
    lines.push(
      '',
      `Answers differing between Dossier and the raw baseline: ${bad.map((r) => `${r.unit}/${r.user}: ${r.jsonDifference}`).join('; ')}`,
    );
  return lines.join('\n') + '\n';
}
