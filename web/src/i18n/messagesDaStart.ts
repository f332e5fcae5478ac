import { mergeTables } from './mergeTables.js';

// Each table imported with ?lang=da&part=start arrives with only its da entries of that part (web/vite/languageSlices.ts).
export const messages = mergeTables(import.meta.glob(['./*Messages.ts', '!./errorMessages.ts'], { eager: true, query: { lang: 'da', part: 'start' } }), 'da');
