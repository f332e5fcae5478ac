/**
 * Standard processings a unit can start its register from: KL's standard fortegnelser (in the JSON form
 * OS2compliance uses: name, description, legal bases, KLE groups) and SKR-style Excel templates.
 */
export interface TemplateOrigin {
  /** The template set, e.g. "kl-standardfortegnelser". */
  source: string;
  /** The template's id within its set. */
  templateId: string;
  /** The set's version (or content hash) the processing was created from; an update is compared against it. */
  templateVersion: string;
}
