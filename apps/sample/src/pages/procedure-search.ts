// Finding a procedure as citizens type: with or without diacritics ("ly lich tu phap"), in
// either language, or by its national code with or without the dots ("1001193"). Shared by the
// home page's search and the procedure list.
import type { ProcedureDefinition } from '@govmini/dossier';
import { searchKey, stripSeparators } from '@govmini/vn';

export interface ProcedureMatch {
  procedure: ProcedureDefinition;
  /** Every word is in the title (listed first). */
  inTitle: boolean;
}

const codeKey = (text: string) => stripSeparators(text).toLowerCase();

/**
 * The procedures matching every word of `query` (title, summary, sector, agency, code), titles
 * first, the backend's order kept otherwise. An empty query matches all.
 */
export function searchProcedures(
  procedures: readonly ProcedureDefinition[],
  query: string,
): ProcedureMatch[] {
  const words = searchKey(query).split(' ').filter(Boolean);
  const code = codeKey(query);
  const matches: ProcedureMatch[] = [];
  for (const procedure of procedures) {
    const { title, summary, sector, agency, nationalCode = '' } = procedure;
    const titleKey = searchKey(`${title.vi} ${title.en ?? ''}`);
    const haystack = searchKey(
      [
        titleKey,
        summary.vi,
        summary.en,
        sector.vi,
        sector.en,
        agency.name.vi,
        agency.name.en,
        nationalCode,
      ]
        .filter(Boolean)
        .join(' '),
    );
    const byCode = /\d/.test(code) && code.length >= 3 && codeKey(nationalCode).includes(code);
    if (!byCode && !words.every((word) => haystack.includes(word))) continue;
    matches.push({ procedure, inTitle: words.every((word) => titleKey.includes(word)) });
  }
  // A stable sort: titles first, otherwise as published.
  return matches.sort((a, b) => Number(b.inTitle) - Number(a.inTitle));
}
