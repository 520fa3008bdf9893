import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import zaloMiniApp from 'zmp-vite-plugin';
import { adminDataPlugin } from './admin-data.ts';

export default defineConfig({
  plugins: [react(), zaloMiniApp(), adminDataPlugin()],
  server: { strictPort: false },
});
