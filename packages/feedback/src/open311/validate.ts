// The package's own checks (core/validate.ts, the same the memory service and apps/server
// run), made before anything is sent. The category is checked against the server's service
// list by the caller. Without a media uploader no photo can be attached, so the one-photo
// minimum is not asked for.

import type { NewReport, ReportIssue } from '../core/types';
import { validateNewReport } from '../core/validate';
import type { CommuneDirectory } from './mapping';

export const isHttpUrl = (value: string) => /^https?:\/\/[^\s]+$/i.test(value);

export function reportIssues(
  report: NewReport,
  knownCategories: readonly string[] | undefined,
  photosPossible: boolean,
  communes: CommuneDirectory | undefined,
): ReportIssue[] {
  return validateNewReport(report, {
    // Without the service list (offline) the server judges the category (404 on POST).
    categories: (
      knownCategories ?? (typeof report.categoryId === 'string' ? [report.categoryId] : [])
    ).map((id) => ({ id })),
    ...(communes
      ? {
          communeExists: (province: string, commune: string) =>
            communes.communesOf(province).some((c) => c.code === commune),
        }
      : {}),
  }).filter((issue) => photosPossible || issue.code !== 'too_few_photos');
}
