// Dossier submissions against apps/server at a fixed rate, as a province's peak would send them:
// 200 requests a second for 30 seconds from 20 connections, spread over 50 signed-in citizens,
// 10 % of them repeating an earlier request's idempotency key (a phone retrying after a lost
// answer, sometimes while the first is still in flight). Once on SQLite, once on PostgreSQL
// (when GOVMINI_PG_URL names a cluster: `pnpm bench:server` starts a throwaway one).
//
// Reported per database: achieved throughput, latency p50/p99, errors (non-2xx, socket errors,
// timeouts), and duplicates — dossiers beyond one per (citizen, key) accepted, counted through
// the contract (every citizen's list) against the distinct keys sent, which must be 0 — plus
// repeats answered with a different code than the first. The server runs in a child process (apps/server/scripts/bench-target.ts),
// autocannon in this one. Goal (issue 9): 200/s at p99 ≤ 50 ms on SQLite on a 2-core machine.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import autocannon from 'autocannon';

const RATE = Number(process.env.BENCH_RATE ?? 200);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 30);
const CONNECTIONS = 20;
const REPEAT_SHARE = 0.1;

interface ServerLoad {
  cpuMs: number;
  loopP99Ms: number;
  loopMaxMs: number;
}

interface Target {
  url: string;
  sessions: string[];
  procedure: string;
}

async function startTarget(pgUrl: string | undefined) {
  const child = fork(new URL('../apps/server/scripts/bench-target.ts', import.meta.url), [], {
    env: { ...process.env, LOG_LEVEL: 'info', ...(pgUrl ? { BENCH_PG_URL: pgUrl } : {}) },
    execArgv: process.env.BENCH_CPU_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
      : [],
    // The server's request log goes nowhere, as cheaply as to a file.
    stdio: ['ignore', process.env.BENCH_SERVER_LOG ? 'pipe' : 'ignore', 'inherit', 'ipc'],
  });
  if (process.env.BENCH_SERVER_LOG && child.stdout) {
    const { createWriteStream } = await import('node:fs');
    child.stdout.pipe(createWriteStream(process.env.BENCH_SERVER_LOG));
  }
  const ready = new Promise<Target>((resolve, reject) => {
    child.once('message', (message) => resolve(message as Target));
    child.once('exit', (code) => reject(new Error(`bench target exited (${code})`)));
  });
  const ask = <T>(message: string) =>
    new Promise<T>((resolve) => {
      child.once('message', (answer) => resolve(answer as T));
      child.send(message);
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.send('stop');
    });
  return {
    ready,
    stop,
    measure: () => child.send('measure'),
    report: () => ask<ServerLoad>('report'),
  };
}

// A deterministic PRNG (mulberry32), so every run sends the same mix.
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function run(database: 'SQLite' | 'PostgreSQL', pgUrl?: string) {
  const target = await startTarget(pgUrl);
  const { url, sessions, procedure } = await target.ready;
  const random = prng(20261201);
  const sent: { citizen: number; key: string; body: string }[] = [];
  const firstCode = new Map<string, string>();
  const accepted = new Set<string>();
  let repeats = 0;
  let mismatched = 0;
  let n = 0;

  target.measure();
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    overallRate: RATE,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/api/dossier/dossiers',
        setupRequest: (request, context) => {
          let entry: (typeof sent)[number];
          if (sent.length > 20 && random() < REPEAT_SHARE) {
            entry = sent[Math.floor(random() * sent.length)] as (typeof sent)[number];
            repeats++;
          } else {
            const citizen = Math.floor(random() * sessions.length);
            n++;
            entry = {
              citizen,
              key: `bench-${randomUUID()}`,
              body: JSON.stringify({
                procedureId: procedure,
                procedureVersion: 1,
                answers: {
                  fullName: `Nguyễn Thị Hoa ${n}`,
                  dateOfBirth: '1985-04-12',
                  cccd: '001185012345',
                  purpose: 'ket-hon',
                },
                resultDelivery: 'in_person',
                declaredAt: '2026-12-01T08:05:00+07:00',
              }),
            };
            sent.push(entry);
          }
          context.entry = entry;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${sessions[entry.citizen]}`,
              'idempotency-key': entry.key,
            },
            body: entry.body,
          };
        },
        onResponse: (status, body, context) => {
          const entry = context.entry as (typeof sent)[number];
          if (status !== 200) return;
          const code = (JSON.parse(body) as { code: string }).code;
          const id = `${entry.citizen}|${entry.key}`;
          accepted.add(id);
          const first = firstCode.get(id);
          if (first === undefined) firstCode.set(id, code);
          else if (first !== code) mismatched++;
        },
      },
    ],
  });

  const load = await target.report();
  // Through the contract: every citizen's own list.
  let dossiers = 0;
  for (const session of sessions) {
    const response = await fetch(`${url}/api/dossier/dossiers`, {
      headers: { authorization: `Bearer ${session}` },
    });
    dossiers += ((await response.json()) as { dossiers: unknown[] }).dossiers.length;
  }
  await target.stop();

  return {
    database,
    rate: RATE,
    durationS: DURATION_S,
    requests: result.requests.total,
    throughput: Math.round((result.requests.total / result.duration) * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
    serverCpuMsPerRequest: Math.round((load.cpuMs / result.requests.total) * 100) / 100,
    serverCpuShare: Math.round((load.cpuMs / (result.duration * 1000)) * 100) / 100,
    eventLoopP99Ms: Math.round(load.loopP99Ms * 10) / 10,
    repeats,
    dossiers,
    // Requests still in flight when the run ends are filed without an answer counted here, so
    // the bound is one dossier per distinct key sent; a repeat must also get the first's code.
    duplicates: Math.max(0, dossiers - sent.length),
    unanswered: sent.length - accepted.size,
    mismatchedRepeats: mismatched,
  };
}

const rows = [await run('SQLite')];
if (process.env.GOVMINI_PG_URL) rows.push(await run('PostgreSQL', process.env.GOVMINI_PG_URL));
else console.log('PostgreSQL skipped: GOVMINI_PG_URL is not set (pnpm bench:server starts one).');

console.log(
  `\nDossier submissions, ${RATE}/s for ${DURATION_S} s, ${CONNECTIONS} connections, ${REPEAT_SHARE * 100} % repeated keys\n`,
);
console.table(
  rows.map((r) => ({
    database: r.database,
    'req/s': r.throughput,
    'p50 ms': r.p50,
    'p99 ms': r.p99,
    'max ms': r.max,
    errors: r.errors,
    'server CPU ms/req': r.serverCpuMsPerRequest,
    'loop p99 ms': r.eventLoopP99Ms,
    repeats: r.repeats,
    dossiers: r.dossiers,
    duplicates: r.duplicates,
    'repeat ≠ first': r.mismatchedRepeats,
  })),
);
for (const r of rows) {
  const ok = r.database !== 'SQLite' || (r.throughput >= RATE * 0.98 && r.p99 <= 50);
  console.log(
    `${r.database}: ${r.duplicates === 0 && r.mismatchedRepeats === 0 ? 'no duplicates' : 'DUPLICATES'}` +
      (r.database === 'SQLite' ? `; goal ${RATE}/s at p99 ≤ 50 ms ${ok ? 'met' : 'NOT met'}` : ''),
  );
}
writeFileSync(
  new URL('./results/server-submit.json', import.meta.url),
  `${JSON.stringify(rows, null, 2)}\n`,
);
if (rows.some((r) => r.duplicates !== 0 || r.mismatchedRepeats !== 0)) process.exitCode = 1;
