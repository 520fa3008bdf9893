// What each publishable package.json promises a province's bundler, type checker and npm page:
// exports with types first, the files they name built and shipped, side effects only where
// stylesheets are, the app's own React / zmp-ui / zmp-sdk as peers, provenance-ready repository
// metadata, keywords in Vietnamese and English, engines. Each check returns problems; the last
// test shows each one finds a broken manifest.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  importedPackages,
  pointedFiles,
  publishablePackages,
} from '../../../scripts/app-checks.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: a package.json, read as untyped JSON.
type Manifest = Record<string, any>;

/** A package.json `sideEffects` glob as bundlers read it: no `/` means "a file of that name anywhere". */
function sideEffectsMatch(pattern: string, path: string): boolean {
  const glob = pattern.replace(/^\.\//, '');
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] as string;
    if (char === '*' && glob[i + 1] === '*') {
      i += glob[i + 2] === '/' ? 2 : 1;
      source += glob[i] === '/' ? '(?:.*/)?' : '.*';
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const regex = new RegExp(`^${source}$`);
  return glob.includes('/') ? regex.test(path) : regex.test(basename(path));
}

function exportsProblems(manifest: Manifest): string[] {
  const problems: string[] = [];
  const conditionOrder = (where: string, target: Record<string, unknown>) => {
    if (Object.keys(target)[0] !== 'types')
      problems.push(`${where}: "types" is not the first condition`);
  };
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (typeof target === 'string') {
      if (/\.(c|m)?js$/.test(target))
        problems.push(`exports["${subpath}"]: JavaScript without types`);
      continue;
    }
    const t = target as Record<string, Record<string, string> | string>;
    if (typeof t.import === 'object' || typeof t.require === 'object') {
      const esm = t.import as Record<string, string> | undefined;
      const cjs = t.require as Record<string, string> | undefined;
      if (esm) {
        conditionOrder(`exports["${subpath}"].import`, esm);
        if (!esm.types?.endsWith('.d.ts') || !esm.default?.endsWith('.js'))
          problems.push(`exports["${subpath}"].import: not .d.ts types with .js code`);
      }
      if (cjs) {
        conditionOrder(`exports["${subpath}"].require`, cjs);
        if (!cjs.types?.endsWith('.d.cts') || !cjs.default?.endsWith('.cjs'))
          problems.push(`exports["${subpath}"].require: not .d.cts types with .cjs code`);
      }
    } else conditionOrder(`exports["${subpath}"]`, t);
  }
  const dot = manifest.exports?.['.'];
  const mainTypes = dot?.import?.types ?? dot?.types;
  if (manifest.types !== mainTypes)
    problems.push(`"types" is not exports["."]'s types (${mainTypes})`);
  return problems;
}

function filesProblems(manifest: Manifest, dir?: string): string[] {
  const problems = ['dist', 'README.md', 'LICENSE', 'CHANGELOG.md']
    .filter((file) => !manifest.files?.includes(file))
    .map((file) => `"files" lacks ${file}`);
  if (dir) {
    for (const file of ['README.md', 'LICENSE', ...pointedFiles(manifest)])
      if (!existsSync(join(dir, file))) problems.push(`${file} does not exist (built?)`);
  }
  return problems;
}

const jsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? jsFiles(join(dir, entry.name))
      : /\.(c|m)?js$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );

function sideEffectsProblems(manifest: Manifest, dir?: string): string[] {
  const problems: string[] = [];
  const css = Object.values(manifest.exports ?? {})
    .filter((t): t is string => typeof t === 'string' && t.endsWith('.css'))
    .map((t) => t.replace(/^\.\//, ''));
  const effects = manifest.sideEffects;
  if (effects === false) {
    if (css.length)
      problems.push(`sideEffects is false but ${css.join(', ')} must be kept when imported`);
  } else if (Array.isArray(effects)) {
    for (const file of css)
      if (!effects.some((p: string) => sideEffectsMatch(p, file)))
        problems.push(`sideEffects does not cover ${file}`);
    for (const pattern of effects)
      if (
        sideEffectsMatch(pattern, 'dist/index.js') ||
        sideEffectsMatch(pattern, 'dist/chunk-A.cjs')
      )
        problems.push(
          `sideEffects "${pattern}" marks JavaScript as side-effectful (no tree-shaking)`,
        );
  } else problems.push('sideEffects is neither false nor a list of stylesheets');
  // The English locale packs are separate chunks that the catalogues load with import(): a
  // bundler keeps a dynamically imported chunk whatever `sideEffects` says. A pack imported
  // statically for its side effects only would be dropped. (A command-line tool is not bundled.)
  if (dir && !manifest.bin && existsSync(join(dir, 'dist'))) {
    const files = jsFiles(join(dir, 'dist'));
    const code = files.map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const pack of files.map((f) => basename(f)).filter((f) => /^en-[\w-]+\.c?js$/.test(f))) {
      const name = pack.replace(/[.]/g, '\\.');
      if (!new RegExp(`(?:import|require)\\(\\s*["']\\./${name}["']`).test(code))
        problems.push(`dist/${pack} (a locale pack) is not loaded with import()`);
      if (new RegExp(`^\\s*import\\s*["']\\./${name}["']`, 'm').test(code))
        problems.push(`dist/${pack} (a locale pack) is imported for its side effects only`);
    }
  }
  return problems;
}

/** Packages a Zalo app must own (one React, one zmp-ui theme, one zmp-sdk bridge). */
const APP_OWNED = ['react', 'react-dom', 'zmp-ui', 'zmp-sdk'];

function peerProblems(manifest: Manifest, imported: Iterable<string>): string[] {
  const problems: string[] = [];
  for (const name of APP_OWNED)
    if (manifest.dependencies?.[name])
      problems.push(`${name} is a dependency: the app must own it (peer)`);
  for (const name of imported)
    if (APP_OWNED.includes(name) && !manifest.peerDependencies?.[name])
      problems.push(`the built code imports ${name}, which is not a peer dependency`);
  for (const name of ['react', 'react-dom']) {
    const range = manifest.peerDependencies?.[name];
    if (range && !/^\^18\.\d+\.\d+$/.test(range))
      problems.push(`peer ${name} is "${range}": React 18 only (zmp-ui breaks under 19)`);
  }
  return problems;
}

function provenanceProblems(manifest: Manifest, folder: string): string[] {
  const problems: string[] = [];
  const repo = manifest.repository ?? {};
  if (repo.type !== 'git' || repo.url !== 'git+https://github.com/govmini/govmini.git')
    problems.push(
      `repository is not git+https://github.com/govmini/govmini.git (provenance compares it with the publishing repository)`,
    );
  if (repo.directory !== `packages/${folder}`)
    problems.push(`repository.directory is not packages/${folder}`);
  if (!String(manifest.homepage ?? '').includes(`packages/${folder}`))
    problems.push('homepage does not name the package folder');
  if (manifest.license !== 'MIT') problems.push('license is not MIT');
  if (manifest.publishConfig?.access !== 'public')
    problems.push('publishConfig.access is not public');
  if (manifest.private) problems.push('private: true');
  return problems;
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

function keywordProblems(manifest: Manifest): string[] {
  const keywords: string[] = manifest.keywords ?? [];
  const problems: string[] = [];
  if (!keywords.some((k) => VIETNAMESE.test(k))) problems.push('no keyword in Vietnamese');
  if (!keywords.some((k) => /^[a-z0-9-]+$/.test(k) && k !== 'govmini'))
    problems.push('no keyword in English');
  for (const k of keywords)
    if (k !== k.normalize('NFC')) problems.push(`keyword "${k}" is not NFC`);
  if (!keywords.includes('govmini')) problems.push('no "govmini" keyword');
  return problems;
}

function enginesProblems(manifest: Manifest): string[] {
  const node = /^>=\s*(\d+)(\.\d+){0,2}$/.exec(manifest.engines?.node ?? '');
  return node && Number(node[1]) >= 20
    ? []
    : [`engines.node "${manifest.engines?.node}" is not ">=20…" or newer`];
}

describe('publishable package metadata', () => {
  const packages = publishablePackages();

  it('every publishable package is in the fixed Changesets group with create-govmini-app', () => {
    const config = JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8'));
    const group: string[] =
      config.fixed.find((g: string[]) => g.includes('create-govmini-app')) ?? [];
    expect(packages.map(({ manifest }) => manifest.name).sort()).toEqual([...group].sort());
  });

  for (const { dir, manifest } of packages) {
    const folder = basename(dir);
    describe(manifest.name, () => {
      it('exports: "types" first in every condition; ESM .js/.d.ts and CommonJS .cjs/.d.cts', () => {
        expect(exportsProblems(manifest)).toEqual([]);
      });
      it('files: dist, README.md, LICENSE, CHANGELOG.md; every file exports names is built', () => {
        expect(filesProblems(manifest, dir)).toEqual([]);
      });
      it('sideEffects: JavaScript tree-shakable, stylesheets kept, locale packs loaded with import()', () => {
        expect(sideEffectsProblems(manifest, dir)).toEqual([]);
      });
      it('peerDependencies: react 18, react-dom, zmp-ui and zmp-sdk belong to the app', () => {
        const imported = existsSync(join(dir, 'dist'))
          ? importedPackages(join(dir, 'dist')).keys()
          : [];
        expect(peerProblems(manifest, imported)).toEqual([]);
      });
      it('provenance-ready: repository with its directory, homepage, MIT, published publicly', () => {
        expect(provenanceProblems(manifest, folder)).toEqual([]);
      });
      it('keywords in Vietnamese and English; engines.node', () => {
        expect([...keywordProblems(manifest), ...enginesProblems(manifest)]).toEqual([]);
      });
    });
  }

  it('each check finds the problem in a broken manifest', () => {
    const broken = {
      name: '@govmini/broken',
      exports: {
        '.': { import: { default: './dist/index.js', types: './dist/index.d.ts' } },
        './styles.css': './dist/styles.css',
        './raw': './dist/raw.js',
      },
      types: './dist/other.d.ts',
      files: ['dist'],
      sideEffects: false,
      dependencies: { react: '^18.3.0' },
      peerDependencies: { 'react-dom': '>=18' },
      repository: { type: 'git', url: 'https://example.com/x.git' },
      license: 'ISC',
      publishConfig: {},
      keywords: ['Cafe\u0301', 'zalo'],
      engines: { node: '>=18' },
    };
    expect(exportsProblems(broken)).toHaveLength(3);
    expect(filesProblems(broken)).toHaveLength(3);
    expect(sideEffectsProblems(broken)).toHaveLength(1);
    expect(sideEffectsProblems({ ...broken, sideEffects: ['*.js'] })).toHaveLength(2);
    expect(peerProblems(broken, ['react', 'zmp-sdk'])).toHaveLength(4);
    expect(provenanceProblems(broken, 'broken')).toHaveLength(5);
    expect(keywordProblems(broken)).toHaveLength(3);
    expect(enginesProblems(broken)).toHaveLength(1);
    expect(sideEffectsMatch('*.css', 'dist/styles.css')).toBe(true);
    expect(sideEffectsMatch('**/*.css', 'dist/a/b.css')).toBe(true);
    expect(sideEffectsMatch('./dist/styles.css', 'dist/styles.css')).toBe(true);
    expect(sideEffectsMatch('**/*.css', 'dist/index.js')).toBe(false);
  });
});
