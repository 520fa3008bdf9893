export { startPageMessages } from './messages';
export type { StartPageProps } from './StartPage';
export { StartPage } from './StartPage';
