import { describe, expect, it } from 'vitest';
import { completeness, missingRequired } from './completeness.js';
import { validateProcessingContent } from './validation.js';
import { processingInput } from './testing/processingFixtures.js';

const content = (overrides: Record<string, unknown> = {}) => {
  const result = validateProcessingContent(processingInput(overrides));
  if (!result.ok) throw new Error('fixture invalid');
  return result.value;
};

describe('completeness of an Art. 30 record', () => {
  it('a full record misses nothing required; security measures are still recommended', () => {
    expect(completeness(content())).toEqual({ required: [], recommended: ['securityMeasures'] });
  });

  it('data subjects, data categories and retention are required per purpose; recipients and source recommended', () => {
    const purpose = (processingInput().purposes as Record<string, unknown>[])[0]!;
    const bare = content({
      purposes: [{ ...purpose, dataSubjectCategories: [], personalDataCategories: [], recipients: [], sources: [], retention: { text: '' } }],
      systems: [],
    });
    const found = completeness(bare);
    expect(found.required).toEqual(['purposes[0].dataSubjectCategories', 'purposes[0].personalDataCategories', 'purposes[0].retention']);
    expect(found.recommended).toEqual(['purposes[0].recipients', 'purposes[0].sources', 'systems', 'securityMeasures']);
    expect(missingRequired(bare).map((e) => e.code)).toEqual(['list.atLeastOne', 'list.atLeastOne', 'field.required']);
  });

  it('an explicit "none" answers the recipients question', () => {
    const purpose = (processingInput().purposes as Record<string, unknown>[])[0]!;
    expect(completeness(content({ purposes: [{ ...purpose, recipients: ['Inga'] }] })).recommended).not.toContain('purposes[0].recipients');
  });
});
