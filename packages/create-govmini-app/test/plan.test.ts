// A good plan: the files of a ready zmp project, for the chosen modules only, with every
// placeholder filled, at the versions of this repository's packages.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseProcedure } from '@govmini/dossier/core';
import { describe, expect, it } from 'vitest';
import { type AppPlan, planApp } from '../src/index';
import { listTree, tempDir } from './helpers';

function plan(options: Parameters<typeof planApp>[0]): AppPlan {
  const result = planApp({ cwd: tempDir(), ...options });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.plan;
}

const file = (p: AppPlan, path: string) => {
  const found = p.files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} in the plan`);
  return found.content;
};

const workspace = (path: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8'));

describe('planApp: a good plan', () => {
  const both = plan({ directory: 'tay-ninh-so', province: 'tay ninh', displayName: 'Tây Ninh Số' });

  it('has the files of a zmp project with both modules', () => {
    const paths = both.files.map((f) => f.path);
    for (const expected of [
      '.gitignore',
      '.github/workflows/ci.yml',
      'README.md',
      'app-config.json',
      'index.html',
      'package.json',
      'pnpm-workspace.yaml',
      'tsconfig.json',
      'vite.config.ts',
      'vitest.config.ts',
      'src/main.tsx',
      'src/app.tsx',
      'src/theme.ts',
      'src/theme.test.ts',
      'src/app.test.tsx',
      'src/modules/index.ts',
      'src/modules/dossier/module.tsx',
      'src/modules/dossier/procedures/cap-phieu-ly-lich-tu-phap.json',
      'src/modules/dossier/dossier.test.ts',
      'src/modules/feedback/module.tsx',
      'src/modules/feedback/categories.ts',
    ]) {
      expect(paths).toContain(expected);
    }
    expect(both.directory).toMatch(/tay-ninh-so$/);
    expect(both.province.fullName).toBe('Tỉnh Tây Ninh');
    expect(both.packageName).toBe('tay-ninh-so');
    expect(both.modules).toEqual(['dossier', 'feedback']);
  });

  it('leaves no placeholder or #if marker behind', () => {
    for (const f of both.files) {
      expect(f.content, f.path).not.toMatch(/\{\{\w+\}\}|#if |#endif/);
      expect(f.content.normalize('NFC'), f.path).toBe(f.content);
    }
  });

  it('depends on the @govmini packages at this repository’s versions, React 18.3', () => {
    const pkg = JSON.parse(file(both, 'package.json'));
    for (const name of ['vn', 'platform', 'ui', 'auth', 'dossier', 'feedback']) {
      expect(pkg.dependencies[`@govmini/${name}`]).toBe(
        `^${workspace(`packages/${name}/package.json`).version}`,
      );
    }
    const sample = workspace('apps/sample/package.json');
    expect(pkg.dependencies.react).toBe(sample.dependencies.react);
    expect(pkg.dependencies.react).toMatch(/^18\.3\./);
    expect(pkg.dependencies['zmp-ui']).toBe(sample.dependencies['zmp-ui']);
    expect(pkg.devDependencies.vite).toBe(sample.devDependencies.vite);
    expect(pkg.devDependencies['zmp-vite-plugin']).toBe(sample.devDependencies['zmp-vite-plugin']);
    expect(pkg.scripts).toMatchObject({
      build: 'vite build',
      test: 'vitest run',
      typecheck: 'tsc --noEmit',
    });
    expect(pkg.name).toBe('tay-ninh-so');
  });

  it('themes the app with the province colours, and Zalo’s header with a passing shade', () => {
    expect(file(both, 'src/theme.ts')).toContain("primary: '#00796b'");
    expect(file(both, 'src/theme.ts')).toContain("name: 'Tỉnh Tây Ninh'");
    const config = JSON.parse(file(both, 'app-config.json'));
    expect(config.app.title).toBe('Tây Ninh Số');
    expect(config.app.headerColor).toMatch(/^#[0-9a-f]{6}$/);
    expect(config.app.textColor).toBe('white');
  });

  it('copies the example procedure as the province’s own, valid definition', () => {
    const json = JSON.parse(
      file(both, 'src/modules/dossier/procedures/cap-phieu-ly-lich-tu-phap.json'),
    );
    const parsed = parseProcedure(json);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    expect(json.agency.name).toEqual({
      vi: 'Sở Tư pháp Tỉnh Tây Ninh',
      en: 'Department of Justice of Tây Ninh Province',
    });
    expect(JSON.stringify(json)).not.toContain('Mẫu');
  });

  it('writes the README in Vietnamese with an English summary, and how to deploy', () => {
    const readme = file(both, 'README.md');
    expect(readme).toContain('# Tây Ninh Số');
    expect(readme).toContain('pnpm dev');
    expect(readme).toContain('zmp deploy');
    expect(readme).toMatch(/English/);
  });

  it('includes only the chosen modules', () => {
    const dossierOnly = plan({ directory: 'a', province: '80', modules: 'hồ sơ' });
    const paths = dossierOnly.files.map((f) => f.path);
    expect(paths.some((p) => p.startsWith('src/modules/feedback/'))).toBe(false);
    expect(file(dossierOnly, 'src/modules/index.ts')).not.toContain('feedback');
    expect(
      JSON.parse(file(dossierOnly, 'package.json')).dependencies['@govmini/feedback'],
    ).toBeUndefined();

    const none = plan({ directory: 'b', province: 'Hà Nội', modules: 'none' });
    expect(none.files.some((f) => f.path.startsWith('src/modules/dossier/'))).toBe(false);
    expect(file(none, 'src/modules/index.ts')).toContain(
      'export const modules: readonly AppModule[] = [\n];',
    );
    expect(file(none, 'README.md')).not.toContain('Nộp hồ sơ');
  });

  it('derives the names: the display name keeps its diacritics, the package name has none', () => {
    const p = plan({ directory: 'c', province: 'Đà Nẵng' });
    expect(p.displayName).toBe('Dịch vụ công Đà Nẵng');
    expect(p.packageName).toBe('dich-vu-cong-da-nang');
    // Đà Nẵng's bright blue is moved for contrast: said, not silently changed.
    expect(p.notices.length).toBeGreaterThan(0);
    expect(p.notices[0]?.text('vi')).toContain('#0095da');
  });

  it('points @govmini packages at local tarballs when asked', () => {
    const cwd = tempDir();
    const dir = `${cwd}/tarballs`;
    mkdirSync(dir);
    for (const name of ['vn', 'platform', 'ui', 'auth', 'dossier', 'feedback']) {
      writeFileSync(`${dir}/govmini-${name}-1.2.3.tgz`, '');
    }
    const result = planApp({ cwd, directory: 'd', province: 'Huế', localPackages: 'tarballs' });
    if (!result.ok) throw new Error(result.errors[0]?.message);
    const pkg = JSON.parse(file(result.plan, 'package.json'));
    expect(pkg.dependencies['@govmini/ui']).toBe(`file:${dir}/govmini-ui-1.2.3.tgz`);
    const yaml = file(result.plan, 'pnpm-workspace.yaml');
    expect(yaml).toContain(`"@govmini/auth": "file:${dir}/govmini-auth-1.2.3.tgz"`);
    // Planned, not written: only the tarballs are there.
    expect(listTree(cwd).filter((p) => !p.startsWith('tarballs/'))).toEqual([]);
  });
});
