// `vite` serves the app on the simulated Zalo; `vite build` writes www/ for `zmp deploy`
// (zmp-vite-plugin lists the built scripts and styles in www/app-config.json).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import zaloMiniApp from 'zmp-vite-plugin';

export default defineConfig({
  plugins: [zaloMiniApp(), react()],
});
