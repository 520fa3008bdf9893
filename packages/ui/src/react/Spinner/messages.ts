import { defineMessages } from '../internal/messages';

export const spinnerMessages = defineMessages({ 'spinner.label': 'Đang tải…' });
