// Hồ sơ dịch vụ công: one DossierProvider for the whole app (a dossier waiting in the outbox is
// sent whichever screen is open), with the session of the signed-in citizen from AuthProvider.
import '@govmini/dossier/styles.css';
import { DossierProvider } from '@govmini/dossier';
import { lazyScreen } from '../../components/lazy-screen';
import type { AppModule } from '../types';
import { dossierService } from './backend';
import { dossierTiles } from './messages';
import { journeyOf, paths } from './paths';

const screens = () => import('./pages');
const JourneyScreen = lazyScreen(() => screens().then((m) => m.JourneyScreen));
const MyDossiersScreen = lazyScreen(() => screens().then((m) => m.MyDossiersScreen));
const DossierScreen = lazyScreen(() => screens().then((m) => m.DossierScreen));
const LookupScreen = lazyScreen(() => screens().then((m) => m.LookupScreen));

export const dossierModule: AppModule = {
  id: 'dossier',
  Provider: ({ children }) => (
    <DossierProvider service={dossierService}>{children}</DossierProvider>
  ),
  tiles: [
    { path: paths.journey, ...dossierTiles.file },
    { path: paths.mine, ...dossierTiles.mine },
    { path: paths.lookup, ...dossierTiles.lookup },
  ],
  routes: [
    { path: paths.mine, element: <MyDossiersScreen /> },
    { path: '/ho-so/:code', element: <DossierScreen /> },
    { path: paths.lookup, element: <LookupScreen /> },
  ],
  standalone: (pathname, search) => {
    const journey = journeyOf(pathname, search);
    return (
      journey && (
        <JourneyScreen
          key="journey"
          procedureId={journey.procedureId}
          step={journey.step}
          draftId={journey.draftId}
        />
      )
    );
  },
};
