// The command, run as a developer or CI would: with flags and --yes in a temporary folder, and
// interactively with the answers typed on stdin (refused answers asked again).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/index';
import { listTree, tempDir } from './helpers';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return { stream, text: () => text };
}

async function cli(argv: string[], answers?: string[]) {
  const cwd = tempDir();
  const stdout = capture();
  const stderr = capture();
  const stdin = answers
    ? Readable.from([answers.map((a) => `${a}\n`).join('')])
    : Readable.from([]);
  const code = await runCli(argv, { stdin, stdout: stdout.stream, stderr: stderr.stream, cwd });
  return { code, cwd, stdout: stdout.text(), stderr: stderr.text() };
}

describe('create-govmini-app --yes (CI)', () => {
  it('creates the app from flags', async () => {
    const run = await cli([
      'tay-ninh-so',
      '--province',
      'tay ninh',
      '--name',
      'Tây Ninh Số',
      '--modules',
      'feedback',
      '--primary-colour',
      '#1f5fa6',
      '--yes',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Đã tạo “Tây Ninh Số”');
    expect(run.stdout).toContain('cd tay-ninh-so');
    const app = join(run.cwd, 'tay-ninh-so');
    expect(JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')).name).toBe('tay-ninh-so');
    expect(readFileSync(join(app, 'src/theme.ts'), 'utf8')).toContain("primary: '#1f5fa6'");
    expect(existsSync(join(app, 'src/modules/feedback/module.tsx'))).toBe(true);
    expect(existsSync(join(app, 'src/modules/dossier'))).toBe(false);
    expect(existsSync(join(app, '.gitignore'))).toBe(true);
  });

  it('refuses an unknown province with a clear message and writes nothing', async () => {
    const run = await cli(['app', '--province', 'Sài Gòn Mới', '--yes']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Chưa tạo được ứng dụng, chưa có tệp nào được ghi');
    expect(run.stderr).toContain('Không tìm thấy tỉnh, thành phố “Sài Gòn Mới”');
    expect(run.stderr).toContain('No province or city “Sài Gòn Mới”');
    expect(listTree(run.cwd)).toEqual([]);
  });

  it('refuses an unknown flag', async () => {
    const run = await cli(['app', '--tinh', 'Huế']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Không có tùy chọn “--tinh”');
    expect(listTree(run.cwd)).toEqual([]);
  });

  it('prints help and its version', async () => {
    expect((await cli(['--help'])).stdout).toContain('--province <tên|mã>');
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('create-govmini-app, interactive (answers on stdin)', () => {
  it('asks each question with defaults, asks again after a refused answer, then creates', async () => {
    const run = await cli(
      [],
      [
        'hue-so', // folder
        'Bình Dương', // merged into TP Hồ Chí Minh: asked again
        'hue', // Huế, without diacritics
        '', // primary: the preset
        'vàng', // accent: not a colour, asked again
        '#c9a227',
        'Huế Số', // display name
        '', // package name: the default slug
        'phản ánh', // modules, in Vietnamese
        'c', // create
      ],
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Tỉnh, thành phố');
    expect(run.stdout).toContain('Thành phố Huế (mã · code 46)');
    expect(run.stdout).toContain('[#5b2a86]');
    expect(run.stdout).toContain('[hue-so]');
    expect(run.stderr).toContain('“Bình Dương” đã hợp nhất vào Thành phố Hồ Chí Minh');
    expect(run.stderr).toContain('Màu nhấn “vàng” không đọc được');
    const app = join(run.cwd, 'hue-so');
    expect(JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')).name).toBe('hue-so');
    expect(readFileSync(join(app, 'app-config.json'), 'utf8')).toContain('"title": "Huế Số"');
    expect(existsSync(join(app, 'src/modules/feedback'))).toBe(true);
    expect(existsSync(join(app, 'src/modules/dossier'))).toBe(false);
  });

  it('writes nothing when the answer to “create?” is no', async () => {
    const run = await cli(['app'], ['80', '', '', '', '', '', 'k']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Đã dừng. Chưa có tệp nào được ghi.');
    expect(listTree(run.cwd)).toEqual([]);
  });

  it('writes nothing when stdin ends before the last answer', async () => {
    const run = await cli(['app'], ['Tây Ninh']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Đã dừng. Chưa có tệp nào được ghi.');
    expect(listTree(run.cwd)).toEqual([]);
  });
});
