// planApp refuses every bad input with a typed error and a clear Vietnamese message, and writes
// nothing: not the target folder, not a staging folder beside it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AppOptions, planApp, ScaffoldError, type ScaffoldErrorCode } from '../src/index';
import { expectActionableVietnamese, listTree, tempDir } from './helpers';

const good = { directory: 'tay-ninh-so', province: 'Tây Ninh' } as const;

function refused(options: Partial<AppOptions>, prepare?: (cwd: string) => void) {
  const cwd = tempDir();
  prepare?.(cwd);
  const before = listTree(cwd);
  const result = planApp({ ...good, ...options, cwd });
  expect(listTree(cwd)).toEqual(before);
  if (result.ok) throw new Error('planApp accepted a bad input');
  for (const error of result.errors) {
    expect(error).toBeInstanceOf(ScaffoldError);
    expectActionableVietnamese(error.message);
    expect(error.messageIn('en')).not.toBe(error.message);
  }
  return result.errors;
}

const only = (errors: readonly ScaffoldError[], code: ScaffoldErrorCode) => {
  expect(errors.map((e) => e.code)).toEqual([code]);
  return errors[0] as ScaffoldError;
};

describe('planApp refuses bad input and writes nothing', () => {
  it('an existing folder with files in it', () => {
    const error = only(
      refused({}, (cwd) => {
        mkdirSync(join(cwd, 'tay-ninh-so'));
        writeFileSync(join(cwd, 'tay-ninh-so', 'ghi-chu.txt'), 'việc đang làm');
      }),
      'directory_not_empty',
    );
    expect(error.field).toBe('directory');
    expect(error.message).toContain('đã có tệp bên trong');
    expect(error.message).toContain('tay-ninh-so');
  });

  it('a file where the folder should be', () => {
    const error = only(
      refused({}, (cwd) => writeFileSync(join(cwd, 'tay-ninh-so'), '')),
      'directory_is_file',
    );
    expect(error.message).toContain('là một tệp, không phải thư mục');
  });

  it('no folder at all', () => {
    only(refused({ directory: '  ' }), 'directory_missing');
  });

  it('an unknown province, naming what was typed', () => {
    const error = only(refused({ province: 'Tỉnh Mặt Trăng' }), 'unknown_province');
    expect(error.field).toBe('province');
    expect(error.message).toContain('“Tỉnh Mặt Trăng”');
    expect(error.message).toContain('34 tỉnh, thành phố');
  });

  it('a province merged away in 2025, pointing to the one it joined', () => {
    const error = only(refused({ province: 'long an' }), 'merged_province');
    expect(error.message).toContain('Tỉnh Tây Ninh');
    expect(error.message).toContain('80');
  });

  it('no province', () => {
    only(refused({ province: '' }), 'province_missing');
  });

  it.each([
    ['', 'display_name.empty'],
    ['Tây\u202eNinh', 'display_name.characters'],
    ['123 456', 'display_name.no_letter'],
    [
      'Dịch vụ công trực tuyến dành cho người dân Tỉnh Tây Ninh và doanh nghiệp',
      'display_name.length',
    ],
  ])('an invalid app name %j', (displayName, reason) => {
    const error = only(refused({ displayName }), 'invalid_display_name');
    expect(error.field).toBe('displayName');
    expect(error.reason).toBe(reason);
  });

  it.each([
    ['Tay-Ninh-So', 'package_name.uppercase', 'tay-ninh-so'],
    ['tây ninh số', 'package_name.characters', 'tay-ninh-so'],
    ['.tay-ninh', 'package_name.leading', undefined],
    ['http', 'package_name.reserved', 'http-app'],
    ['a'.repeat(215), 'package_name.length', undefined],
  ])('an invalid npm name %j', (packageName, reason, suggestion) => {
    const error = only(refused({ packageName }), 'invalid_package_name');
    expect(error.reason).toBe(reason);
    if (suggestion) expect(error.message).toContain(`“${suggestion}”`);
  });

  it('a colour that is not a colour', () => {
    const error = only(refused({ primaryColour: 'xanh lá' }), 'invalid_colour');
    expect(error.field).toBe('primaryColour');
    expect(error.message).toBe(
      'Màu chính “xanh lá” không đọc được. Vui lòng ghi mã màu dạng #rrggbb, ví dụ #00796b.',
    );
    expect(error.messageIn('en')).toContain('The primary colour “xanh lá”');
  });

  it('an accent that is not a colour', () => {
    const error = only(refused({ accentColour: '#12345' }), 'invalid_colour');
    expect(error.field).toBe('accentColour');
    expect(error.message).toContain('Màu nhấn');
  });

  it('an unknown module', () => {
    const error = only(refused({ modules: 'dossier, thanh toán' }), 'unknown_module');
    expect(error.message).toContain('“thanh toán”');
  });

  it('a local-packages folder without the tarballs', () => {
    const errors = refused({ localPackages: 'khong-co' });
    expect(new Set(errors.map((e) => e.code))).toEqual(new Set(['local_package_missing']));
    expect(errors.map((e) => e.params.name)).toContain('@govmini/ui');
  });

  it('every problem at once, so a CI log shows them all', () => {
    const errors = refused({ province: 'xyz', packageName: 'A B', modules: 'nope' }, (cwd) => {
      mkdirSync(join(cwd, 'tay-ninh-so'));
      writeFileSync(join(cwd, 'tay-ninh-so', 'a'), '');
    });
    expect(errors.map((e) => e.code).sort()).toEqual(
      ['directory_not_empty', 'invalid_package_name', 'unknown_module', 'unknown_province'].sort(),
    );
  });
});
