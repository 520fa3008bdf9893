// The small parts the release rehearsal relies on, each shown to catch what it is for: the
// changelog lines (a breaking change quoted in dependents), changeset files with broken front
// matter, tarball sizes, and counting the copies of a package an app can load.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reachableCopies } from '../../../scripts/app-checks.mjs';
import {
  getDependencyReleaseLine,
  getReleaseLine,
} from '../../../scripts/changesets-changelog.mjs';
import { changelogSection, readChangesets, tarballSizes } from '../../../scripts/release-copy.mjs';
import { tempDir } from '../test/helpers';

const changeset = (summary: string, releases: Record<string, 'major' | 'minor' | 'patch'>) => ({
  id: 'x',
  summary,
  commit: 'abcdef1234567',
  releases: Object.entries(releases).map(([name, type]) => ({ name, type })),
});
const updated = (name: string, newVersion: string) => ({
  name,
  newVersion,
  oldVersion: '0.1.0',
  type: 'major',
  changesets: ['x'],
});

describe('changelog lines (scripts/changesets-changelog.mjs)', () => {
  it('writes a changeset as Changesets does: commit, first line, following lines indented', () => {
    expect(getReleaseLine(changeset('Line one\nline two', { '@govmini/ui': 'minor' }))).toBe(
      '- abcdef1: Line one\n  line two',
    );
  });

  it("quotes a dependency's breaking change under its own heading in the dependent's entry", () => {
    const line = getDependencyReleaseLine(
      [
        changeset('`Button` lost `variant="link"`.', { '@govmini/ui': 'major' }),
        changeset('Faster search.', { '@govmini/vn': 'minor' }),
      ],
      [updated('@govmini/ui', '1.0.0'), updated('@govmini/vn', '1.0.0')],
    );
    expect(line).toContain(
      '- Updated dependencies [abcdef1, abcdef1]\n  - @govmini/ui@1.0.0\n  - @govmini/vn@1.0.0',
    );
    expect(line).toContain('### Breaking changes in dependencies');
    expect(line).toContain('- abcdef1: **@govmini/ui 1.0.0:** `Button` lost `variant="link"`.');
    expect(line).not.toContain('Faster search.');
  });

  it('also quotes a 0.x breaking change: a minor changeset whose text starts with "Breaking:"', () => {
    const line = getDependencyReleaseLine(
      [changeset('Breaking: `useAuthMessages` takes the catalogue.', { '@govmini/ui': 'minor' })],
      [updated('@govmini/ui', '0.2.0')],
    );
    expect(line).toContain('**@govmini/ui 0.2.0:** Breaking: `useAuthMessages`');
  });

  it('adds no heading when no dependency broke anything, and nothing without dependencies', () => {
    const line = getDependencyReleaseLine(
      [changeset('Faster search.', { '@govmini/vn': 'minor' })],
      [updated('@govmini/vn', '0.2.0')],
    );
    expect(line).not.toContain('Breaking');
    expect(getDependencyReleaseLine([], [])).toBe('');
  });

  it('finds the entry of one version in a CHANGELOG.md', () => {
    const log = '# @govmini/ui\n\n## 0.2.0\n\n- two\n\n## 0.1.0\n\n- one\n';
    expect(changelogSection(log, '0.2.0')).toContain('- two');
    expect(changelogSection(log, '0.2.0')).not.toContain('- one');
    expect(changelogSection(log, '0.3.0')).toBeUndefined();
  });
});

describe('changeset files (scripts/release-copy.mjs)', () => {
  it('reads releases and summary, and names a file whose front matter a formatter broke', () => {
    const repo = tempDir();
    mkdirSync(join(repo, '.changeset'));
    writeFileSync(join(repo, '.changeset', 'README.md'), '# Changesets\n');
    writeFileSync(
      join(repo, '.changeset', 'good.md'),
      '---\n"@govmini/ui": minor\n---\n\nNew `Tabs`.\n',
    );
    expect(readChangesets(repo)).toEqual([
      { id: 'good', releases: { '@govmini/ui': 'minor' }, summary: 'New `Tabs`.' },
    ]);
    // What a Markdown formatter makes of the front matter: a setext heading turned into "##".
    writeFileSync(
      join(repo, '.changeset', 'broken.md'),
      '---\n\n## "@govmini/vn": minor\n\nText.\n',
    );
    expect(() => readChangesets(repo)).toThrow(/\.changeset\/broken\.md/);
  });
});

describe('tarball sizes', () => {
  it('counts the packed bytes, and the bytes and number of the files inside', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'package', 'dist'), { recursive: true });
    writeFileSync(join(dir, 'package', 'package.json'), '{"name":"x"}');
    writeFileSync(join(dir, 'package', 'dist', 'index.js'), 'x'.repeat(1500));
    execFileSync('tar', ['-czf', join(dir, 'x.tgz'), '-C', dir, 'package']);
    const gz = readFileSync(join(dir, 'x.tgz'));
    expect(tarballSizes(gz)).toEqual({ packed: gz.length, unpacked: 1512, files: 2 });
  });
});

describe('loadable copies in an app (reachableCopies)', () => {
  it('counts the copies reachable from the app, not the leftovers of an upgrade', () => {
    const app = tempDir();
    const store = join(app, 'node_modules', '.pnpm');
    const pkg = (entry: string, name: string) => {
      const dir = join(store, entry, 'node_modules', name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name }));
      return dir;
    };
    const react = pkg('react@18.3.1', 'react');
    const ui = pkg('@govmini+ui@1.0.0', '@govmini/ui');
    const oldReact = pkg('react@18.2.0', 'react');
    pkg('react@17.0.2', 'react'); // left behind by an upgrade: nothing links to it
    mkdirSync(join(app, 'node_modules', '@govmini'));
    symlinkSync(react, join(app, 'node_modules', 'react'));
    symlinkSync(ui, join(app, 'node_modules', '@govmini', 'ui'));
    symlinkSync(oldReact, join(store, '@govmini+ui@1.0.0', 'node_modules', 'react'));
    const copies = reachableCopies(app);
    expect(copies.get('@govmini/ui')?.size).toBe(1);
    expect([...(copies.get('react') ?? [])].sort()).toEqual([oldReact, react].sort());
  });
});
