import type { Language } from '../language.js';
import type { Article6Basis, Processing } from '../processing.js';
import { AUTHORITIES, basisText, type Authority } from './legalTexts.js';

export interface NoticeSection {
  heading: string;
  paragraphs: string[];
  items?: string[];
}

export interface PrivacyNotice {
  language: Language;
  title: string;
  sections: NoticeSection[];
  /** The record the notice was written from: its version and the day it last changed (YYYY-MM-DD). */
  edition: { version: number; updatedOn: string; text: string };
}

type Right = 'access' | 'rectification' | 'erasure' | 'restriction' | 'objection' | 'portability' | 'withdraw';

const T = {
  sv: {
    title: 'Så behandlar vi dina personuppgifter: {name}',
    controllerHeading: 'Personuppgiftsansvarig',
    controller: '{unit} i {controller} är personuppgiftsansvarig för behandlingen.',
    dpoHeading: 'Dataskyddsombud',
    dpo: 'Du kan kontakta vårt dataskyddsombud om du har frågor om hur vi behandlar dina personuppgifter: {contact}.',
    dpoNone: 'Du kan kontakta vårt dataskyddsombud via kommunens växel om du har frågor om hur vi behandlar dina personuppgifter.',
    purposesHeading: 'Varför vi behandlar dina personuppgifter och med vilket stöd',
    purpose: '{description} Rättslig grund: {basis}.',
    nationalLaw: 'Behandlingen stöds av {law}.',
    special: 'Vissa uppgifter är känsliga personuppgifter, och vi behandlar dem bara när det är tillåtet enligt artikel 9 i dataskyddsförordningen.',
    categoriesHeading: 'Vilka personuppgifter vi behandlar',
    subjects: 'Uppgifterna gäller: {list}.',
    sourceHeading: 'Varifrån uppgifterna kommer',
    source: 'Vi får uppgifterna från: {list}.',
    jointHeading: 'Gemensamt personuppgiftsansvar',
    joint: 'Vi ansvarar för behandlingen tillsammans med andra (artikel 26). Så har vi fördelat ansvaret:',
    sourceIntro: 'Vi har inte fått alla uppgifter från dig själv. Så här kommer de till oss:',
    sourceItem: '{categories} från {sources}',
    edition: 'Informationen gäller version {version} av behandlingen, senast ändrad {date}.',
    recipientsHeading: 'Vilka som kan få ta del av uppgifterna',
    recipients:
      'Uppgifterna kan lämnas till: {list}. Som myndighet omfattas vi också av offentlighetsprincipen, men uppgifter som omfattas av sekretess lämnas inte ut.',
    noRecipients: 'Uppgifterna lämnas inte ut till andra, utöver vad offentlighetsprincipen kräver.',
    transfersHeading: 'Överföring till länder utanför EU/EES',
    transfer: '{country}, med stöd av {safeguard}.',
    noTransfers: 'Vi för inte över dina personuppgifter till länder utanför EU/EES.',
    retentionHeading: 'Hur länge vi sparar uppgifterna',
    provisionHeading: 'Måste du lämna uppgifterna?',
    provisionLaw: 'Uppgifterna behövs för att kommunen ska kunna fullgöra en skyldighet enligt lag. Om de inte lämnas kan vi inte handlägga ärendet.',
    provisionContract: 'Uppgifterna behövs för att ingå eller fullgöra ett avtal med dig. Om de inte lämnas kan avtalet inte fullgöras.',
    provisionConsent: 'Det är frivilligt att lämna uppgifterna.',
    provisionTask: 'Uppgifterna behövs för att vi ska kunna utföra vår uppgift. Om de inte lämnas kan det påverka handläggningen.',
    rightsHeading: 'Dina rättigheter',
    rightsIntro: 'Du har rätt att:',
    rights: {
      access: 'få ett registerutdrag, det vill säga veta vilka uppgifter vi behandlar om dig och få en kopia (artikel 15)',
      rectification: 'få felaktiga uppgifter rättade (artikel 16)',
      erasure:
        'få uppgifter raderade i vissa fall, till exempel när de inte längre behövs; arkivlagstiftningen kan dock kräva att vi bevarar allmänna handlingar (artikel 17)',
      restriction: 'begära att behandlingen begränsas medan till exempel uppgifternas riktighet utreds (artikel 18)',
      objection: 'invända mot behandlingen av skäl som gäller din särskilda situation (artikel 21)',
      portability: 'få ut uppgifter som du själv lämnat i ett maskinläsbart format och få dem överförda (artikel 20)',
      withdraw: 'när som helst ta tillbaka ditt samtycke, utan att det påverkar behandlingen innan dess (artikel 7.3)',
    },
    complaintHeading: 'Klagomål',
    complaint: 'Om du anser att vi behandlar dina personuppgifter felaktigt kan du lämna klagomål till {authority}: {contact}.',
  },
  da: {
    title: 'Sådan behandler vi dine personoplysninger: {name}',
    controllerHeading: 'Dataansvarlig',
    controller: '{unit} i {controller} er dataansvarlig for behandlingen.',
    dpoHeading: 'Databeskyttelsesrådgiver',
    dpo: 'Du kan kontakte vores databeskyttelsesrådgiver, hvis du har spørgsmål til, hvordan vi behandler dine personoplysninger: {contact}.',
    dpoNone: 'Du kan kontakte vores databeskyttelsesrådgiver via kommunens hovednummer, hvis du har spørgsmål til behandlingen af dine personoplysninger.',
    purposesHeading: 'Hvorfor vi behandler dine personoplysninger, og på hvilket grundlag',
    purpose: '{description} Retsgrundlag: {basis}.',
    nationalLaw: 'Behandlingen har hjemmel i {law}.',
    special: 'Nogle oplysninger er følsomme personoplysninger, og vi behandler dem kun, når det er tilladt efter databeskyttelsesforordningens artikel 9.',
    categoriesHeading: 'Hvilke personoplysninger vi behandler',
    subjects: 'Oplysningerne vedrører: {list}.',
    sourceHeading: 'Hvor oplysningerne kommer fra',
    source: 'Vi får oplysningerne fra: {list}.',
    jointHeading: 'Fælles dataansvar',
    joint: 'Vi er dataansvarlige for behandlingen sammen med andre (artikel 26). Sådan har vi fordelt ansvaret:',
    sourceIntro: 'Vi har ikke fået alle oplysninger fra dig selv. Sådan kommer de til os:',
    sourceItem: '{categories} fra {sources}',
    edition: 'Oplysningerne gælder version {version} af behandlingen, senest ændret {date}.',
    recipientsHeading: 'Hvem der kan modtage oplysningerne',
    recipients: 'Oplysningerne kan videregives til: {list}.',
    noRecipients: 'Oplysningerne videregives ikke til andre, medmindre loven kræver det.',
    transfersHeading: 'Overførsel til lande uden for EU/EØS',
    transfer: '{country} på grundlag af {safeguard}.',
    noTransfers: 'Vi overfører ikke dine personoplysninger til lande uden for EU/EØS.',
    retentionHeading: 'Hvor længe vi opbevarer oplysningerne',
    provisionHeading: 'Skal du give os oplysningerne?',
    provisionLaw: 'Oplysningerne er nødvendige, for at kommunen kan opfylde en retlig forpligtelse. Hvis de ikke gives, kan vi ikke behandle sagen.',
    provisionContract: 'Oplysningerne er nødvendige for at indgå eller opfylde en kontrakt med dig.',
    provisionConsent: 'Det er frivilligt at give oplysningerne.',
    provisionTask: 'Oplysningerne er nødvendige for, at vi kan løse vores opgave. Hvis de ikke gives, kan det påvirke sagsbehandlingen.',
    rightsHeading: 'Dine rettigheder',
    rightsIntro: 'Du har ret til at:',
    rights: {
      access: 'få indsigt i, hvilke oplysninger vi behandler om dig, og få en kopi (artikel 15)',
      rectification: 'få urigtige oplysninger berigtiget (artikel 16)',
      erasure:
        'få oplysninger slettet i visse tilfælde, f.eks. når de ikke længere er nødvendige; arkivlovgivningen kan dog kræve, at vi opbevarer dem (artikel 17)',
      restriction: 'få behandlingen begrænset, mens f.eks. oplysningernes rigtighed undersøges (artikel 18)',
      objection: 'gøre indsigelse mod behandlingen af grunde, der vedrører din særlige situation (artikel 21)',
      portability: 'modtage oplysninger, du selv har givet, i et maskinlæsbart format og få dem overført (artikel 20)',
      withdraw: 'trække dit samtykke tilbage når som helst, uden at det påvirker behandlingen forinden (artikel 7, stk. 3)',
    },
    complaintHeading: 'Klage',
    complaint: 'Hvis du mener, at vi behandler dine personoplysninger forkert, kan du klage til {authority}: {contact}.',
  },
  en: {
    title: 'How we process your personal data: {name}',
    controllerHeading: 'Controller',
    controller: '{unit} of {controller} is the controller of this processing.',
    dpoHeading: 'Data protection officer',
    dpo: 'You can contact our data protection officer with questions about how we process your personal data: {contact}.',
    dpoNone: "You can contact our data protection officer through the municipality's switchboard with questions about how we process your personal data.",
    purposesHeading: 'Why we process your personal data and on what basis',
    purpose: '{description} Legal basis: {basis}.',
    nationalLaw: 'The processing is based on {law}.',
    special: 'Some of the data are special categories of personal data, which we process only where Article 9 of the GDPR allows it.',
    categoriesHeading: 'Which personal data we process',
    subjects: 'The data concern: {list}.',
    sourceHeading: 'Where the data come from',
    source: 'We obtain the data from: {list}.',
    jointHeading: 'Joint controllers',
    joint: 'We are responsible for the processing together with others (Article 26). This is how we share the responsibility:',
    sourceIntro: 'Not all the data come from you. This is where they come from:',
    sourceItem: '{categories} from {sources}',
    edition: 'This information is for version {version} of the processing, last changed {date}.',
    recipientsHeading: 'Who may receive the data',
    recipients: 'The data may be disclosed to: {list}.',
    noRecipients: 'The data are not disclosed to others unless the law requires it.',
    transfersHeading: 'Transfers outside the EU/EEA',
    transfer: '{country}, under {safeguard}.',
    noTransfers: 'We do not transfer your personal data to countries outside the EU/EEA.',
    retentionHeading: 'How long we keep the data',
    provisionHeading: 'Do you have to provide the data?',
    provisionLaw: 'The data are needed for the municipality to meet a legal obligation. Without them we cannot handle the matter.',
    provisionContract: 'The data are needed to enter into or perform a contract with you.',
    provisionConsent: 'Providing the data is voluntary.',
    provisionTask: 'The data are needed for us to perform our task. Without them the handling of your matter may be affected.',
    rightsHeading: 'Your rights',
    rightsIntro: 'You have the right to:',
    rights: {
      access: 'access the data we process about you and receive a copy (Article 15)',
      rectification: 'have inaccurate data rectified (Article 16)',
      erasure: 'have data erased in some cases, for example when no longer needed; archive law may require us to keep public records (Article 17)',
      restriction: 'have the processing restricted while, for example, the accuracy of the data is checked (Article 18)',
      objection: 'object to the processing on grounds relating to your particular situation (Article 21)',
      portability: 'receive data you provided in a machine-readable format and have them transmitted (Article 20)',
      withdraw: 'withdraw your consent at any time, without affecting the processing before the withdrawal (Article 7(3))',
    },
    complaintHeading: 'Complaints',
    complaint: 'If you think we process your personal data wrongly, you can complain to {authority}: {contact}.',
  },
} as const;

const SAFEGUARD_TEXT: Record<Language, Record<string, string>> = {
  sv: {
    adequacy: 'EU-kommissionens beslut om adekvat skyddsnivå',
    dpf: 'EU-kommissionens beslut om adekvat skyddsnivå för Data Privacy Framework',
    scc: 'EU-kommissionens standardavtalsklausuler',
    bcr: 'bindande företagsbestämmelser',
    derogation: 'ett undantag enligt artikel 49',
    unspecified: 'skyddsåtgärder som du kan få information om från oss',
  },
  da: {
    adequacy: 'Europa-Kommissionens tilstrækkelighedsafgørelse',
    dpf: 'Europa-Kommissionens tilstrækkelighedsafgørelse for Data Privacy Framework',
    scc: 'Europa-Kommissionens standardkontraktbestemmelser',
    bcr: 'bindende virksomhedsregler',
    derogation: 'en undtagelse efter artikel 49',
    unspecified: 'garantier, som du kan få oplysning om hos os',
  },
  en: {
    adequacy: "the European Commission's adequacy decision",
    dpf: "the European Commission's adequacy decision for the Data Privacy Framework",
    scc: "the European Commission's standard contractual clauses",
    bcr: 'binding corporate rules',
    derogation: 'a derogation under Article 49',
    unspecified: 'safeguards you can ask us about',
  },
};

/** Rights under Art. 15–22 that apply, given the legal bases: portability only for consent and contract, objection for e and f. */
export function applicableRights(bases: Article6Basis[]): Right[] {
  const rights: Right[] = ['access', 'rectification', 'erasure', 'restriction'];
  if (bases.some((b) => b === 'publicTask' || b === 'legitimateInterests')) rights.push('objection');
  if (bases.some((b) => b === 'consent' || b === 'contract')) rights.push('portability');
  if (bases.includes('consent')) rights.push('withdraw');
  return rights;
}

const SELF = /registrerade själv|den registrerade|individen själv|registrerede selv|den registrerede|data subject|sökande|medarbetare|from the data subject/i;

/** Each entry once, however the register spelled it: "Skatteverket", " skatteverket" and "Skatteverket " are one recipient. */
function distinct(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const text = value.trim().replace(/\s+/g, ' ');
    const key = text.toLocaleLowerCase();
    if (text && !seen.has(key)) seen.set(key, text);
  }
  return [...seen.values()];
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? '');
}

/**
 * Information to data subjects per Art. 13 (collected from them) and Art. 14 (from elsewhere: the source is
 * then stated), in the spirit of municipal notices such as Stockholm's: plain language, one heading per question.
 */
export function privacyNotice(p: Processing, language: Language, authority: Authority): PrivacyNotice {
  const t = T[language];
  const bases = [...new Set(p.purposes.flatMap((x) => x.legalBasis.article6))];
  const sections: NoticeSection[] = [];
  sections.push({
    heading: t.controllerHeading,
    paragraphs: [fill(t.controller, { unit: p.organisationUnit, controller: p.controller || p.organisationUnit })],
  });
  if (p.jointControllers?.length) {
    const items = p.jointControllers.map((j) =>
      [j.name, j.arrangement, j.contact]
        .map((x) => x.trim())
        .filter(Boolean)
        .join(': '),
    );
    sections.push({ heading: t.jointHeading, paragraphs: [t.joint], items: distinct(items) });
  }
  sections.push({ heading: t.dpoHeading, paragraphs: [p.dpoContact ? fill(t.dpo, { contact: p.dpoContact }) : t.dpoNone] });
  const purposeParagraphs = p.purposes.map((x) =>
    fill(t.purpose, {
      description: x.description.trim().replace(/([^.!?])$/, '$1.'),
      basis: basisText(x.legalBasis, language),
    }),
  );
  const laws = [...new Set(p.purposes.map((x) => x.legalBasis.nationalLaw).filter(Boolean))];
  if (laws.length) purposeParagraphs.push(fill(t.nationalLaw, { law: laws.join('; ') }));
  sections.push({ heading: t.purposesHeading, paragraphs: purposeParagraphs });
  const categories = distinct(p.purposes.flatMap((x) => x.personalDataCategories.map((c) => c.name)));
  const subjects = distinct(p.purposes.flatMap((x) => x.dataSubjectCategories));
  const categoryParagraphs = subjects.length ? [fill(t.subjects, { list: subjects.join(', ') })] : [];
  if (p.purposes.some((x) => x.personalDataCategories.some((c) => c.special))) categoryParagraphs.push(t.special);
  sections.push({ heading: t.categoriesHeading, paragraphs: categoryParagraphs, items: categories });
  // Art. 14(1)(d) and 14(2)(f): when data come from elsewhere, which categories and from which source, per purpose.
  const elsewhere = p.purposes.filter((x) => x.sources.some((s) => s.trim() && !SELF.test(s)));
  if (elsewhere.length) {
    const items = distinct(
      elsewhere.map((x) =>
        fill(t.sourceItem, {
          categories: distinct(x.personalDataCategories.map((c) => c.name)).join(', ') || categories.join(', '),
          sources: distinct(x.sources.filter((s) => !SELF.test(s))).join(', '),
        }),
      ),
    );
    sections.push({ heading: t.sourceHeading, paragraphs: [t.sourceIntro], items });
  }
  const recipients = distinct(p.purposes.flatMap((x) => x.recipients));
  sections.push({ heading: t.recipientsHeading, paragraphs: [recipients.length ? fill(t.recipients, { list: recipients.join(', ') }) : t.noRecipients] });
  const transfers = p.purposes.flatMap((x) => x.thirdCountryTransfers);
  sections.push({
    heading: t.transfersHeading,
    paragraphs: transfers.length
      ? [...new Set(transfers.map((x) => fill(t.transfer, { country: x.country, safeguard: SAFEGUARD_TEXT[language][x.safeguard] ?? x.safeguard })))]
      : [t.noTransfers],
  });
  sections.push({ heading: t.retentionHeading, paragraphs: [...new Set(p.purposes.map((x) => x.retention.text).filter(Boolean))] });
  const provision = bases.includes('legalObligation')
    ? t.provisionLaw
    : bases.includes('contract')
      ? t.provisionContract
      : bases.length > 0 && bases.every((b) => b === 'consent')
        ? t.provisionConsent
        : t.provisionTask;
  sections.push({ heading: t.provisionHeading, paragraphs: [provision] });
  sections.push({ heading: t.rightsHeading, paragraphs: [t.rightsIntro], items: applicableRights(bases).map((r) => t.rights[r]) });
  const a = AUTHORITIES[authority];
  sections.push({ heading: t.complaintHeading, paragraphs: [fill(t.complaint, { authority: a.name[language], contact: a.contact })] });
  const updatedOn = p.updatedAt.slice(0, 10);
  return {
    language,
    title: fill(t.title, { name: p.name }),
    sections,
    edition: { version: p.version, updatedOn, text: fill(t.edition, { version: String(p.version), date: updatedOn }) },
  };
}
