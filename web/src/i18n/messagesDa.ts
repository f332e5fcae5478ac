import { mergeTables } from './mergeTables.js';

// Each table imported with ?lang=da arrives with only its da entries (web/vite/languageSlices.ts).
export const messages = mergeTables(import.meta.glob(['./*Messages.ts', '!./errorMessages.ts'], { eager: true, query: { lang: 'da' } }), 'da');
