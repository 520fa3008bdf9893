// Which of GovMini's modules the app gets: dossier (hồ sơ dịch vụ công), feedback (phản ánh,
// kiến nghị). Typed in English or Vietnamese, with or without diacritics; "none" for neither.
import { searchKey } from '@govmini/vn';
import { ScaffoldError } from './errors';
import { MODULE_IDS, type ModuleId } from './templates';

const ALIASES: Readonly<Record<string, ModuleId>> = {
  dossier: 'dossier',
  dossiers: 'dossier',
  'ho so': 'dossier',
  hoso: 'dossier',
  feedback: 'feedback',
  'phan anh': 'feedback',
  phananh: 'feedback',
};

const NONE = new Set(['none', 'khong', 'khong co']);

/** "dossier,feedback", "hồ sơ, phản ánh", ["dossier"], "none" → the module ids, in a fixed order. */
export function parseModules(input: string | readonly string[]): ModuleId[] | ScaffoldError {
  const typed = (typeof input === 'string' ? input.split(/[,;]/) : input)
    .map((item) => String(item).normalize('NFC').trim())
    .filter(Boolean);
  const key = (item: string) => searchKey(item).replace(/[-_]+/g, ' ').trim();
  if (typed.length === 1 && NONE.has(key(typed[0] as string))) return [];
  const chosen = new Set<ModuleId>();
  for (const item of typed) {
    const id = ALIASES[key(item)];
    if (!id) return new ScaffoldError('unknown_module', 'modules', { input: item });
    chosen.add(id);
  }
  return MODULE_IDS.filter((id) => chosen.has(id));
}
