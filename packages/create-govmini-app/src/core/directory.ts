// The folder the app goes into must be new or empty: nothing already there is ever overwritten.
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ScaffoldError } from './errors';

export type DirectoryState = 'missing' | 'empty';

export function checkDirectory(
  directory: string,
  cwd = process.cwd(),
): DirectoryState | ScaffoldError {
  if (!String(directory ?? '').trim()) return new ScaffoldError('directory_missing', 'directory');
  const path = resolve(cwd, directory);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  if (!isDirectory) return new ScaffoldError('directory_is_file', 'directory', { path });
  return readdirSync(path).length === 0
    ? 'empty'
    : new ScaffoldError('directory_not_empty', 'directory', { path });
}
