// @vitest-environment node
// @govmini/auth/definitions is for build steps, tests and backends: it must load in Node without
// React, and what moved here from the client entry (every message by key, the canonical text of
// a consent record's hash) must still be whole.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleGraph } from '@govmini/test-support/module-graph';
import { describe, expect, it } from 'vitest';
import { consentTextHash } from './core/consent';
import { authMessages, CONSENT_HASH_FORM, consentCanonicalText } from './definitions';
import { authLocalePack } from './locales/pack';

const src = fileURLToPath(new URL('.', import.meta.url));

describe('@govmini/auth/definitions', () => {
  const graph = moduleGraph(path.join(src, 'definitions.ts'));

  it('loads no React, no screen and no English', () => {
    const specifiers = graph.externals.map((i) => i.specifier);
    expect(specifiers.filter((s) => s === 'react' || s.startsWith('react/'))).toEqual([]);
    // @govmini/ui/core is React-free; the package root carries the components.
    expect(specifiers).not.toContain('@govmini/ui');
    const files = graph.files.map((file) => path.relative(src, file));
    expect(files.filter((file) => file.endsWith('.tsx'))).toEqual([]);
    expect(files.filter((file) => file.startsWith(path.join('locales', 'en')))).toEqual([]);
  });

  it('authMessages has every key the English pack has, in Vietnamese', async () => {
    const english = await authLocalePack.entries('en');
    expect(Object.keys(authMessages.vi).sort()).toEqual(Object.keys(english).sort());
    expect(authMessages.vi['auth.signIn.button']).toBe('Đăng nhập bằng Zalo');
    expect(authMessages.vi['auth.error.offline']).toMatch(/^Điện thoại đang mất mạng/);
  });

  it('the canonical text is what consentTextHash hashes', async () => {
    const purpose = {
      id: 'thong-bao',
      version: 2,
      required: false,
      title: { vi: 'Thông báo' },
      data: { vi: 'Số điện thoại' },
      why: { vi: 'Báo tình trạng hồ sơ' },
      processor: { vi: 'UBND tỉnh' },
      retention: { vi: '1 năm' },
    };
    const canonical = consentCanonicalText(purpose);
    expect(canonical.startsWith(`${CONSENT_HASH_FORM}\n9:thong-bao\n1:2\n8:optional\n`)).toBe(true);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
    const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    expect(await consentTextHash(purpose)).toBe(hex);
  });
});
