import 'i18next';
import type { UiStrings } from './resources';

// Typed keys: a misspelt key is a type error, not a blank on the page.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: UiStrings };
  }
}
