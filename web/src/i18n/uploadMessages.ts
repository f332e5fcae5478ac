import type { MessageTable } from './language.js';

type Key = 'uploadAccepts';

export const uploadMessages: MessageTable<Key> = {
  sv: { uploadAccepts: 'Filtyper: {types}. Högst {megabytes} MB.' },
  da: { uploadAccepts: 'Filtyper: {types}. Højst {megabytes} MB.' },
  en: { uploadAccepts: 'File types: {types}. At most {megabytes} MB.' },
};
