import 'zmp-ui/zaui.css';
import '@govmini/ui/styles.css';
import '@govmini/dossier/styles.css';
import './styles.css';
import './dossier/dossier.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SampleApp } from './app';

const root = document.getElementById('app');
if (!root) throw new Error('apps/sample: index.html has no #app element.');
createRoot(root).render(
  <StrictMode>
    <SampleApp />
  </StrictMode>,
);
