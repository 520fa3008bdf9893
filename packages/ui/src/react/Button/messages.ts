import { defineMessages } from '../internal/messages';

export const buttonMessages = defineMessages({ 'button.loading': 'Đang xử lý…' });
