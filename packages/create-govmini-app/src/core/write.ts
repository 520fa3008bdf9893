// writeApp: all or nothing. The files go into a hidden sibling folder first (same parent, so
// the same file system), which is renamed into place only when every file is written; on any
// failure the sibling is removed and the target is left as it was.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { checkDirectory } from './directory';
import { ScaffoldError } from './errors';
import type { AppPlan } from './plan';

export async function writeApp(plan: AppPlan): Promise<void> {
  // Checked again: the folder may have changed since the plan was made.
  const state = checkDirectory(plan.directory);
  if (state instanceof ScaffoldError) throw state;
  const parent = dirname(plan.directory);
  const staging = join(
    parent,
    `.${basename(plan.directory)}.govmini-${randomBytes(4).toString('hex')}`,
  );
  const failed = (error: unknown) =>
    new ScaffoldError('write_failed', 'directory', {
      path: plan.directory,
      reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
    });
  try {
    await mkdir(parent, { recursive: true });
    await mkdir(staging);
    for (const file of plan.files) {
      const path = join(staging, ...file.path.split('/'));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content, { flag: 'wx' });
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw failed(error);
  }
  try {
    if (state === 'empty') {
      // rename() cannot replace a directory everywhere (Windows): an empty one is removed first;
      // rmdir refuses if something appeared in it meanwhile, which is what we want.
      if ((await readdir(plan.directory)).length > 0)
        throw Object.assign(new Error(), { code: 'ENOTEMPTY' });
      await rmdir(plan.directory);
    }
    await rename(staging, plan.directory);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    // Something appeared in (or at) the target between the check and the rename.
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR') {
      throw new ScaffoldError('directory_not_empty', 'directory', { path: plan.directory });
    }
    throw failed(error);
  }
}
