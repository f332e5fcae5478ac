import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ProcessingTemplate, TemplateContent } from './processingTemplate.js';

/**
 * A template's version is a hash of its content, not a number the publisher keeps: KL's files carry no version,
 * and two uploads of the same text must be the same version whatever the file was called. List order inside a
 * field (KLE groups, categories) does not matter to a register, so lists are sorted before hashing.
 */
export function templateVersion(content: TemplateContent): string {
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(normalised(content))))).slice(0, 16);
}

export function withVersion(content: TemplateContent): ProcessingTemplate {
  return { ...content, version: templateVersion(content) };
}

function normalised(c: TemplateContent): unknown {
  return {
    source: c.source,
    templateId: c.templateId,
    name: c.name,
    description: c.description,
    legalBasis: {
      article6: [...c.legalBasis.article6].sort(),
      article9: [...c.legalBasis.article9].sort(),
      article10: c.legalBasis.article10,
      nationalLaw: c.legalBasis.nationalLaw,
      originalText: c.legalBasis.originalText,
    },
    kleMainGroups: [...c.kleMainGroups].sort(),
    kleGroups: [...c.kleGroups].sort(),
    dataSubjectCategories: [...c.dataSubjectCategories].sort(),
    personalDataCategories: c.personalDataCategories.map((d) => `${d.special ? '1' : '0'}${d.name}`).sort(),
    recipients: [...c.recipients].sort(),
    retentionText: c.retentionText,
  };
}
