export type { TaskListItemProps, TaskListProps, TaskStatus } from './TaskList';
export { TaskList, TaskListItem } from './TaskList';
