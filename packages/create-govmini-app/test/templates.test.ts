// The template renders to files that parse, whatever the names contain, and its small language
// (placeholders, #if blocks) refuses mistakes instead of writing a broken app.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  defaultTemplateDir,
  readTemplate,
  renderTemplate,
  targetPath,
} from '../src/core/templates';
import { planApp } from '../src/index';
import { tempDir } from './helpers';

describe('the template', () => {
  it('renders to code that parses, with quotes and backslashes in the names', () => {
    const result = planApp({
      cwd: tempDir(),
      directory: 'x',
      province: 'Đắk Lắk',
      displayName: `Cổng “M'Drắk” \\ số`,
      modules: 'dossier,feedback',
    });
    if (!result.ok) throw result.errors[0];
    for (const file of result.plan.files) {
      if (/\.tsx?$/.test(file.path)) {
        const source = ts.createSourceFile(
          file.path,
          file.content,
          ts.ScriptTarget.Latest,
          true,
          file.path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
        );
        const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] })
          .parseDiagnostics;
        expect(
          diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
          file.path,
        ).toEqual([]);
      }
      if (file.path.endsWith('.json'))
        expect(() => JSON.parse(file.content), file.path).not.toThrow();
    }
    const app = result.plan.files.find((f) => f.path === 'src/messages.ts')?.content ?? '';
    expect(app).toContain(`'app.name': 'Cổng “M\\'Drắk” \\\\ số'`);
    const html = result.plan.files.find((f) => f.path === 'index.html')?.content ?? '';
    expect(html).toContain("<title>Cổng “M'Drắk” \\ số</title>");
  });

  it('keeps #if blocks for chosen modules only', () => {
    const file = {
      path: 'src/x.ts',
      content: 'a\n// #if dossier\nb\n// #endif\n// #if feedback\nc\n// #endif\nd',
    };
    expect(renderTemplate(file, {}, ['dossier'])).toBe('a\nb\nd');
    expect(renderTemplate(file, {}, [])).toBe('a\nd');
  });

  it('refuses a placeholder without a value, an unknown flag and an unclosed block', () => {
    expect(() => renderTemplate({ path: 'a.md', content: '{{nope}}' }, {}, [])).toThrow(
      /no value for \{\{nope\}\}/,
    );
    expect(() =>
      renderTemplate({ path: 'a.md', content: '<!-- #if payments -->\n<!-- #endif -->' }, {}, []),
    ).toThrow(/bad or nested/);
    expect(() => renderTemplate({ path: 'a.md', content: '# #if dossier\nx' }, {}, [])).toThrow(
      /without #endif/,
    );
  });

  it('maps dotfiles and drops unchosen module folders', () => {
    expect(targetPath('gitignore', [])).toBe('.gitignore');
    expect(targetPath('github/workflows/ci.yml', [])).toBe('.github/workflows/ci.yml');
    expect(targetPath('src/modules/feedback/module.tsx', ['dossier'])).toBeUndefined();
    expect(targetPath('src/modules/types.ts', [])).toBe('src/modules/types.ts');
  });

  it('has every file the package ships (no stray file, and nothing written by a run)', () => {
    const paths = readTemplate(defaultTemplateDir()).map((f) => f.path);
    expect(paths).toContain('src/app.tsx');
    expect(paths.filter((p) => /(^|\/)(node_modules|www|dist|reports)\//.test(p))).toEqual([]);
  });
});
