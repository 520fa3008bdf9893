// Tỉnh Mẫu as a province would describe itself: its brand (one colour and a name, which
// createTheme() turns into light, dark and high-contrast palettes that pass WCAG, saying what it
// adjusted) and how citizens reach it. A province's own app replaces both.
import { createTheme } from '@govmini/ui';

export const provinceTheme = createTheme({
  name: 'Tỉnh Mẫu',
  appName: 'Tỉnh Mẫu',
  primary: '#0b5cad',
  accent: '#d97a00',
});

/**
 * The province's hotline, e-mail and one-stop office, shown on "Trợ giúp" and the home page.
 *
 * SAMPLE DATA. Tỉnh Mẫu is fictional: the number, the address and the e-mail (on `.example`, a
 * domain reserved for examples) reach no one, and the help page says so while `sample` is true.
 * The hours are those of the simulated agency (src/dossier/backend.ts).
 */
export const provinceContact = {
  sample: true,
  hotline: { display: '1900 0000', dial: '19000000' },
  email: 'motcua@tinhmau.example',
  office: {
    name: {
      vi: 'Trung tâm Phục vụ hành chính công Tỉnh Mẫu',
      en: 'Tỉnh Mẫu Public Administration Service Centre',
    },
    address: 'Số 1 đường Trung Tâm, Phường Mẫu Sơn, Tỉnh Mẫu',
  },
  hours: { morning: '7:30 – 11:30', afternoon: '13:00 – 17:00' },
} as const;
