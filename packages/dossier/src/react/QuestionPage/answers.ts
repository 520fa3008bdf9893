// Form values ↔ answers. The form may hold an emptied box as '' or an unticked list as []:
// an unanswered field is absent from the answers (types.ts), so they are dropped here.
import type { Answers, AnswerValue } from '../../core/definition/types';

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy without empty answers (also inside group items; items themselves are kept). */
export function cleanAnswers(values: Readonly<Record<string, unknown>>): Answers {
  const out: Record<string, AnswerValue> = {};
  for (const [key, value] of Object.entries(values)) {
    if (isEmpty(value)) continue;
    if (Array.isArray(value) && value.every(isPlainObject)) {
      // Group items (answers one level down) and files (nothing in them is ever empty).
      out[key] = value.map((item) => cleanAnswers(item as Record<string, unknown>)) as AnswerValue;
    } else {
      // Text, numbers and yes/no are immutable: only objects (an address) need a copy. This runs
      // on every keystroke (the draft), so it does no more than it must.
      out[key] = (typeof value === 'object' ? structuredClone(value) : value) as AnswerValue;
    }
  }
  return out;
}
