import type { Language } from '../language.js';
import type { Article6Basis, LegalBasis } from '../processing.js';

export const BASIS_LABEL: Record<Language, Record<Article6Basis, string>> = {
  sv: {
    consent: 'Samtycke (artikel 6.1 a)',
    contract: 'Avtal (artikel 6.1 b)',
    legalObligation: 'Rättslig förpliktelse (artikel 6.1 c)',
    vitalInterests: 'Grundläggande intresse (artikel 6.1 d)',
    publicTask: 'Uppgift av allmänt intresse eller myndighetsutövning (artikel 6.1 e)',
    legitimateInterests: 'Intresseavvägning (artikel 6.1 f)',
  },
  da: {
    consent: 'Samtykke (artikel 6, stk. 1, litra a)',
    contract: 'Kontrakt (artikel 6, stk. 1, litra b)',
    legalObligation: 'Retlig forpligtelse (artikel 6, stk. 1, litra c)',
    vitalInterests: 'Vitale interesser (artikel 6, stk. 1, litra d)',
    publicTask: 'Opgave i samfundets interesse eller myndighedsudøvelse (artikel 6, stk. 1, litra e)',
    legitimateInterests: 'Legitime interesser (artikel 6, stk. 1, litra f)',
  },
  en: {
    consent: 'Consent (Article 6(1)(a))',
    contract: 'Contract (Article 6(1)(b))',
    legalObligation: 'Legal obligation (Article 6(1)(c))',
    vitalInterests: 'Vital interests (Article 6(1)(d))',
    publicTask: 'Task in the public interest or exercise of official authority (Article 6(1)(e))',
    legitimateInterests: 'Legitimate interests (Article 6(1)(f))',
  },
};

/** A purpose's Art. 6 bases by name, or the register's own wording when none was read from it. */
export function basisText(legalBasis: LegalBasis, language: Language, separator = ', '): string {
  return legalBasis.article6.map((b) => BASIS_LABEL[language][b]).join(separator) || legalBasis.originalText;
}

export type Authority = 'imy' | 'datatilsynet';

export const AUTHORITIES: Record<Authority, { name: Record<Language, string>; contact: string }> = {
  imy: {
    name: {
      sv: 'Integritetsskyddsmyndigheten (IMY)',
      da: 'Integritetsskyddsmyndigheten (IMY), den svenske tilsynsmyndighed',
      en: 'the Swedish Authority for Privacy Protection (IMY)',
    },
    contact: 'www.imy.se, imy@imy.se, Box 8114, 104 20 Stockholm',
  },
  datatilsynet: {
    name: { sv: 'Datatilsynet, den danska tillsynsmyndigheten', da: 'Datatilsynet', en: 'the Danish Data Protection Agency (Datatilsynet)' },
    contact: 'www.datatilsynet.dk, dt@datatilsynet.dk, Carl Jacobsens Vej 35, 2500 Valby',
  },
};
