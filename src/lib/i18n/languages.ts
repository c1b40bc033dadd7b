export const defaultLanguage = 'en';
export const languageCodes = ['en', 'es'] as const;
export type Language = (typeof languageCodes)[number];
