export { LANGUAGES, languageFromLocale } from '@prt/domain/language';
//# sourceMappingURL=language.js.map