// writeApp is all or nothing: an app appears complete, or nothing appears.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AppPlan, planApp, ScaffoldError, writeApp } from '../src/index';
import { listTree, tempDir } from './helpers';

function plan(cwd: string): AppPlan {
  const result = planApp({ cwd, directory: 'app', province: 'Cần Thơ' });
  if (!result.ok) throw result.errors[0];
  return result.plan;
}

describe('writeApp', () => {
  it('writes every planned file into a new folder, and nothing beside it', async () => {
    const cwd = tempDir();
    const p = plan(cwd);
    await writeApp(p);
    expect(readdirSync(cwd)).toEqual(['app']);
    for (const file of p.files)
      expect(readFileSync(join(cwd, 'app', file.path), 'utf8')).toBe(file.content);
  });

  it('fills an existing empty folder', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'app'));
    await writeApp(plan(cwd));
    expect(existsSync(join(cwd, 'app', 'package.json'))).toBe(true);
  });

  it('leaves no trace when a file cannot be written', async () => {
    const cwd = tempDir();
    const p = plan(cwd);
    // Two files at one path: the second write fails half-way through.
    const broken = { ...p, files: [...p.files, { path: 'package.json', content: '{}' }] };
    await expect(writeApp(broken)).rejects.toMatchObject({ code: 'write_failed' });
    expect(listTree(cwd)).toEqual([]);
  });

  it('refuses a folder that filled up after the plan was made, leaving it as it was', async () => {
    const cwd = tempDir();
    const p = plan(cwd);
    mkdirSync(join(cwd, 'app'));
    writeFileSync(join(cwd, 'app', 'mine.txt'), 'giữ nguyên');
    const error = await writeApp(p).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScaffoldError);
    expect((error as ScaffoldError).code).toBe('directory_not_empty');
    expect(listTree(cwd)).toEqual(['app/', 'app/mine.txt']);
  });
});
