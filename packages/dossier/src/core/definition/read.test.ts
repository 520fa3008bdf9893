// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exampleProcedures } from '../../examples';
import { parseProcedure } from './parse';
import { readProcedure } from './read';
import { procedureOf, procedureWith, t } from './test-fixtures';
import type { Field } from './types';

const text = (id: string): Field => ({ id, type: 'text', label: t(`Câu ${id}`) });
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('readProcedure (what the phone checks of a published definition)', () => {
  it('reads every example exactly as parseProcedure does', () => {
    for (const example of exampleProcedures) {
      const parsed = parseProcedure(json(example));
      expect(parsed.ok, example.id).toBe(true);
      expect(readProcedure(json(example)), example.id).toEqual(parsed.ok && parsed.procedure);
    }
  });

  it('refuses what the screens cannot render: a wrong shape or an unknown field type', () => {
    expect(readProcedure({ id: 'x', pages: [] })).toBeUndefined();
    const unknownType = json(procedureOf([text('a')]));
    unknownType.pages[0].fields[0].type = 'signature';
    expect(readProcedure(unknownType)).toBeUndefined();
    const misspelt = json(procedureOf([text('a')]));
    misspelt.pages[0].fields[0].lable = misspelt.pages[0].fields[0].label;
    expect(readProcedure(misspelt)).toBeUndefined();
  });

  it('leaves the semantic checks to the backend that published it', () => {
    const duplicatePages = procedureWith([
      { id: 'p', fields: [text('a')] },
      { id: 'p', fields: [text('b')] },
    ]);
    expect(parseProcedure(json(duplicatePages)).ok).toBe(false);
    expect(readProcedure(json(duplicatePages))?.pages.map((page) => page.id)).toEqual(['p', 'p']);
  });

  it('normalises every text to NFC and answers undefined for absurd nesting', () => {
    const doc = json(procedureOf([text('a')]));
    doc.title = { vi: 'Đăng ky\u0301 khai sinh' };
    expect(readProcedure(doc)?.title.vi).toBe('Đăng ký khai sinh');
    let deep: unknown = true;
    for (let i = 0; i < 20_000; i++) deep = { not: deep };
    const nested = json(procedureOf([text('a')]));
    nested.pages[0].visibleWhen = deep;
    expect(readProcedure(nested)).toBeUndefined();
  });
});
