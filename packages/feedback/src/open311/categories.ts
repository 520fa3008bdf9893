// Services as categories: GET /services, then GET /services/{code} for those with metadata.
// Open311 says nothing about icons, agencies or answer times, so the icon is guessed from the
// service's group, keywords and name, and the rest comes from the adapter's options.
import { searchKey } from '@govmini/vn';
import type { CategoryIcon, FeedbackCategory } from '../core/types';
import { type Open311Client, open311Path } from './client';
import { localized } from './mapping';
import { open311Error } from './problem';
import {
  type Open311Attribute,
  type Open311Service,
  readDefinition,
  readService,
  records,
} from './wire';

// Diacritic-free phrases, most specific icon first: "đèn tín hiệu giao thông" is traffic.
const ICON_WORDS: readonly (readonly [CategoryIcon, string])[] = [
  ['traffic', 'giao thong|tin hieu|traffic|signal|parking|do xe|abandoned vehicle'],
  ['flood', 'ngap|lut|thoat nuoc|flood|drain|drainage|sewer|storm'],
  ['water', 'nuoc sach|cap nuoc|nuoc may|ong nuoc|water|hydrant|leak'],
  ['light', 'den duong|bong den|cot den|chieu sang|light|lights|lamp|streetlight|lighting'],
  ['rubbish', 'rac|rac thai|ve sinh|garbage|trash|rubbish|waste|litter|sanitation|dumping|cans'],
  ['tree', 'cay|cay xanh|tree|trees|park|parks'],
  ['noise', 'tieng on|on ao|gay on|karaoke|noise|loud'],
  ['road', 'duong|o ga|via he|cau duong|road|street|pothole|sidewalk|curb|bridge'],
  ['building', 'xay dung|lan chiem|nha|building|construction|graffiti|encroachment'],
  ['safety', 'an ninh|trat tu|chay no|hoa hoan|safety|security|crime|fire|hazard'],
  ['office', 'thu tuc|hanh chinh|can bo|ho so|office|permit|staff'],
];

/** A best guess from the service's group, then keywords, then name; `other` when none fits. */
export function guessIcon(
  service: Pick<Open311Service, 'group' | 'keywords' | 'name'>,
): CategoryIcon {
  for (const source of [service.group ?? '', service.keywords.join(' , '), service.name]) {
    const words = ` ${searchKey(source).replace(/[^a-z0-9]+/g, ' ')} `;
    for (const [icon, phrases] of ICON_WORDS) {
      if (phrases.split('|').some((phrase) => words.includes(` ${phrase} `))) return icon;
    }
  }
  return 'other';
}

export type CategoryOverride = Partial<Omit<FeedbackCategory, 'id'>>;

export interface CategoryDefaults {
  readonly agency: FeedbackCategory['agency'];
  readonly answerDays: number;
  readonly locale: string;
}

/**
 * A service as a category. Attributes with `variable: false` are text the spec wants shown
 * to the citizen: they become the category's notice.
 */
export function toCategory(
  service: Open311Service,
  attributes: readonly Open311Attribute[],
  defaults: CategoryDefaults,
  override: CategoryOverride = {},
): FeedbackCategory {
  const notes = attributes
    .filter((a) => !a.variable)
    .map((a) => a.description)
    .filter((d): d is string => d !== undefined);
  const notice = notes.length > 0 ? localized(notes.join('\n'), defaults.locale) : undefined;
  return {
    id: service.code,
    title: localized(service.name, defaults.locale),
    description: localized(service.description ?? '', defaults.locale),
    icon: guessIcon(service),
    agency: defaults.agency,
    answerDays: defaults.answerDays,
    ...(notice ? { notice } : {}),
    ...override,
  };
}

export type AttributeValues = Readonly<
  Record<string, Readonly<Record<string, string | readonly string[]>>>
>;

/**
 * The categories a citizen can file: a service whose definition has a required question the
 * adapter has no configured answer for (`attributes`) is left out.
 */
export async function fetchCategories(
  client: Open311Client,
  defaults: CategoryDefaults,
  overrides: Readonly<Record<string, CategoryOverride>>,
  attributes: AttributeValues,
): Promise<FeedbackCategory[]> {
  const list = records(await client.get('/services'), 'services', 'service');
  if (!list) throw open311Error('server', 'Open311 GET /services answered an off-contract body');
  const services = list.map(readService).filter((s): s is Open311Service => s !== undefined);
  const categories = await Promise.all(
    services.map(async (service) => {
      const definition = service.metadata
        ? (readDefinition(await client.get(open311Path('/services', service.code))) ?? [])
        : [];
      const given = attributes[service.code] ?? {};
      const unanswerable = definition.some(
        (a) => a.variable && a.required && given[a.code] === undefined,
      );
      return unanswerable
        ? undefined
        : toCategory(service, definition, defaults, overrides[service.code]);
    }),
  );
  return categories.filter((c): c is FeedbackCategory => c !== undefined);
}
