import type { DataCategory } from '../processing.js';
import { splitList } from './textLists.js';

/** Art. 9(1) special categories as Swedish, Danish and English registers name them. */
const SPECIAL =
  /hälsa|hälso|sjuk|läkarintyg|rehabilitering|helbred|sundhed|sygdom|health|medical|facklig|fackförening|fagforening|trade union|etnisk|ethnic|ras\b|race|religi|politisk|political|filosofisk|philosoph|sexualliv|sexuell|seksuel|sexual|genetisk|genetic|biometrisk|biometric|allergi/i;

export function isSpecialCategoryName(name: string): boolean {
  return SPECIAL.test(name);
}

export function interpretDataCategories(text: string): DataCategory[] {
  return splitList(text).map((name) => ({ name, special: isSpecialCategoryName(name) }));
}
