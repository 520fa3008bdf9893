// Tỉnh Mẫu's brand, as a province would give it: one colour and a name. createTheme() turns it
// into light, dark and high-contrast palettes that pass WCAG, and says what it adjusted.
import { createTheme } from '@govmini/ui';

export const provinceTheme = createTheme({
  name: 'Tỉnh Mẫu',
  appName: 'Tỉnh Mẫu',
  primary: '#0b5cad',
  accent: '#d97a00',
});
