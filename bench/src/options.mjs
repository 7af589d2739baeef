// Command-line options of `npm run bench` (see docs/performance.md).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCENARIOS = ['list', 'detail', 'graph', 'search', 'write', 'browser', 'overload'];

const HELP = `npm run bench -- [options]

  --scale <n>        dataset size multiplier (1 = 100k customers; 0.1 quick; 10 = 1M)   [1]
  --sqlite           SQLite file under data/bench/ instead of MySQL/MariaDB (no raw baseline)
  --duration <s>     seconds per load run                                             [10]
  --only <names>     comma-separated scenarios: ${SCENARIOS.join(', ')}
  --users <names>    comma-separated: admin, staff                                    [admin,staff]
  --concurrency <l>  comma-separated connection counts                                [10,1]
  --out <dir>        where results go                                                 [bench/results]
  --generate-only    create (or check) the dataset and stop
  --regenerate       drop the bench dataset and generate it again
  --no-baseline      skip the raw mysql2 baseline
  --cpu-prof         start the Dossier server with --cpu-prof (profiles in data/bench/prof/)
  --port <n>         Dossier's port; the baseline takes the next one             [0 = any free]

Environment: BENCH_DATABASE_URL (default mysql://root@127.0.0.1:3306/dossier_bench).`;

export function parseOptions(argv) {
  const o = {
    scale: 1,
    sqlite: false,
    duration: 10,
    only: [...SCENARIOS],
    users: ['admin', 'staff'],
    concurrency: [10, 1],
    out: path.join(ROOT, 'bench/results'),
    generateOnly: false,
    regenerate: false,
    baseline: true,
    cpuProf: false,
    port: 0,
    databaseUrl: process.env.BENCH_DATABASE_URL || 'mysql://root@127.0.0.1:3306/dossier_bench',
  };
  const list = (v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--scale':
        o.scale = Number(value());
        break;
      case '--sqlite':
        o.sqlite = true;
        break;
      case '--duration':
        o.duration = Number(value());
        break;
      case '--only':
        o.only = list(value());
        break;
      case '--users':
        o.users = list(value());
        break;
      case '--concurrency':
        o.concurrency = list(value()).map(Number);
        break;
      case '--out':
        o.out = path.resolve(value());
        break;
      case '--generate-only':
        o.generateOnly = true;
        break;
      case '--regenerate':
        o.regenerate = true;
        break;
      case '--no-baseline':
        o.baseline = false;
        break;
      case '--cpu-prof':
        o.cpuProf = true;
        break;
      case '--port':
        o.port = Number(value());
        break; // 0: any free port
      case '--help':
      case '-h':
        console.log(HELP);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${arg}\n\n${HELP}`);
    }
  }
  if (!(o.scale > 0) || o.scale > 100) throw new Error('--scale must be a number in (0, 100]');
  if (!(o.duration > 0)) throw new Error('--duration must be a positive number of seconds');
  for (const s of o.only)
    if (!SCENARIOS.includes(s))
      throw new Error(`--only: unknown scenario "${s}" (${SCENARIOS.join(', ')})`);
  for (const u of o.users)
    if (!['admin', 'staff'].includes(u))
      throw new Error(`--users: unknown user "${u}" (admin, staff)`);
  if (o.concurrency.some((c) => !Number.isInteger(c) || c < 1))
    throw new Error('--concurrency takes positive integers');
  if (o.sqlite) o.baseline = false;
  return o;
}
