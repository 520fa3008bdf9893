import { defineMessages } from '../internal/messages';

export const linkMessages = defineMessages({ 'link.external': '(mở trang mới)' });
