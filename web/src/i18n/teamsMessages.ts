import type { MessageTable } from './language.js';

type Key = 'configTitle' | 'configIntro' | 'configUnit' | 'configUnitChoose' | 'configAllUnits' | 'configLanguage' | 'configReady' | 'configTabName';

export const teamsMessages: MessageTable<Key> = {
  sv: {
    configTitle: 'Lägg till registret som flik',
    configIntro: 'Välj vilken nämnd eller enhet fliken ska visa från början. Alla kan fortfarande söka i hela registret.',
    configUnit: 'Nämnd/enhet',
    configUnitChoose: 'Välj nämnd/enhet',
    configAllUnits: 'Hela registret',
    configLanguage: 'Språk',
    configReady: 'Klart. Tryck på Spara.',
    configTabName: 'Register – {unit}',
  },
  da: {
    configTitle: 'Tilføj fortegnelsen som fane',
    configIntro: 'Vælg hvilken forvaltning eller enhed fanen skal vise fra start. Alle kan stadig søge i hele fortegnelsen.',
    configUnit: 'Forvaltning/enhed',
    configUnitChoose: 'Vælg forvaltning/enhed',
    configAllUnits: 'Hele fortegnelsen',
    configLanguage: 'Sprog',
    configReady: 'Klar. Tryk på Gem.',
    configTabName: 'Fortegnelse – {unit}',
  },
  en: {
    configTitle: 'Add the register as a tab',
    configIntro: 'Choose which committee or unit the tab shows at first. Everyone can still search the whole register.',
    configUnit: 'Committee/unit',
    configUnitChoose: 'Choose a committee/unit',
    configAllUnits: 'Whole register',
    configLanguage: 'Language',
    configReady: 'Done. Press Save.',
    configTabName: 'Register – {unit}',
  },
};
