// tsup entries for every component folder of a package (`src/react/<Name>/index.ts`), used by
// the packages' tsup configs next to their public entries. They are not exported: they make
// the ESM output keep each screen in its own module, so that an app's bundler can put the
// screens of a lazily loaded route into that route's chunk. A bundler never splits one module
// between chunks: with every screen inside dist/index.js, all of them would ship on the first
// page together with the provider.
import { existsSync, readdirSync } from 'node:fs';

/** `{ 'react/Button': 'src/react/Button/index.ts', … }` for the folders that have an index.ts. */
export function screenEntries(root = 'src/react') {
  return Object.fromEntries(
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(`${root}/${entry.name}/index.ts`))
      .map((entry) => [`react/${entry.name}`, `${root}/${entry.name}/index.ts`]),
  );
}
