export { type Translate, useCatalogue, useLocalizedText } from './use-catalogue';
