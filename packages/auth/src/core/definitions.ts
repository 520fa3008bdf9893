// Validating consent purpose definitions, with developer-facing errors that name the path of
// every problem. A build step or a test runs it over the purposes JSON (so does an app that loads
// purposes at run time); the sign-in screens take purposes already typed as ConsentPurpose[].
// Published as `@govmini/auth/definitions`, apart from the client entry that every app loads.
import { TEXT_FIELDS } from './consent';
import type { ConsentPurpose } from './types';

export type ConsentPurposeIssueCode =
  | 'invalid_json'
  | 'not_array'
  | 'not_object'
  | 'invalid_id'
  | 'duplicate_id'
  | 'invalid_version'
  | 'invalid_required'
  | 'missing_text'
  | 'invalid_text';

export interface ConsentPurposeIssue {
  readonly code: ConsentPurposeIssueCode;
  /** Where, e.g. `[2].title.vi`. */
  readonly path: string;
  readonly message: string;
}

/** Purpose definitions that cannot be shown to citizens; lists every problem found. */
export class ConsentPurposesError extends Error {
  override readonly name = 'ConsentPurposesError';
  readonly issues: readonly ConsentPurposeIssue[];
  constructor(issues: readonly ConsentPurposeIssue[]) {
    super(
      `Invalid consent purposes:\n${issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n')}`,
    );
    this.issues = issues;
  }
}

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/**
 * Validates purpose definitions (a JSON string or parsed JSON) and returns them with texts
 * NFC-normalised. Optional purposes must say what withdrawing changes (`withdrawEffect`),
 * because ConsentSettings explains it before the citizen withdraws.
 */
export function parseConsentPurposes(json: unknown): ConsentPurpose[] {
  const issues: ConsentPurposeIssue[] = [];
  const fail = (code: ConsentPurposeIssueCode, path: string, message: string) => {
    issues.push({ code, path, message });
  };
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      fail('invalid_json', '', 'not valid JSON');
    }
  }
  if (!issues[0] && !Array.isArray(value)) fail('not_array', '', 'expected an array of purposes');
  const seen = new Map<string, number>();
  const purposes: ConsentPurpose[] = [];
  if (!issues[0]) {
    for (const [index, raw] of (value as unknown[]).entries()) {
      const at = `[${index}]`;
      if (!isObject(raw)) {
        fail('not_object', at, 'expected an object');
        continue;
      }
      const before = issues.length;
      const { id, version, required } = raw;
      if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
        fail('invalid_id', `${at}.id`, 'id must be lowercase letters, digits, ".", "_" or "-"');
      } else if (seen.has(id)) {
        fail('duplicate_id', `${at}.id`, `duplicate id "${id}" (also at [${seen.get(id)}])`);
      } else {
        seen.set(id, index);
      }
      if (!Number.isSafeInteger(version) || (version as number) < 1) {
        fail('invalid_version', `${at}.version`, 'version must be a positive integer');
      }
      if (typeof required !== 'boolean') {
        fail('invalid_required', `${at}.required`, 'required must be true or false');
      }
      const purpose: Record<string, unknown> = { id, version, required };
      for (const field of [...TEXT_FIELDS, 'withdrawEffect']) {
        const text = raw[field];
        const path = `${at}.${field}`;
        // withdrawEffect is mandatory for optional purposes only.
        if (text === undefined && field === 'withdrawEffect' && required !== false) continue;
        if (!isObject(text) || typeof text.vi !== 'string' || text.vi.trim() === '') {
          fail('missing_text', `${path}.vi`, 'Vietnamese text is required');
        } else if (text.en !== undefined && typeof text.en !== 'string') {
          fail('invalid_text', `${path}.en`, 'English text must be a string');
        } else {
          const vi = text.vi.normalize('NFC');
          purpose[field] = text.en === undefined ? { vi } : { vi, en: text.en.normalize('NFC') };
        }
      }
      if (issues.length === before) purposes.push(purpose as unknown as ConsentPurpose);
    }
  }
  if (issues[0]) throw new ConsentPurposesError(issues);
  return purposes;
}
