// What the test GeoReport v2 server refuses in POST /requests with 400, each problem as the
// spec's `{code, description}`: a location (lat and long together, in range; or
// address_string or address_id), a description of at most 4,000 characters, media_url as a
// URL, the service definition's required attributes and list values.
import type { GeoReportAttributeFixture } from './testing-fixture';

export interface GeoReportProblem {
  readonly code: string;
  readonly description: string;
}

export function requestProblems(
  form: ReadonlyMap<string, string>,
  attributes: Readonly<Record<string, string | string[]>>,
  definition: readonly GeoReportAttributeFixture[],
): GeoReportProblem[] {
  const problems: GeoReportProblem[] = [];
  const lat = form.get('lat');
  const long = form.get('long');
  if ((lat === undefined) !== (long === undefined)) {
    problems.push({ code: 'lat_long', description: 'lat and long must be sent together' });
  } else if (lat === undefined && !form.get('address_string') && !form.get('address_id')) {
    problems.push({
      code: 'location',
      description: 'A location is required: lat and long, address_string or address_id',
    });
  } else if (
    lat !== undefined &&
    !(Math.abs(Number(lat)) <= 90 && Math.abs(Number(long)) <= 180 && lat.trim() !== '')
  ) {
    problems.push({ code: 'lat_long', description: 'lat and long must be WGS84 degrees' });
  }
  const description = form.get('description');
  if (description !== undefined && description.length > 4000) {
    problems.push({
      code: 'description',
      description: 'description is longer than 4,000 characters',
    });
  }
  const media = form.get('media_url');
  if (media !== undefined && !/^https?:\/\/\S+$/.test(media)) {
    problems.push({ code: 'media_url', description: 'media_url must be a URL' });
  }
  for (const attribute of definition) {
    const value = attributes[attribute.code];
    const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
    if (attribute.variable && attribute.required && values.length === 0) {
      problems.push({
        code: attribute.code,
        description: `attribute[${attribute.code}] is required`,
      });
    }
    const keys = attribute.values?.map((v) => v.key);
    if (keys && values.some((v) => !keys.includes(v))) {
      problems.push({
        code: attribute.code,
        description: `attribute[${attribute.code}] is not one of its values`,
      });
    }
  }
  return problems;
}
