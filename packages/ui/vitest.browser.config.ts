import { defineConfig } from 'vitest/config';
import { browserTestConfig } from '../../vitest.shared.ts';

export default defineConfig(async () => ({ test: await browserTestConfig() }));
