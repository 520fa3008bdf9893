// The generated app's files are real files under template/ (so they are read, linted and
// reviewed like code), with two small substitutions:
//   {{key}}           a value of the app, escaped for the file's language (TS string, JSON, HTML);
//   a comment line `#if dossier` … `#endif`   lines kept only when that module is chosen.
// Paths: `gitignore` → `.gitignore`, `github/` → `.github/` (npm would drop the dotfiles from the
// package), and `src/modules/<id>/` only for the chosen modules.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export type ModuleId = 'dossier' | 'feedback';
export const MODULE_IDS: readonly ModuleId[] = ['dossier', 'feedback'];

export interface TemplateFile {
  /** Relative, with `/`, as in the template directory. */
  readonly path: string;
  readonly content: string;
}

/** The template directory shipped in the package (found from dist/ and from src/core/). */
export function defaultTemplateDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'template');
    if (existsSync(join(candidate, 'src', 'app.tsx'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('create-govmini-app: the template directory is missing from the package.');
}

export function readTemplate(dir: string): TemplateFile[] {
  const files: TemplateFile[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        files.push({
          path: relative(dir, full).split(sep).join('/'),
          content: readFileSync(full, 'utf8'),
        });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** Where a template file goes in the app, or undefined when its module was not chosen. */
export function targetPath(path: string, modules: readonly ModuleId[]): string | undefined {
  const module = /^src\/modules\/([^/]+)\//.exec(path)?.[1];
  if (module && !modules.includes(module as ModuleId)) return undefined;
  if (path === 'gitignore') return '.gitignore';
  if (path.startsWith('github/')) return `.${path}`;
  return path;
}

type Escape = (value: string) => string;

const escapeFor = (path: string): Escape => {
  if (/\.(ts|tsx|js|mjs)$/.test(path)) {
    // Placeholders in code sit inside single-quoted strings.
    return (v) => v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n');
  }
  if (path.endsWith('.json')) return (v) => JSON.stringify(v).slice(1, -1);
  if (path.endsWith('.html')) {
    return (v) =>
      v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  // Markdown and YAML comments: as typed (names are checked to hold no control characters).
  return (v) => v;
};

const MARKER = /^\s*(?:\/\/|#|<!--|\{\/\*)\s*#(if|endif)\b\s*(!?)([\w-]*)/;

/** Applies `#if` blocks and `{{key}}` values; a key without a value is a template bug. */
export function renderTemplate(
  file: TemplateFile,
  values: Readonly<Record<string, string>>,
  modules: readonly ModuleId[],
): string {
  const out: string[] = [];
  let keep: boolean | undefined;
  for (const [index, line] of file.content.split('\n').entries()) {
    const marker = MARKER.exec(line);
    if (marker?.[1] === 'if') {
      const flag = marker[3] as ModuleId;
      if (keep !== undefined || !MODULE_IDS.includes(flag)) {
        throw new Error(`template/${file.path}:${index + 1}: bad or nested #if "${flag}".`);
      }
      keep = modules.includes(flag) !== (marker[2] === '!');
      continue;
    }
    if (marker?.[1] === 'endif') {
      if (keep === undefined)
        throw new Error(`template/${file.path}:${index + 1}: #endif without #if.`);
      keep = undefined;
      continue;
    }
    if (keep !== false) out.push(line);
  }
  if (keep !== undefined) throw new Error(`template/${file.path}: #if without #endif.`);
  const escapeValue = escapeFor(file.path);
  return out.join('\n').replace(/\{\{([A-Za-z]+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template/${file.path}: no value for {{${key}}}.`);
    return escapeValue(value);
  });
}
