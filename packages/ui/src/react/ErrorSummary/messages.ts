import { defineMessages } from '../internal/messages';

export const errorSummaryMessages = defineMessages({ 'errorSummary.title': 'Có vấn đề cần sửa' });
