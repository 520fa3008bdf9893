// The server under load for benchmarks/server-submit.ts, as a child process of its own (the load
// tool runs in the parent, so server and load each get a core): the real HTTP app on a free
// port, on SQLite in a temp folder or on a fresh PostgreSQL database (BENCH_PG_URL: a cluster's
// admin URL), a fake Zalo Graph for sign-in, a small procedure to file, N citizens signed in.
// Tells the parent `{ url, sessions }` over IPC; stops on 'stop' or when the parent goes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createHttpAuthService } from '@govmini/auth';
import { startFakeZaloGraph } from '@govmini/auth/conformance';
import type { ProcedureDefinition } from '@govmini/dossier/core';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { createServerContext } from '../src/context.ts';
import { startServer } from '../src/http/server.ts';

export const BENCH_PROCEDURE: ProcedureDefinition = {
  schemaVersion: 1,
  id: 'xac-nhan-tinh-trang-hon-nhan',
  version: 1,
  title: { vi: 'Cấp Giấy xác nhận tình trạng hôn nhân', en: 'Certificate of marital status' },
  summary: { vi: 'Xác nhận một người đang độc thân hoặc đã kết hôn.' },
  sector: { vi: 'Hộ tịch' },
  agency: { name: { vi: 'UBND xã Hòa An' }, unitCode: '000.21.30.H99' },
  fee: { kind: 'fixed', amount: 15_000 },
  processingDays: 3,
  legalBasis: [{ vi: 'Luật Hộ tịch số 60/2014/QH13' }],
  eligibility: [{ vi: 'Công dân Việt Nam cư trú trong nước' }],
  documents: [],
  nextSteps: { vi: 'Cơ quan sẽ kiểm tra hồ sơ trong 8 giờ làm việc.' },
  declaration: { vi: 'Tôi cam đoan những thông tin trên là đúng sự thật.' },
  resultDelivery: ['in_person', 'online'],
  pages: [
    {
      id: 'nguoi-yeu-cau',
      title: { vi: 'Người cần xác nhận' },
      fields: [
        {
          id: 'fullName',
          type: 'text',
          label: { vi: 'Họ và tên' },
          required: true,
          maxLength: 100,
        },
        {
          id: 'dateOfBirth',
          type: 'date',
          label: { vi: 'Ngày sinh' },
          required: true,
          max: 'today',
        },
        { id: 'cccd', type: 'cccd', label: { vi: 'Số định danh cá nhân' }, required: true },
        {
          id: 'purpose',
          type: 'radio',
          label: { vi: 'Mục đích sử dụng' },
          required: true,
          options: [
            { value: 'ket-hon', label: { vi: 'Đăng ký kết hôn' } },
            { value: 'khac', label: { vi: 'Việc khác' } },
          ],
        },
      ],
    },
  ],
};

const citizens = Number(process.env.BENCH_CITIZENS ?? 50);
const adminUrl = process.env.BENCH_PG_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'govmini-bench-'));
let databaseUrl: string | undefined;
let dbName: string | undefined;
if (adminUrl) {
  dbName = `bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  databaseUrl = url.toString();
}

const users = Array.from({ length: citizens }, (_, i) => ({
  id: `4${String(i).padStart(18, '0')}`,
  name: `Công dân ${i + 1}`,
}));
const zalo = await startFakeZaloGraph({ appSecret: 'bench-secret', users });
const config = loadConfig(process.env, {
  databaseUrl,
  dataDir,
  host: '127.0.0.1',
  port: 0,
  zalo: { appSecret: 'bench-secret', graphUrl: zalo.url },
  seed: false,
  rateLimits: {
    citizenWrites: { max: 1_000_000, windowMs: 60_000 },
    ip: { max: 1_000_000, windowMs: 60_000 },
  },
});
const context = await createServerContext(config, { seed: false });
await context.procedures.publish(BENCH_PROCEDURE);
const server = await startServer(context);
const auth = createHttpAuthService({ baseUrl: `${server.url}/api` });
const sessions: string[] = [];
for (const user of users) {
  sessions.push(
    (await auth.signIn({ zaloAccessToken: zalo.issueAccessToken(user.id), consents: [] })).token,
  );
}

const stop = async () => {
  await server.close();
  await zalo.close();
  if (adminUrl && dbName) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
// CPU time and event-loop delay, so a run on a busy machine can still be read: how much of a
// core each submission costs, and how long requests waited for the loop.
const loop = monitorEventLoopDelay({ resolution: 5 });
let cpuAtStart = process.cpuUsage();
process.on('message', (message) => {
  if (message === 'stop') void stop();
  if (message === 'measure') {
    cpuAtStart = process.cpuUsage();
    loop.reset();
    loop.enable();
  }
  if (message === 'report') {
    loop.disable();
    const cpu = process.cpuUsage(cpuAtStart);
    process.send?.({
      cpuMs: (cpu.user + cpu.system) / 1000,
      loopP99Ms: loop.percentile(99) / 1e6,
      loopMaxMs: loop.max / 1e6,
    });
  }
});
process.on('disconnect', () => void stop());
process.send?.({ url: server.url, sessions, procedure: BENCH_PROCEDURE.id });
