import type { MessageTable } from './language.js';

type Key =
  | 'navThesaurus'
  | 'thesaurusTitle'
  | 'thesaurusIntro'
  | 'thesaurusBuiltIn'
  | 'thesaurusFilter'
  | 'thesaurusAddTerm'
  | 'thesaurusAdd'
  | 'thesaurusRemoveTerm'
  | 'thesaurusSave'
  | 'thesaurusSaved'
  | 'thesaurusUnsaved'
  | 'thesaurusReload'
  | 'thesaurusGroupCount'
  | 'thesaurusLanguage.sv'
  | 'thesaurusLanguage.da'
  | 'thesaurusLanguage.en';

export const thesaurusMessages: MessageTable<Key> = {
  sv: {
    navThesaurus: 'Synonymer',
    thesaurusTitle: 'Synonymer för sökningen',
    thesaurusIntro:
      'Varje grupp samlar ord som betyder samma sak, på svenska, danska och engelska. Söker någon på ett ord i en grupp hittas behandlingar som använder de andra orden, men direkta träffar rankas först.',
    thesaurusBuiltIn: 'Ni använder den inbyggda listan. När du sparar blir den er egen.',
    thesaurusFilter: 'Filtrera grupper',
    thesaurusAddTerm: 'Nytt ord ({language}) i {group}',
    thesaurusAdd: 'Lägg till',
    thesaurusRemoveTerm: 'Ta bort {term}',
    thesaurusSave: 'Spara synonymer',
    thesaurusSaved: 'Synonymerna är sparade och gäller för sökningen nu.',
    thesaurusUnsaved: 'Ändringar som inte är sparade',
    thesaurusReload: 'Ladda om',
    thesaurusGroupCount: '{count} grupper',
    'thesaurusLanguage.sv': 'svenska',
    'thesaurusLanguage.da': 'danska',
    'thesaurusLanguage.en': 'engelska',
  },
  da: {
    navThesaurus: 'Synonymer',
    thesaurusTitle: 'Synonymer til søgningen',
    thesaurusIntro:
      'Hver gruppe samler ord, der betyder det samme, på svensk, dansk og engelsk. Søger nogen på et ord i en gruppe, findes behandlinger, der bruger de andre ord, men direkte træf kommer først.',
    thesaurusBuiltIn: 'I bruger den indbyggede liste. Når du gemmer, bliver den jeres egen.',
    thesaurusFilter: 'Filtrér grupper',
    thesaurusAddTerm: 'Nyt ord ({language}) i {group}',
    thesaurusAdd: 'Tilføj',
    thesaurusRemoveTerm: 'Fjern {term}',
    thesaurusSave: 'Gem synonymer',
    thesaurusSaved: 'Synonymerne er gemt og gælder for søgningen nu.',
    thesaurusUnsaved: 'Ændringer, der ikke er gemt',
    thesaurusReload: 'Genindlæs',
    thesaurusGroupCount: '{count} grupper',
    'thesaurusLanguage.sv': 'svensk',
    'thesaurusLanguage.da': 'dansk',
    'thesaurusLanguage.en': 'engelsk',
  },
  en: {
    navThesaurus: 'Synonyms',
    thesaurusTitle: 'Synonyms for search',
    thesaurusIntro:
      'Each group gathers words that mean the same, in Swedish, Danish and English. A search for one word of a group finds processings that use the others, with direct matches ranked first.',
    thesaurusBuiltIn: 'You use the built-in list. Saving makes it your own.',
    thesaurusFilter: 'Filter groups',
    thesaurusAddTerm: 'New term ({language}) in {group}',
    thesaurusAdd: 'Add',
    thesaurusRemoveTerm: 'Remove {term}',
    thesaurusSave: 'Save synonyms',
    thesaurusSaved: 'The synonyms are saved and apply to search now.',
    thesaurusUnsaved: 'Unsaved changes',
    thesaurusReload: 'Reload',
    thesaurusGroupCount: '{count} groups',
    'thesaurusLanguage.sv': 'Swedish',
    'thesaurusLanguage.da': 'Danish',
    'thesaurusLanguage.en': 'English',
  },
};
