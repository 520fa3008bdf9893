import { defineMessages } from '../internal/messages';

export const skeletonMessages = defineMessages({ 'skeleton.loading': 'Đang tải…' });
