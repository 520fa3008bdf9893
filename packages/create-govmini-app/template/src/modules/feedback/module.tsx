// Phản ánh, kiến nghị: one FeedbackProvider for the whole app (a report waiting in the outbox is
// sent whichever screen is open), with the session of the signed-in citizen from AuthProvider.
import '@govmini/feedback/styles.css';
import { FeedbackProvider } from '@govmini/feedback';
import { lazyScreen } from '../../components/lazy-screen';
import type { AppModule } from '../types';
import { feedbackService } from './backend';
import { categories } from './categories';
import { feedbackTiles } from './messages';
import { paths } from './paths';

const screens = () => import('./pages');
const SendReportScreen = lazyScreen(() => screens().then((m) => m.SendReportScreen));
const MyReportsScreen = lazyScreen(() => screens().then((m) => m.MyReportsScreen));
const MyReportScreen = lazyScreen(() => screens().then((m) => m.MyReportScreen));
const PublicReportsScreen = lazyScreen(() => screens().then((m) => m.PublicReportsScreen));
const PublicReportScreen = lazyScreen(() => screens().then((m) => m.PublicReportScreen));

export const feedbackModule: AppModule = {
  id: 'feedback',
  Provider: ({ children }) => (
    <FeedbackProvider service={feedbackService} categories={categories}>
      {children}
    </FeedbackProvider>
  ),
  tiles: [
    { path: paths.send, ...feedbackTiles.send },
    { path: paths.mine, ...feedbackTiles.mine },
    { path: paths.public, ...feedbackTiles.public },
  ],
  routes: [
    { path: paths.send, element: <SendReportScreen /> },
    { path: paths.mine, element: <MyReportsScreen /> },
    { path: '/phan-anh/cua-toi/:id', element: <MyReportScreen /> },
    { path: paths.public, element: <PublicReportsScreen /> },
    { path: '/phan-anh/:id', element: <PublicReportScreen /> },
  ],
};
