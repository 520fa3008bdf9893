import { createContext } from 'react';

/** What every field of one form shares: set by QuestionPage. */
export interface FormMeta {
  readonly procedureId: string;
  /** False while filing for someone else: the account's own details are not theirs. */
  readonly usePrefill: boolean;
}

export const FormMetaContext = /* @__PURE__ */ createContext<FormMeta>({
  procedureId: '',
  usePrefill: true,
});
