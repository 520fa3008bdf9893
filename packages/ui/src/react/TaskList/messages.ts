import { defineMessages } from '../internal/messages';

export const taskListMessages = defineMessages({
  'taskList.status.done': 'Đã xong',
  'taskList.status.inProgress': 'Đang làm',
  'taskList.status.notStarted': 'Chưa bắt đầu',
  'taskList.status.cannotStart': 'Không thể bắt đầu',
});
