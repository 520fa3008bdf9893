// Questions on a terminal or on piped stdin. Lines are read through readline's async iterator,
// which buffers them: answers piped in all at once (CI, tests) are not lost between questions.
import { createInterface, type Interface } from 'node:readline/promises';

/** stdin ended before an answer: the run stops and writes nothing. */
export class PromptCancelled extends Error {
  constructor() {
    super('Input ended before every question was answered.');
    this.name = 'PromptCancelled';
  }
}

export interface Prompter {
  /** The answer, trimmed; the default when the answer is empty. */
  ask(question: string, defaultValue?: string): Promise<string>;
  close(): void;
}

export function createPrompter(
  input: NodeJS.ReadableStream & { isTTY?: boolean },
  output: NodeJS.WritableStream,
): Prompter {
  const terminal = Boolean(input.isTTY);
  const rl: Interface = createInterface({ input, ...(terminal ? { output } : {}), terminal });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question, defaultValue) {
      output.write(`${question}${defaultValue ? ` [${defaultValue}]` : ''}: `);
      const next = await lines.next();
      if (next.done) throw new PromptCancelled();
      if (!terminal) output.write('\n');
      return next.value.normalize('NFC').trim() || defaultValue || '';
    },
    close: () => rl.close(),
  };
}
