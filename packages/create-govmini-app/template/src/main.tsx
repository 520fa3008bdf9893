import 'zmp-ui/zaui.css';
import '@govmini/ui/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ProvinceApp } from './app';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element.');
createRoot(root).render(
  <StrictMode>
    <ProvinceApp />
  </StrictMode>,
);
