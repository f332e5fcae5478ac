/**
 * "Who gets what" (Datatilsynet's 2020 guidance on the fortegnelse): per purpose, which data categories concern
 * which data-subject categories, and which recipients get them. Cells refer to the purpose's own lists by name;
 * renaming an entry in a list renames it in every cell (see renameInDataFlows), and validation rejects cells that
 * name something the lists do not hold.
 */
export interface DataFlow {
  /** A name from the purpose's dataSubjectCategories. */
  subject: string;
  /** A name from the purpose's personalDataCategories. */
  dataCategory: string;
  /** Names from the purpose's recipients; empty means the data stays with the controller. */
  recipients: string[];
}
