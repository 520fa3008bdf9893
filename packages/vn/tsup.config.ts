import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    admin: 'src/admin.ts',
    calendar: 'src/calendar.ts',
    lunar: 'src/lunar.ts',
    phone: 'src/phone.ts',
    vietqr: 'src/vietqr.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  splitting: true,
});
