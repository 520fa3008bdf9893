// @vitest-environment node
// Checks openapi/auth.yaml without a YAML library: the file keeps to a small YAML subset
// (block maps and lists, quoted scalars, `|` blocks, one-line `[a, b]` lists) and this test
// parses exactly that subset, failing loudly on anything else. (Cross-checked once against
// the `yaml` package: identical result.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authLocalePack } from '../locales/pack';
import { vi } from '../messages/vi';
import { consentTextHash } from './consent';
import type { ConsentPurpose } from './types';

type Node = string | number | boolean | null | Node[] | { [key: string]: Node };
interface Line {
  indent: number;
  text: string;
  no: number;
}

function scalar(raw: string, no: number): Node {
  const s = raw.trim();
  if (s.startsWith("'")) {
    if (!s.endsWith("'") || s.length < 2) throw new Error(`line ${no}: bad quoted scalar`);
    return s.slice(1, -1).replaceAll("''", "'");
  }
  if (s.startsWith('"')) return JSON.parse(s) as string;
  if (s === '[]') return [];
  if (s === '{}') return {};
  if (s.startsWith('[')) {
    if (!s.endsWith(']')) throw new Error(`line ${no}: multi-line flow list`);
    return s
      .slice(1, -1)
      .split(',')
      .map((part) => scalar(part, no));
  }
  if (/^[&*!|>%@`{]/.test(s) || / #/.test(s) || /: /.test(s)) {
    throw new Error(`line ${no}: outside the YAML subset: ${s}`);
  }
  if (s === 'true' || s === 'false') return s === 'true';
  if (s === 'null' || s === '~') return null;
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  return s;
}

function parseYamlSubset(source: string): Node {
  const lines: Line[] = [];
  source.split('\n').forEach((raw, index) => {
    if (raw.includes('\t')) throw new Error(`line ${index + 1}: tab`);
    const text = raw.trimEnd();
    lines.push({ indent: text.length - text.trimStart().length, text: text.trim(), no: index + 1 });
  });
  let at = 0;
  const skip = () => {
    while (at < lines.length && (lines[at]?.text === '' || lines[at]?.text.startsWith('#'))) at++;
  };
  const blockScalar = (parentIndent: number): string => {
    const body: Line[] = [];
    while (at < lines.length) {
      const line = lines[at] as Line;
      if (line.text !== '' && line.indent <= parentIndent) break;
      body.push(line);
      at++;
    }
    while (body.length && body[body.length - 1]?.text === '') body.pop();
    const base = body[0]?.indent ?? 0;
    const raw = source.split('\n');
    return `${body.map((l) => (l.text === '' ? '' : (raw[l.no - 1] ?? '').slice(base).trimEnd())).join('\n')}\n`;
  };
  // `key: value` → [key, rest]; keys may be quoted.
  const splitKey = (text: string, no: number): [string, string] => {
    const match = /^('(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^'"\s][^:]*?):(?: (.*))?$/.exec(text);
    if (!match) throw new Error(`line ${no}: expected "key: value": ${text}`);
    return [String(scalar(match[1] as string, no)), match[2] ?? ''];
  };
  const value = (rest: string, indent: number, no: number): Node => {
    if (rest === '|') return blockScalar(indent);
    if (rest !== '') return scalar(rest, no);
    skip();
    const next = lines[at];
    if (!next || next.indent <= indent) return null;
    return block(next.indent);
  };
  const mapping = (indent: number, first?: [string, string, number]): Node => {
    const out: Record<string, Node> = {};
    if (first) out[first[0]] = value(first[1], indent, first[2]);
    for (;;) {
      skip();
      const line = lines[at];
      if (!line || line.indent < indent) return out;
      if (line.indent > indent) throw new Error(`line ${line.no}: unexpected indent`);
      if (line.text.startsWith('- ')) return out;
      at++;
      const [key, rest] = splitKey(line.text, line.no);
      if (key in out) throw new Error(`line ${line.no}: duplicate key ${key}`);
      out[key] = value(rest, indent, line.no);
    }
  };
  const block = (indent: number): Node => {
    skip();
    const line = lines[at] as Line;
    if (!line.text.startsWith('- ')) return mapping(indent);
    const items: Node[] = [];
    for (;;) {
      skip();
      const item = lines[at];
      if (!item || item.indent !== indent || !item.text.startsWith('- ')) return items;
      at++;
      const rest = item.text.slice(2);
      if (/^('(?:[^']|'')*'|[\w$/.-]+):( |$)/.test(rest)) {
        const [key, value] = splitKey(rest, item.no);
        items.push(mapping(indent + 2, [key, value, item.no]));
      } else {
        items.push(scalar(rest, item.no));
      }
    }
  };
  const root = block(0);
  skip();
  if (at < lines.length) throw new Error(`line ${lines[at]?.no}: unparsed`);
  return root;
}

type Obj = Record<string, Node>;
const obj = (node: Node | undefined): Obj => {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    throw new Error('expected a mapping');
  }
  return node;
};

const source = readFileSync(new URL('../../openapi/auth.yaml', import.meta.url), 'utf8');
const doc = obj(parseYamlSubset(source));
const paths = obj(doc.paths);
const components = obj(doc.components);
const schemas = obj(components.schemas);

const OPERATIONS: [method: string, path: string, operationId: string][] = [
  ['post', '/auth/sign-in', 'signIn'],
  ['post', '/auth/refresh', 'refresh'],
  ['post', '/auth/sign-out', 'signOut'],
  ['post', '/auth/phone', 'exchangePhoneToken'],
  ['post', '/auth/location', 'exchangeLocationToken'],
  ['get', '/auth/consents', 'getConsents'],
  ['post', '/auth/consents', 'recordConsents'],
];

function refs(node: Node, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refs(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (key === '$ref' && typeof child === 'string') out.push(child);
      else refs(child, out);
    }
  }
  return out;
}

describe('openapi/auth.yaml', () => {
  it('is OpenAPI 3.1 with a title, a version and a bearer scheme used by default', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(obj(doc.info).title).toBeTypeOf('string');
    expect(obj(doc.info).version).toBeTypeOf('string');
    expect(obj(obj(components.securitySchemes).bearer)).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(doc.security).toEqual([{ bearer: [] }]);
  });

  it('has exactly the seven operations, each named after its AuthService method', () => {
    const found: string[] = [];
    for (const [path, item] of Object.entries(paths)) {
      for (const method of Object.keys(obj(item))) found.push(`${method} ${path}`);
    }
    expect(found.sort()).toEqual(OPERATIONS.map(([m, p]) => `${m} ${p}`).sort());
    for (const [method, path, id] of OPERATIONS) {
      const op = obj(obj(paths[path])[method]);
      expect(op.operationId).toBe(id);
      const responses = obj(op.responses);
      expect(Object.keys(responses).some((code) => /^2\d\d$/.test(code))).toBe(true);
      // Sign-in is the only call without the session.
      if (id === 'signIn') expect(op.security).toEqual([]);
      else expect(op.security).toBeUndefined();
    }
  });

  it('resolves every $ref', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(20);
    for (const ref of all) {
      const [, section, name] = /^#\/components\/(schemas|responses)\/(\w+)$/.exec(ref) ?? [];
      expect(section, ref).toBeDefined();
      expect(obj(components[section as string])[name as string], ref).toBeDefined();
    }
  });

  it('has a schema for every wire type of types.ts, matching its members', async () => {
    for (const name of [
      'LocalizedText',
      'ConsentPurpose',
      'ConsentDecision',
      'ConsentRecord',
      'CitizenProfile',
      'AppSession',
      'AuthStatus',
      'AuthState',
      'AuthErrorCode',
      'Error',
    ]) {
      expect(schemas[name], name).toBeDefined();
    }
    const required = (name: string) => obj(schemas[name]).required;
    expect(required('ConsentRecord')).toEqual([
      'purposeId',
      'version',
      'decision',
      'decidedAt',
      'textHash',
    ]);
    expect(required('AppSession')).toEqual(['token', 'expiresAt', 'profile']);
    expect(required('CitizenProfile')).toEqual(['zaloId', 'name']);
    expect(obj(schemas.ConsentDecision).enum).toEqual(['granted', 'refused', 'withdrawn']);
    // The Vietnamese table is typed Record<AuthErrorCode, string>: same set as the enum; the
    // English pack has the same codes under `auth.error.`.
    const codes = obj(schemas.AuthErrorCode).enum;
    expect([...(codes as string[])].sort()).toEqual(Object.keys(vi).sort());
    const english = Object.keys(await authLocalePack.entries('en'))
      .filter((key) => key.startsWith('auth.error.'))
      .map((key) => key.slice('auth.error.'.length));
    expect(english.sort()).toEqual(Object.keys(vi).sort());
  });

  it('documents the consent hash with a test vector that consentTextHash reproduces', async () => {
    const text = String(obj(obj(obj(schemas.ConsentRecord).properties).textHash).description);
    const vector = /hashes to ([0-9a-f]{64})/.exec(text)?.[1];
    const purpose: ConsentPurpose = {
      id: 'ho-so-dich-vu-cong',
      version: 1,
      required: true,
      title: { vi: 'Xử lý hồ sơ dịch vụ công' },
      data: { vi: 'Họ tên, số CCCD, số điện thoại' },
      why: { vi: 'Để tiếp nhận và giải quyết hồ sơ' },
      processor: { vi: 'UBND Tỉnh Mẫu (Trung tâm Phục vụ hành chính công)' },
      retention: { vi: '5 năm kể từ khi hồ sơ có kết quả' },
    };
    expect(vector).toBeDefined();
    expect(await consentTextHash(purpose)).toBe(vector);
  });

  it('the subset parser rejects what it does not understand', () => {
    expect(() => parseYamlSubset('a: &anchor 1\n')).toThrow(/subset/);
    expect(() => parseYamlSubset('a: b # comment\n')).toThrow(/subset/);
    expect(() => parseYamlSubset('a: 1\na: 2\n')).toThrow(/duplicate/);
    expect(parseYamlSubset("a:\n  - b: '1'\n    c: [x, y]\n  - z\n")).toEqual({
      a: [{ b: '1', c: ['x', 'y'] }, 'z'],
    });
  });
});
