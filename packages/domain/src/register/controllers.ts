/**
 * Controllers as municipalities have them: in Sweden each nämnd/styrelse is its own controller (SKR's guidance),
 * in Denmark the municipality is; processings may be joint (Art. 26), and the municipality, a kommunalförbund or a
 * municipal company may act as processor for others (Art. 30(2)).
 */

export const PROCESSING_ROLES = ['controller', 'jointController', 'processor'] as const;
export type ProcessingRole = (typeof PROCESSING_ROLES)[number];

export interface JointController {
  name: string;
  /** The essence of the Art. 26 arrangement (who answers data subjects, who notifies breaches, ...). */
  arrangement: string;
  contact: string;
}

/** Art. 30(2): the controllers the organisation processes for and what it does on their behalf. */
export interface ProcessorRecord {
  controllers: { name: string; contact: string; representative: string }[];
  /** Art. 30(2)(b): the categories of processing carried out on behalf of each controller. */
  categoriesOfProcessing: string[];
  /** The agreement (reference) under which the organisation acts as processor. */
  agreementReference: string;
}
