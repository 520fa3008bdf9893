// The province's colours. createTheme() turns them into light, dark and high-contrast palettes
// that pass WCAG, moving a colour to its nearest passing shade where needed (theme.report says
// what moved). Change the colours here; src/theme.test.ts checks every pair still passes.
// The colours the scaffolder suggested are defaults to edit, not the province's official ones.
import { createTheme } from '@govmini/ui';

export const provinceTheme = createTheme({
  name: '{{provinceFullName}}',
  appName: '{{displayName}}',
  primary: '{{primaryColour}}',
  accent: '{{accentColour}}',
});
