import { defineConfig } from 'vitest/config';
import { unitTestConfig } from '../../vitest.shared';

export default defineConfig({ test: unitTestConfig({ environment: 'node' }) });
