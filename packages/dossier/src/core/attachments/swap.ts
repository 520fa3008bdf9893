// Walking answers for file references: top-level file fields and files inside group items
// (groups hold a list of answers objects, one level deep).
import type { Answers, AnswerValue, FileAnswer } from '../definition/types';
import { isFileAnswer } from './stored-upload';

export const LOCAL_ID_PREFIX = 'local:';

const isRecord = (value: unknown): value is Answers =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every `local:` file id the answers name, groups included. */
export function localIdsIn(answers: Answers): Set<string> {
  const found = new Set<string>();
  const visit = (value: AnswerValue) => {
    if (!Array.isArray(value)) return;
    for (const item of value as readonly unknown[]) {
      if (isFileAnswer(item)) {
        if (item.id.startsWith(LOCAL_ID_PREFIX)) found.add(item.id);
      } else if (isRecord(item)) {
        for (const inner of Object.values(item)) visit(inner);
      }
    }
  };
  for (const value of Object.values(answers)) visit(value);
  return found;
}

/** The answers with every `local:` file replaced by `swap(file)`; the rest untouched. */
export function swapLocalFiles(answers: Answers, swap: (file: FileAnswer) => FileAnswer): Answers {
  const value = (input: AnswerValue): AnswerValue => {
    if (!Array.isArray(input)) return input;
    return (input as readonly unknown[]).map((item) => {
      if (isFileAnswer(item)) return item.id.startsWith(LOCAL_ID_PREFIX) ? swap(item) : item;
      return isRecord(item) ? swapLocalFiles(item, swap) : item;
    }) as AnswerValue;
  };
  return Object.fromEntries(Object.entries(answers).map(([id, inner]) => [id, value(inner)]));
}
