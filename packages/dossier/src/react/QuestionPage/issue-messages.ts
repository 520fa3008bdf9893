// The wording of every answer problem (core/definition/messages.ts, the largest table of the
// filing route) is needed only once a page has something to fix: it comes in a chunk of its own,
// fetched when a page opens (and by ProcedureFlow at the start page), so it is there before
// "Tiếp tục" is pressed.
import { lazyChunk } from '@govmini/ui';
import type { answerIssueMessage } from '../../core/definition/messages';

export type IssueMessage = typeof answerIssueMessage;

const issueMessages = /* @__PURE__ */ lazyChunk(() =>
  import('../../core/definition/messages').then((module) => module.answerIssueMessage),
);

/** Fetches the messages (once; a failed fetch is forgotten, so the next call fetches again). */
export const loadIssueMessages = (): Promise<IssueMessage> => issueMessages.load();

/** The messages if they have arrived (then a page shows its problems in the same render). */
export const issueMessagesLoaded = (): IssueMessage | undefined => issueMessages.loaded();

/** Starts fetching; never rejects (a page that needs the messages fetches again). */
export const preloadIssueMessages = (): Promise<void> => issueMessages.preload();
