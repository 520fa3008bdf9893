export type { NoticeProps, NoticeVariant } from './Notice';
export { Notice } from './Notice';
