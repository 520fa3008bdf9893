// The app's two names: the display name people see in Zalo ("Tây Ninh Số", with diacritics)
// and the npm package name derived from it ("tay-ninh-so"). Both are checked here; the rules
// for package names are npm's (validate-npm-package-name, for new packages).
import { builtinModules } from 'node:module';
import { searchKey } from '@govmini/vn';
import { ScaffoldError } from './errors';

export const DISPLAY_NAME_MAX = 50;

/** The display name, NFC and trimmed, or why it cannot be used. */
export function checkDisplayName(input: string): string | ScaffoldError {
  const name = String(input ?? '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
  const fail = (reason: 'empty' | 'characters' | 'no_letter' | 'length', params = {}) =>
    new ScaffoldError(
      'invalid_display_name',
      'displayName',
      { input: name, ...params },
      `display_name.${reason}` as const,
    );
  if (!name) return fail('empty');
  // Control, format (bidi overrides, zero-width) and private-use characters would end up in
  // the app's title and its README.
  if (/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u.test(name)) return fail('characters');
  if (!/\p{L}/u.test(name)) return fail('no_letter');
  const length = [...name].length;
  if (length > DISPLAY_NAME_MAX) return fail('length', { length, max: DISPLAY_NAME_MAX });
  return name;
}

/** "Dịch vụ công Tây Ninh" → "dich-vu-cong-tay-ninh": no diacritics, lower case, hyphens. */
export function slugify(displayName: string): string {
  return searchKey(displayName.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 214)
    .replace(/-+$/, '');
}

const RESERVED = new Set(['node_modules', 'favicon.ico', ...builtinModules]);

type PackageNameReason = 'empty' | 'length' | 'uppercase' | 'leading' | 'characters' | 'reserved';

/** The npm package name, or why npm would refuse it. Scoped names (`@tinh/app`) are allowed. */
export function checkPackageName(input: string): string | ScaffoldError {
  const name = String(input ?? '').trim();
  const suggestion = slugify(name) || 'ung-dung-govmini';
  const fail = (reason: PackageNameReason, params = {}) =>
    new ScaffoldError(
      'invalid_package_name',
      'packageName',
      { input: name, suggestion, ...params },
      `package_name.${reason}` as const,
    );
  if (!name) return fail('empty');
  if (name.length > 214) return fail('length', { length: name.length });
  const scoped = /^@([^/]+)\/([^/]+)$/.exec(name);
  const parts = scoped ? [scoped[1] as string, scoped[2] as string] : [name];
  for (const part of parts) {
    if (/^[._]/.test(part)) return fail('leading');
    if (!VALID_PART.test(part)) {
      const lower = part.toLowerCase();
      return lower !== part && VALID_PART.test(lower)
        ? fail('uppercase', { suggestion: name.toLowerCase() })
        : fail('characters');
    }
  }
  if (!scoped && RESERVED.has(name)) return fail('reserved', { suggestion: `${name}-app` });
  return name;
}

const VALID_PART = /^[a-z0-9][a-z0-9._-]*$/;
