// The developer-facing error of parseProcedureOrThrow: every problem of a definition at once,
// each with its JSON path, so a province developer fixes them in one pass.
import type { ProcedureIssue } from './api';

export class ProcedureDefinitionError extends Error {
  override readonly name = 'ProcedureDefinitionError';
  readonly issues: readonly ProcedureIssue[];
  constructor(issues: readonly ProcedureIssue[], options?: { cause?: unknown }) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(
      `Invalid procedure definition (${count}):\n${issues
        .map((issue) => `  ${issue.path} [${issue.code}] ${issue.message}`)
        .join('\n')}`,
      options,
    );
    this.issues = issues;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function isProcedureDefinitionError(value: unknown): value is ProcedureDefinitionError {
  return value instanceof ProcedureDefinitionError;
}
