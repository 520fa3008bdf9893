// Paths of the dossier screens. The journey keeps its step in the path
// (`/thu-tuc/dang-ky-khai-sinh/tre-em`) so the back and forward buttons move between pages and
// a reload opens the same page; the draft is named in the query (`?ban-nhap=…`) so a reload
// resumes that draft, not just the newest. ProcedureFlow's own steps (start, check, …) get
// Vietnamese names here; a procedure page that happens to have one of those ids keeps it.
import type { ProcedureDefinition } from '@govmini/dossier';
import { routes } from '../routes';

const stepNames: Readonly<Record<string, string>> = {
  start: 'bat-dau',
  'on-behalf': 'nguoi-nop',
  delivery: 'nhan-ket-qua',
  check: 'kiem-tra',
  declaration: 'cam-doan',
  sent: 'da-gui',
};
const DRAFT_PARAM = 'ban-nhap';

const hasPage = (procedure: ProcedureDefinition | undefined, id: string) =>
  procedure?.pages.some((page) => page.id === id) ?? false;

/** The path segment of a ProcedureFlow step. */
export function stepSegment(step: string, procedure?: ProcedureDefinition): string {
  const name = stepNames[step];
  return name && !hasPage(procedure, name) ? name : step;
}

/** The ProcedureFlow step a path segment names (default: the start page). */
export function stepOfSegment(segment: string | undefined, procedure?: ProcedureDefinition) {
  if (!segment) return 'start';
  if (hasPage(procedure, segment)) return segment;
  return Object.keys(stepNames).find((step) => stepNames[step] === segment) ?? segment;
}

export function procedurePath(
  procedureId: string,
  step = 'start',
  draftId?: string,
  procedure?: ProcedureDefinition,
): string {
  const path = `${routes.procedures}/${encodeURIComponent(procedureId)}/${stepSegment(step, procedure)}`;
  return draftId ? `${path}?${DRAFT_PARAM}=${encodeURIComponent(draftId)}` : path;
}

/** `/thu-tuc/:procedureId[/:step]` → its parts; undefined for any other path. */
export function matchProcedurePath(
  pathname: string,
): { procedureId: string; segment: string | undefined } | undefined {
  const prefix = `${routes.procedures}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  const [id, segment, ...rest] = pathname.slice(prefix.length).split('/');
  if (!id || rest.some(Boolean)) return undefined;
  return { procedureId: decodeURIComponent(id), segment: segment || undefined };
}

export const draftIdOf = (search: string) =>
  new URLSearchParams(search).get(DRAFT_PARAM) ?? undefined;

export const dossierPath = (code: string) => `${routes.myDossiers}/${encodeURIComponent(code)}`;

export const lookupPath = (code?: string) =>
  code ? `${routes.lookup}?ma=${encodeURIComponent(code)}` : routes.lookup;
