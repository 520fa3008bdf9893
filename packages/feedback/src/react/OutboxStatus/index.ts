export { outboxStatusMessages } from './messages';
export type { OutboxStatusProps } from './OutboxStatus';
export { OutboxStatus } from './OutboxStatus';
export { useOnline, useOutboxEntries, useOutboxEntry } from './use-outbox';
