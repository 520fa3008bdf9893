// Trying unreleased packages: point the app's @govmini/* dependencies at tarballs made by
// `pnpm pack` (the exact files that would be published) instead of the npm registry. Used by
// the repository's packed-app check, and by a province testing a fix before it is released.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ScaffoldError } from './errors';

/** The `file:` spec of each wanted package's tarball in `dir`, or what is missing. */
export function localPackageSpecs(
  dir: string,
  names: readonly string[],
): Record<string, string> | ScaffoldError[] {
  const path = resolve(dir);
  let entries: string[];
  try {
    entries = readdirSync(path);
  } catch {
    return names.map(
      (name) => new ScaffoldError('local_package_missing', 'localPackages', { path, name }),
    );
  }
  const specs: Record<string, string> = {};
  const errors: ScaffoldError[] = [];
  for (const name of names) {
    // pnpm pack names @govmini/ui 0.3.0 "govmini-ui-0.3.0.tgz".
    const stem = name.replace(/^@/, '').replace('/', '-');
    const pattern = new RegExp(`^${stem.replace(/[.-]/g, '\\$&')}-\\d+\\.\\d+\\.\\d+[^/]*\\.tgz$`);
    const found = entries.filter((entry) => pattern.test(entry));
    if (found.length === 1) specs[name] = `file:${resolve(path, found[0] as string)}`;
    else if (found.length === 0) {
      errors.push(new ScaffoldError('local_package_missing', 'localPackages', { path, name }));
    } else {
      errors.push(
        new ScaffoldError('local_package_ambiguous', 'localPackages', {
          path,
          name,
          files: found.join(', '),
        }),
      );
    }
  }
  return errors.length ? errors : specs;
}
