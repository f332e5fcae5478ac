import { isErrorCode, type ErrorCatalogue, type ErrorCode } from '@prt/domain/errorCodes';
import type { Language } from './language.js';

/** Formats params the way each language writes them: "4,000" in English, "4000" (and "10 000") in Swedish. */
interface Format {
  n(value: number): string;
  or(values: string[]): string;
  at(iso: string): string;
  roles(roles: string[]): string;
}

type Text<C extends ErrorCode> = (p: ErrorCatalogue[C], f: Format) => string;
type Texts = { [C in ErrorCode]: Record<Language, Text<C>> };

const ROLE_NAMES: Record<Language, Record<string, string>> = {
  sv: {
    staff: 'medarbetare',
    dpo: 'dataskyddsombud',
    whistleblowerHandler: 'visselblåsarfunktionen',
    dsrHandler: 'handläggare av registrerades begäranden',
    admin: 'administratör',
  },
  da: {
    staff: 'medarbejder',
    dpo: 'databeskyttelsesrådgiver',
    whistleblowerHandler: 'whistleblowerfunktionen',
    dsrHandler: 'behandler af de registreredes anmodninger',
    admin: 'administrator',
  },
  en: {
    staff: 'staff',
    dpo: 'data protection officer',
    whistleblowerHandler: 'whistleblowing function',
    dsrHandler: 'data-subject request handler',
    admin: 'administrator',
  },
};

/** Case fields as the form labels them, so an error says which field holds the problem. */
const CASE_FIELD_NAMES: Record<Language, Record<string, string>> = {
  sv: {
    reference: 'Diarienummer',
    unit: 'Nämnd/enhet',
    note: 'Kort anteckning',
    reason: 'Skäl',
    facts: 'Vad som hänt',
    effects: 'Följder',
    remedialAction: 'Åtgärder',
    handlerId: 'Handläggare',
  },
  da: {
    reference: 'Sagsnummer',
    unit: 'Forvaltning/enhed',
    note: 'Kort note',
    reason: 'Begrundelse',
    facts: 'Hvad der er sket',
    effects: 'Følger',
    remedialAction: 'Afhjælpende tiltag',
    handlerId: 'Sagsbehandler',
  },
  en: {
    reference: 'Case number',
    unit: 'Committee/unit',
    note: 'Short note',
    reason: 'Reason',
    facts: 'What happened',
    effects: 'Effects',
    remedialAction: 'Remedial action',
    handlerId: 'Handler',
  },
};

const IDENTITY_NAMES: Record<Language, Record<string, string>> = {
  sv: {
    personnummer: 'ett personnummer',
    samordningsnummer: 'ett samordningsnummer',
    cpr: 'ett CPR-nummer',
    email: 'en e-postadress',
    phone: 'ett telefonnummer',
  },
  da: {
    personnummer: 'et svensk personnummer',
    samordningsnummer: 'et svensk samordningsnummer',
    cpr: 'et CPR-nummer',
    email: 'en e-mailadresse',
    phone: 'et telefonnummer',
  },
  en: {
    personnummer: 'a Swedish personal identity number',
    samordningsnummer: 'a Swedish coordination number',
    cpr: 'a Danish CPR number',
    email: 'an e-mail address',
    phone: 'a phone number',
  },
};

const EVENT_NAMES: Record<Language, Record<string, string>> = {
  sv: {
    respond: 'Besvarad',
    extend: 'Förläng',
    sendExtensionNotice: 'Besked om förlängning',
    pause: 'Pausa',
    resume: 'Återuppta',
    acknowledge: 'Bekräftelse skickad',
    giveFeedback: 'Återkoppling lämnad',
    document: 'Dokumentera',
    close: 'Avsluta',
    delete: 'Personuppgifter raderade',
    notifyAuthority: 'Anmäld',
    notificationNotRequired: 'Anmälan behövs inte',
  },
  da: {
    respond: 'Besvaret',
    extend: 'Forlæng',
    sendExtensionNotice: 'Meddelelse om forlængelse',
    pause: 'Sæt på pause',
    resume: 'Genoptag',
    acknowledge: 'Kvittering sendt',
    giveFeedback: 'Feedback givet',
    document: 'Dokumentér',
    close: 'Afslut',
    delete: 'Personoplysninger slettet',
    notifyAuthority: 'Anmeldt',
    notificationNotRequired: 'Anmeldelse ikke nødvendig',
  },
  en: {
    respond: 'Answered',
    extend: 'Extend',
    sendExtensionNotice: 'Extension notice',
    pause: 'Pause',
    resume: 'Resume',
    acknowledge: 'Acknowledgement sent',
    giveFeedback: 'Feedback given',
    document: 'Document',
    close: 'Close',
    delete: 'Personal data deleted',
    notifyAuthority: 'Notified',
    notificationNotRequired: 'Notification not required',
  },
};

/** Codes whose text already says which field it is about. */
const NAMES_ITS_FIELD = new Set(['case.identityLike', 'case.referencePattern', 'case.unknownUnit']);

const fieldName = (language: Language, field: string) => CASE_FIELD_NAMES[language][field] ?? field;
const events = (language: Language, names: string[]) => names.map((n) => EVENT_NAMES[language][n] ?? n);

/**
 * Plain-language text for every error code the API answers with, in each language the tab speaks. The
 * mapped type makes a code without a translation a type error; a unit test checks none is empty.
 */
const TEXTS: Texts = {
  'field.required': { sv: () => 'Måste fyllas i.', da: () => 'Skal udfyldes.', en: () => 'This is required.' },
  'field.blank': { sv: () => 'Får inte vara tomt.', da: () => 'Må ikke være tomt.', en: () => 'Must not be blank.' },
  'field.notString': { sv: () => 'Måste vara text.', da: () => 'Skal være tekst.', en: () => 'Must be text.' },
  'field.notBoolean': { sv: () => 'Måste vara ja eller nej.', da: () => 'Skal være ja eller nej.', en: () => 'Must be yes or no.' },
  'field.notObject': { sv: () => 'Har fel form.', da: () => 'Har forkert form.', en: () => 'Has the wrong shape.' },
  'field.notList': { sv: () => 'Måste vara en lista.', da: () => 'Skal være en liste.', en: () => 'Must be a list.' },
  'field.tooLong': {
    sv: (p, f) => `Högst ${f.n(p.max)} tecken.`,
    da: (p, f) => `Højst ${f.n(p.max)} tegn.`,
    en: (p, f) => `At most ${f.n(p.max)} characters.`,
  },
  'field.notOneOf': {
    sv: (p, f) => `Välj ett av: ${f.or(p.allowed)}.`,
    da: (p, f) => `Vælg en af: ${f.or(p.allowed)}.`,
    en: (p, f) => `Choose one of: ${f.or(p.allowed)}.`,
  },
  'field.notWholeNumber': {
    sv: (p, f) => `Ange ett heltal från ${f.n(p.min)} till ${f.n(p.max)}.`,
    da: (p, f) => `Angiv et heltal fra ${f.n(p.min)} til ${f.n(p.max)}.`,
    en: (p, f) => `Enter a whole number from ${f.n(p.min)} to ${f.n(p.max)}.`,
  },
  'field.notPositiveWholeNumber': { sv: () => 'Ange ett positivt heltal.', da: () => 'Angiv et positivt heltal.', en: () => 'Enter a positive whole number.' },
  'field.notStored': {
    sv: () => 'Sparas inte: ärenden innehåller bara det som fristerna behöver.',
    da: () => 'Gemmes ikke: sager indeholder kun det, fristerne kræver.',
    en: () => 'Not stored: cases hold only what their deadlines need.',
  },
  'list.tooLong': {
    sv: (p, f) => `Högst ${f.n(p.max)} rader.`,
    da: (p, f) => `Højst ${f.n(p.max)} rækker.`,
    en: (p, f) => `At most ${f.n(p.max)} entries.`,
  },
  'list.atLeastOne': { sv: () => 'Lägg till minst en.', da: () => 'Tilføj mindst én.', en: () => 'Add at least one.' },
  'legalBasis.article6Required': {
    sv: () => 'Ange minst en rättslig grund enligt artikel 6.1.',
    da: () => 'Angiv mindst ét retsgrundlag efter artikel 6, stk. 1.',
    en: () => 'Give at least one legal basis under Article 6(1).',
  },
  'purpose.article9ConditionRequired': {
    sv: () => 'Känsliga personuppgifter kräver ett undantag enligt artikel 9.2.',
    da: () => 'Følsomme personoplysninger kræver en undtagelse efter artikel 9, stk. 2.',
    en: () => 'Special categories of personal data need an Article 9(2) condition.',
  },
  'dataFlow.unknownSubject': {
    sv: (p) => `”${p.name}” finns inte bland ändamålets kategorier av registrerade.`,
    da: (p) => `”${p.name}” findes ikke blandt formålets kategorier af registrerede.`,
    en: (p) => `“${p.name}” is not one of the purpose's categories of data subjects.`,
  },
  'dataFlow.unknownCategory': {
    sv: (p) => `”${p.name}” finns inte bland ändamålets kategorier av personuppgifter.`,
    da: (p) => `”${p.name}” findes ikke blandt formålets kategorier af personoplysninger.`,
    en: (p) => `“${p.name}” is not one of the purpose's categories of personal data.`,
  },
  'dataFlow.unknownRecipient': {
    sv: (p) => `”${p.name}” finns inte bland ändamålets mottagare.`,
    da: (p) => `”${p.name}” findes ikke blandt formålets modtagere.`,
    en: (p) => `“${p.name}” is not one of the purpose's recipients.`,
  },
  'dataFlow.duplicateCell': {
    sv: (p) => `${p.subject} och ${p.dataCategory} finns redan i tabellen över vem som får vad.`,
    da: (p) => `${p.subject} og ${p.dataCategory} findes allerede i tabellen over hvem der får hvad.`,
    en: (p) => `${p.subject} and ${p.dataCategory} are already in the who-gets-what table.`,
  },
  'dpia.overrideReasonRequired': {
    sv: () => 'Ange varför utfallet avviker från regeln om två kriterier.',
    da: () => 'Angiv hvorfor resultatet afviger fra reglen om to kriterier.',
    en: () => 'Give the reason the outcome departs from the two-criteria rule.',
  },
  'dpia.reviewBeforePerformed': {
    sv: () => 'Nästa översyn kan inte ligga före konsekvensbedömningen.',
    da: () => 'Næste gennemgang kan ikke ligge før konsekvensanalysen.',
    en: () => 'The next review cannot come before the impact assessment.',
  },
  'dpia.priorConsultationAdvised': {
    sv: () => 'Restrisken är hög: samråd med tillsynsmyndigheten innan behandlingen börjar (artikel 36).',
    da: () => 'Restrisikoen er høj: hør tilsynsmyndigheden, før behandlingen begynder (artikel 36).',
    en: () => 'The residual risk is high: consult the supervisory authority before the processing starts (Article 36).',
  },
  'transfer.impactAssessmentMissing': {
    sv: (p) => `Överföringen till ${p.country} bygger på standardavtalsklausuler men saknar en överföringsbedömning (TIA).`,
    da: (p) => `Overførslen til ${p.country} bygger på standardkontraktbestemmelser, men mangler en vurdering af overførslen (TIA).`,
    en: (p) => `The transfer to ${p.country} relies on standard contractual clauses but has no transfer impact assessment (TIA).`,
  },
  'retention.danishCodeRequired': {
    sv: () => 'Ange bevaringsvurderingen: B (bevaras) eller K (kasseras).',
    da: () => 'Angiv bevaringsvurderingen: B (bevares) eller K (kasseres).',
    en: () => 'Give the preservation assessment: B (preserved) or K (discarded).',
  },
  'date.invalid': { sv: () => 'Ange ett datum (ÅÅÅÅ-MM-DD).', da: () => 'Angiv en dato (ÅÅÅÅ-MM-DD).', en: () => 'Enter a date (YYYY-MM-DD).' },
  'date.inFuture': {
    sv: () => 'Datumet kan inte ligga i framtiden.',
    da: () => 'Datoen kan ikke ligge i fremtiden.',
    en: () => 'The date cannot be in the future.',
  },
  'date.beforePause': {
    sv: () => 'Datumet kan inte vara före pausens början.',
    da: () => 'Datoen kan ikke ligge før pausens start.',
    en: () => 'The date cannot be before the pause began.',
  },
  'dateTime.invalid': { sv: () => 'Ange datum och tid.', da: () => 'Angiv dato og klokkeslæt.', en: () => 'Enter a date and time.' },
  'date.unrecognised': {
    sv: () => 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-31, eller välj det i kalendern.',
    da: () => 'Skriv datoen som DD.MM.ÅÅÅÅ, f.eks. 31.03.2026, eller vælg den i kalenderen.',
    en: () => 'Write the date as DD/MM/YYYY, for example 31/03/2026, or pick it in the calendar.',
  },
  'time.invalid': {
    sv: () => 'Skriv klockslaget som TT:MM (24-timmarsklocka), till exempel 09:30.',
    da: () => 'Skriv klokkeslættet som TT:MM (24-timersur), f.eks. 09:30.',
    en: () => 'Write the time as HH:MM (24-hour clock), for example 09:30.',
  },
  'text.controlCharacter': {
    sv: (p, f) => `Innehåller ett styrtecken (tecken ${f.n(p.position)}) som inte kan sparas. Skriv in texten igen utan det.`,
    da: (p, f) => `Indeholder et kontroltegn (tegn ${f.n(p.position)}), som ikke kan gemmes. Skriv teksten igen uden det.`,
    en: (p, f) => `Contains a control character (character ${f.n(p.position)}) that cannot be saved. Type the text again without it.`,
  },
  'text.loneSurrogate': {
    sv: (p, f) => `Innehåller ett trasigt tecken (tecken ${f.n(p.position)}). Skriv in texten igen.`,
    da: (p, f) => `Indeholder et ødelagt tegn (tegn ${f.n(p.position)}). Skriv teksten igen.`,
    en: (p, f) => `Contains a broken character (character ${f.n(p.position)}). Type the text again.`,
  },
  'text.bidiControl': {
    sv: (p, f) => `Innehåller ett osynligt tecken som ändrar textriktningen (tecken ${f.n(p.position)}). Ta bort det.`,
    da: (p, f) => `Indeholder et usynligt tegn, der ændrer tekstretningen (tegn ${f.n(p.position)}). Fjern det.`,
    en: (p, f) => `Contains an invisible character that changes the text direction (character ${f.n(p.position)}). Remove it.`,
  },
  'text.invisibleOnly': {
    sv: () => 'Innehåller bara osynliga tecken. Skriv en synlig text.',
    da: () => 'Indeholder kun usynlige tegn. Skriv en synlig tekst.',
    en: () => 'Contains only invisible characters. Enter visible text.',
  },
  'request.invalid': {
    sv: () => 'Några uppgifter behöver rättas.',
    da: () => 'Nogle oplysninger skal rettes.',
    en: () => 'Some fields need correcting.',
  },
  'body.required': { sv: () => 'Förfrågan saknar innehåll.', da: () => 'Forespørgslen mangler indhold.', en: () => 'The request has no content.' },
  'body.malformedJson': { sv: () => 'Förfrågan kunde inte läsas.', da: () => 'Forespørgslen kunne ikke læses.', en: () => 'The request could not be read.' },
  'body.tooLarge': {
    sv: (p, f) => `Filen är för stor (högst ${f.n(Math.floor(p.limit / 1024))} kB).`,
    da: (p, f) => `Filen er for stor (højst ${f.n(Math.floor(p.limit / 1024))} kB).`,
    en: (p, f) => `The file is too large (at most ${f.n(Math.floor(p.limit / 1024))} kB).`,
  },
  'paging.invalidContinuation': {
    sv: () => 'Listan har ändrats eller länken till nästa sida är ogiltig. Ladda om listan från början.',
    da: () => 'Listen er ændret, eller linket til næste side er ugyldigt. Indlæs listen forfra.',
    en: () => 'The list has changed or the link to the next page is not valid. Load the list again from the start.',
  },
  'body.tooDeep': {
    sv: (p, f) => `Förfrågan är för djupt nästlad (högst ${f.n(p.max)} nivåer).`,
    da: (p, f) => `Forespørgslen er for dybt indlejret (højst ${f.n(p.max)} niveauer).`,
    en: (p, f) => `The request is nested too deeply (at most ${f.n(p.max)} levels).`,
  },
  'body.malformedUtf8': {
    sv: () => 'Förfrågan innehåller tecken som inte är giltig UTF-8.',
    da: () => 'Forespørgslen indeholder tegn, der ikke er gyldig UTF-8.',
    en: () => 'The request contains characters that are not valid UTF-8.',
  },
  'body.controlCharacter': {
    sv: () => 'Texten innehåller ett otillåtet styrtecken.',
    da: () => 'Teksten indeholder et ugyldigt styretegn.',
    en: () => 'The text contains a control character that is not allowed.',
  },
  'body.notJson': {
    sv: () => 'Förfrågan måste skickas som JSON.',
    da: () => 'Forespørgslen skal sendes som JSON.',
    en: () => 'The request must be sent as JSON.',
  },
  'id.invalid': {
    sv: () => 'Id:t får inte innehålla /, \\, ?, # eller styrtecken.',
    da: () => 'Id’et må ikke indeholde /, \\, ?, # eller styretegn.',
    en: () => 'The id must not contain /, \\, ?, # or control characters.',
  },
  'url.malformed': {
    sv: () => 'Adressen har en felaktig procentkodning.',
    da: () => 'Adressen har en ugyldig procentkodning.',
    en: () => 'The address has a malformed percent-encoding.',
  },
  'request.hostNotAllowed': {
    sv: () => 'Den lokala servern svarar bara på 127.0.0.1, localhost eller [::1] med sin port.',
    da: () => 'Den lokale server svarer kun på 127.0.0.1, localhost eller [::1] med sin port.',
    en: () => 'The local host answers only to 127.0.0.1, localhost or [::1] with its port.',
  },
  'ifMatch.required': {
    sv: () => 'Ladda om sidan och försök igen.',
    da: () => 'Genindlæs siden, og prøv igen.',
    en: () => 'Reload the page and try again.',
  },
  'route.notFound': { sv: () => 'Sidan finns inte.', da: () => 'Siden findes ikke.', en: () => 'This page does not exist.' },
  'method.notAllowed': { sv: () => 'Åtgärden stöds inte här.', da: () => 'Handlingen understøttes ikke her.', en: () => 'This action is not supported here.' },
  internal: {
    sv: (p) => `Något gick fel. Referens: ${p.invocationId}`,
    da: (p) => `Noget gik galt. Reference: ${p.invocationId}`,
    en: (p) => `Something went wrong. Reference: ${p.invocationId}`,
  },
  'processing.notFound': { sv: () => 'Behandlingen finns inte.', da: () => 'Behandlingen findes ikke.', en: () => 'The processing activity does not exist.' },
  'processing.changed': {
    sv: () => 'Någon annan har ändrat behandlingen. Ladda om och gör din ändring igen.',
    da: () => 'En anden har ændret behandlingen. Genindlæs, og foretag din ændring igen.',
    en: () => 'Someone else changed this processing activity. Reload it and make your change again.',
  },
  'import.unreadableLegalBasis': {
    sv: (p) => `Den rättsliga grunden "${p.text}" nämner ingen artikel i dataskyddsförordningen eller någon lag. Ange t.ex. "Allmänt intresse (art. 6.1 e)".`,
    da: (p) =>
      `Retsgrundlaget "${p.text}" nævner ingen artikel i databeskyttelsesforordningen eller nogen lov. Angiv f.eks. "Myndighedsudøvelse (art. 6, stk. 1, litra e)".`,
    en: (p) => `The legal basis "${p.text}" names no GDPR article and no law. Give e.g. "Public task (Art. 6(1)(e))".`,
  },
  'processing.notRetirable': {
    sv: () => 'Bara en godkänd behandling kan avvecklas.',
    da: () => 'Kun en godkendt behandling kan afvikles.',
    en: () => 'Only an approved processing activity can be retired.',
  },
  'processing.notRetired': {
    sv: () => 'Behandlingen är inte avvecklad.',
    da: () => 'Behandlingen er ikke afviklet.',
    en: () => 'The processing activity is not retired.',
  },
  'processing.notApproved': {
    sv: () => 'Behandlingen är inte godkänd i registret.',
    da: () => 'Behandlingen er ikke godkendt i fortegnelsen.',
    en: () => 'The processing activity is not approved in the register.',
  },
  'version.notFound': {
    sv: (p) => `Version ${p.version} finns inte.`,
    da: (p) => `Version ${p.version} findes ikke.`,
    en: (p) => `Version ${p.version} does not exist.`,
  },
  'case.notFound': { sv: () => 'Ärendet finns inte.', da: () => 'Sagen findes ikke.', en: () => 'The case does not exist.' },
  'case.referenceTaken': {
    sv: (p) => `Det finns redan ett ärende med diarienummer ${p.reference}.`,
    da: (p) => `Der findes allerede en sag med journalnummer ${p.reference}.`,
    en: (p) => `A case with reference ${p.reference} already exists.`,
  },
  'case.changed': {
    sv: () => 'Någon annan har ändrat ärendet. Ladda om och försök igen.',
    da: () => 'En anden har ændret sagen. Genindlæs, og prøv igen.',
    en: () => 'Someone else changed this case. Reload it and try again.',
  },
  'register.notFound': { sv: () => 'Registret finns inte.', da: () => 'Fortegnelsen findes ikke.', en: () => 'The register does not exist.' },
  'document.notFound': { sv: () => 'Uppgiften finns inte.', da: () => 'Oplysningen findes ikke.', en: () => 'It does not exist.' },
  'document.exists': { sv: () => 'Det finns redan.', da: () => 'Det findes allerede.', en: () => 'It already exists.' },
  'document.changed': {
    sv: () => 'Någon annan har ändrat detta. Ladda om och försök igen.',
    da: () => 'En anden har ændret dette. Genindlæs, og prøv igen.',
    en: () => 'Someone else changed this. Reload and try again.',
  },
  'thesaurus.changed': {
    sv: () => 'Någon annan har ändrat synonymlistan. Ladda om och gör din ändring igen.',
    da: () => 'En anden har ændret synonymlisten. Genindlæs, og foretag din ændring igen.',
    en: () => 'Someone else changed the thesaurus. Reload it and make your change again.',
  },
  'thesaurus.idInvalid': {
    sv: () => 'Gruppens namn får bara innehålla små bokstäver a–z, siffror och bindestreck.',
    da: () => 'Gruppens navn må kun indeholde små bogstaver a–z, cifre og bindestreger.',
    en: () => 'A group name may only hold lower-case letters a–z, digits and dashes.',
  },
  'thesaurus.idDuplicate': {
    sv: (p) => `Gruppen ”${p.id}” finns redan.`,
    da: (p) => `Gruppen »${p.id}« findes allerede.`,
    en: (p) => `The group "${p.id}" already exists.`,
  },
  'thesaurus.tooFewTerms': {
    sv: (p, f) => `En grupp behöver minst ${f.n(p.min)} ord.`,
    da: (p, f) => `En gruppe skal have mindst ${f.n(p.min)} ord.`,
    en: (p, f) => `A group needs at least ${f.n(p.min)} terms.`,
  },
  'proposal.identityChanged': {
    sv: () => 'Namn och förvaltning kan inte ändras i ett förslag. Rapportera en ny behandling i stället.',
    da: () => 'Navn og forvaltning kan ikke ændres i et forslag. Indberet en ny behandling i stedet.',
    en: () => 'Name and organisation unit cannot be changed by a proposal. Report a new processing activity instead.',
  },
  'proposal.noChanges': { sv: () => 'Förslaget ändrar ingenting.', da: () => 'Forslaget ændrer ingenting.', en: () => 'The proposal changes nothing.' },
  'proposal.alreadyOpen': {
    sv: (p) => `En ändring (version ${p.version}) väntar redan på granskning.`,
    da: (p) => `En ændring (version ${p.version}) venter allerede på gennemgang.`,
    en: (p) => `A change (version ${p.version}) is already awaiting review.`,
  },
  'decision.reasonRequired': {
    sv: () => 'Skriv en motivering när du avslår eller begär ändringar.',
    da: () => 'Skriv en begrundelse, når du afviser eller beder om ændringer.',
    en: () => 'Write a reason when you reject or ask for changes.',
  },
  'decision.alreadyMade': {
    sv: (p, f) => `Version ${p.version} är redan beslutad av ${p.by} ${f.at(p.at)}.`,
    da: (p, f) => `Version ${p.version} er allerede afgjort af ${p.by} ${f.at(p.at)}.`,
    en: (p, f) => `Version ${p.version} was already decided by ${p.by} on ${f.at(p.at)}.`,
  },
  'decision.superseded': {
    sv: (p) => `Version ${p.version} har ersatts av version ${p.latest}.`,
    da: (p) => `Version ${p.version} er erstattet af version ${p.latest}.`,
    en: (p) => `Version ${p.version} has been superseded by version ${p.latest}.`,
  },
  'cardAction.incomplete': { sv: () => 'Kortet saknar uppgifter.', da: () => 'Kortet mangler oplysninger.', en: () => 'The card action is incomplete.' },
  'review.ownerOrDpoOnly': {
    sv: () => 'Bara dataskyddsombudet eller den som äger behandlingen kan registrera översynen.',
    da: () => 'Kun databeskyttelsesrådgiveren eller behandlingens ejer kan registrere gennemgangen.',
    en: () => 'Only the DPO or the owner of the processing activity can record its review.',
  },
  'review.rejectedFinal': {
    sv: () => 'Anmälan har avslagits och kan inte ändras. Anmäl behandlingen på nytt i stället.',
    da: () => 'Anmeldelsen er afvist og kan ikke ændres. Anmeld behandlingen på ny i stedet.',
    en: () => 'The report was rejected and cannot be changed. Report the processing again instead.',
  },
  'system.notFound': { sv: () => 'IT-systemet finns inte.', da: () => 'IT-systemet findes ikke.', en: () => 'The IT system does not exist.' },
  'processor.notFound': { sv: () => 'Personuppgiftsbiträdet finns inte.', da: () => 'Databehandleren findes ikke.', en: () => 'The processor does not exist.' },
  'system.nameTaken': {
    sv: (p) => `Det finns redan ett IT-system som heter "${p.name}".`,
    da: (p) => `Der findes allerede et IT-system med navnet "${p.name}".`,
    en: (p) => `An IT system named "${p.name}" already exists.`,
  },
  'processor.nameTaken': {
    sv: (p) => `Det finns redan ett personuppgiftsbiträde som heter "${p.name}".`,
    da: (p) => `Der findes allerede en databehandler med navnet "${p.name}".`,
    en: (p) => `A processor named "${p.name}" already exists.`,
  },
  'entity.retired': { sv: () => 'Den här posten är avvecklad.', da: () => 'Denne post er udfaset.', en: () => 'This entry is retired.' },
  'link.unknownSystem': {
    sv: () => 'IT-systemet finns inte i registret. Välj ett system i listan eller skriv ett namn.',
    da: () => 'IT-systemet findes ikke i fortegnelsen. Vælg et system på listen, eller skriv et navn.',
    en: () => 'This IT system is not in the register. Pick one from the list or type a name.',
  },
  'link.unknownProcessor': {
    sv: () => 'Personuppgiftsbiträdet finns inte i registret. Välj ett i listan eller skriv ett namn.',
    da: () => 'Databehandleren findes ikke i fortegnelsen. Vælg en på listen, eller skriv et navn.',
    en: () => 'This processor is not in the register. Pick one from the list or type a name.',
  },
  'agreement.validUntilBeforeSigned': {
    sv: () => 'Avtalet kan inte gälla till ett datum före undertecknandet.',
    da: () => 'Aftalen kan ikke gælde til en dato før underskrivelsen.',
    en: () => 'The agreement cannot end before the day it was signed.',
  },
  'supervision.nextBeforeLast': {
    sv: () => 'Nästa tillsyn kan inte ligga före den senaste.',
    da: () => 'Næste tilsyn kan ikke ligge før det seneste.',
    en: () => 'The next supervision cannot come before the last one.',
  },
  'event.notAllowed': {
    sv: (p, f) => `Går inte för detta ärende. Möjligt: ${f.or(p.allowed)}.`,
    da: (p, f) => `Er ikke muligt for denne sag. Muligt: ${f.or(p.allowed)}.`,
    en: (p, f) => `Not possible for this case. Possible: ${f.or(p.allowed)}.`,
  },
  'case.closed': { sv: () => 'Ärendet är avslutat.', da: () => 'Sagen er afsluttet.', en: () => 'The case is closed.' },
  'case.notClosed': {
    sv: () => 'Avsluta ärendet innan personuppgifterna raderas.',
    da: () => 'Afslut sagen, før personoplysningerne slettes.',
    en: () => 'Close the case before deleting its personal data.',
  },
  'case.extensionReasonRequired': {
    sv: () => 'En förlängning behöver en motivering (artikel 12.3).',
    da: () => 'En forlængelse kræver en begrundelse (artikel 12, stk. 3).',
    en: () => 'An extension needs a reason (Article 12(3)).',
  },
  'case.alreadyExtended': {
    sv: () => 'Begäran är redan förlängd.',
    da: () => 'Anmodningen er allerede forlænget.',
    en: () => 'The request is already extended.',
  },
  'case.alreadyPaused': { sv: () => 'Begäran är redan pausad.', da: () => 'Anmodningen er allerede sat på pause.', en: () => 'The request is already paused.' },
  'case.notPaused': { sv: () => 'Begäran är inte pausad.', da: () => 'Anmodningen er ikke sat på pause.', en: () => 'The request is not paused.' },
  'case.notificationReasonRequired': {
    sv: () => 'Dokumentera varför ingen anmälan behövs (artikel 33.5).',
    da: () => 'Dokumentér, hvorfor ingen anmeldelse er nødvendig (artikel 33, stk. 5).',
    en: () => 'Document why no notification is required (Article 33(5)).',
  },
  'case.whistleblowerOnly': {
    sv: () => 'Bara visselblåsarfunktionen registrerar visselblåsarärenden.',
    da: () => 'Kun whistleblowerfunktionen registrerer whistleblowersager.',
    en: () => 'Only the whistleblowing function registers whistleblowing cases.',
  },
  'case.breachLogReviewersOnly': {
    sv: () => 'Incidentloggen är till för dataskyddsombudet och administratörer.',
    da: () => 'Hændelsesloggen er for databeskyttelsesrådgiveren og administratorer.',
    en: () => 'The breach log is for the DPO and administrators.',
  },
  'case.identityLike': {
    sv: (p) =>
      `${fieldName('sv', p.field)} ser ut att innehålla ${IDENTITY_NAMES.sv[p.kind] ?? 'en personuppgift'}. Ärenden får inte innehålla någons identitet – ta bort den.`,
    da: (p) =>
      `${fieldName('da', p.field)} ser ud til at indeholde ${IDENTITY_NAMES.da[p.kind] ?? 'en personoplysning'}. Sager må ikke indeholde nogens identitet – fjern den.`,
    en: (p) =>
      `${fieldName('en', p.field)} seems to contain ${IDENTITY_NAMES.en[p.kind] ?? 'personal data'}. Cases must not hold anyone's identity – remove it.`,
  },
  'case.referencePattern': {
    sv: (p) => `Diarienumret ska skrivas som kommunens diarienummer, till exempel ${p.pattern}.`,
    da: (p) => `Sagsnummeret skal skrives som kommunens sagsnumre, for eksempel ${p.pattern}.`,
    en: (p) => `The case number must follow the municipality's form, for example ${p.pattern}.`,
  },
  'case.unknownUnit': {
    sv: () => 'Nämnd/enhet: välj en av kommunens enheter i listan.',
    da: () => 'Forvaltning/enhed: vælg en af kommunens enheder på listen.',
    en: () => "Committee/unit: choose one of the municipality's units from the list.",
  },
  'case.handlerNotInRole': {
    sv: (p, f) => `Handläggaren måste tillhöra ${f.roles(p.roles)}.`,
    da: (p, f) => `Sagsbehandleren skal høre til ${f.roles(p.roles)}.`,
    en: (p, f) => `The handler must belong to the ${f.roles(p.roles)}.`,
  },
  'case.eventNotInState': {
    sv: (p, f) => `„${events('sv', [p.event])[0]}" passar inte ärendets läge nu. Möjligt: ${p.allowed.length ? f.or(events('sv', p.allowed)) : 'inget'}.`,
    da: (p, f) => `„${events('da', [p.event])[0]}" passer ikke til sagens tilstand nu. Muligt: ${p.allowed.length ? f.or(events('da', p.allowed)) : 'intet'}.`,
    en: (p, f) =>
      `"${events('en', [p.event])[0]}" does not fit the case's state now. Possible: ${p.allowed.length ? f.or(events('en', p.allowed)) : 'nothing'}.`,
  },
  'import.unreadableText': {
    sv: () => 'Filen kunde inte läsas som en tabell: ett citattecken avslutas aldrig. Spara den igen som CSV eller Excel.',
    da: () => 'Filen kunne ikke læses som en tabel: et anførselstegn afsluttes aldrig. Gem den igen som CSV eller Excel.',
    en: () => 'The file could not be read as a table: a quotation mark is never closed. Save it again as CSV or Excel.',
  },
  'import.tooLarge': {
    sv: () => 'Filen är för stor för att importeras (högst 50 000 rader och 100 MB uppackat). Dela upp den i mindre filer.',
    da: () => 'Filen er for stor til at blive importeret (højst 50.000 rækker og 100 MB udpakket). Del den op i mindre filer.',
    en: () => 'The file is too large to import (at most 50,000 rows and 100 MB unpacked). Split it into smaller files.',
  },
  'import.tooManyRows': {
    sv: () => 'Filen har fler än 50 000 rader. Dela upp den i mindre filer.',
    da: () => 'Filen har mere end 50.000 rækker. Del den op i mindre filer.',
    en: () => 'The file has more than 50,000 rows. Split it into smaller files.',
  },
  'import.tooManyColumns': {
    sv: () => 'En rad i filen har fler än 200 kolumner.',
    da: () => 'En række i filen har mere end 200 kolonner.',
    en: () => 'A row in the file has more than 200 columns.',
  },
  'import.cellTooLong': {
    sv: () => 'En cell i filen har mer än 100 000 tecken.',
    da: () => 'En celle i filen har mere end 100.000 tegn.',
    en: () => 'A cell in the file has more than 100,000 characters.',
  },
  'import.invalidFile': {
    sv: () => 'Filen ser ut som en Excel-fil men går inte att läsa. Spara den igen i Excel och försök på nytt.',
    da: () => 'Filen ligner en Excel-fil, men kan ikke læses. Gem den igen i Excel, og prøv igen.',
    en: () => 'The file looks like an Excel file but cannot be read. Save it again in Excel and try again.',
  },
  'document.unsupportedType': {
    sv: () => 'Den här filtypen kan inte läsas. Ladda upp en .txt-, .html-, .docx- eller .pdf-fil.',
    da: () => 'Denne filtype kan ikke læses. Upload en .txt-, .html-, .docx- eller .pdf-fil.',
    en: () => 'This type of file cannot be read. Upload a .txt, .html, .docx or .pdf file.',
  },
  'document.unreadable': {
    sv: () => 'Dokumentet går inte att läsa. Spara det igen (till exempel från Word) och försök på nytt.',
    da: () => 'Dokumentet kan ikke læses. Gem det igen (for eksempel fra Word), og prøv igen.',
    en: () => 'The document cannot be read. Save it again (for example from Word) and try again.',
  },
  'document.tooLarge': {
    sv: () => 'Dokumentet är för stort (högst 10 MB och 400 000 tecken text). Dela upp det i mindre delar.',
    da: () => 'Dokumentet er for stort (højst 10 MB og 400.000 tegn tekst). Del det op i mindre dele.',
    en: () => 'The document is too large (at most 10 MB and 400,000 characters of text). Split it into smaller parts.',
  },
  'document.noText': {
    sv: () => 'Dokumentet innehåller ingen text att läsa. En skannad PDF behöver först göras sökbar.',
    da: () => 'Dokumentet indeholder ingen tekst at læse. En scannet PDF skal først gøres søgbar.',
    en: () => 'The document holds no text to read. A scanned PDF must first be made searchable.',
  },
  'upload.tooLarge': {
    sv: (p, f) => `Filen är för stor (högst ${f.n(p.megabytes)} MB). Välj en mindre fil.`,
    da: (p, f) => `Filen er for stor (højst ${f.n(p.megabytes)} MB). Vælg en mindre fil.`,
    en: (p, f) => `The file is too large (at most ${f.n(p.megabytes)} MB). Choose a smaller file.`,
  },
  'documentDraft.notFound': {
    sv: () => 'Utkastet finns inte (längre).',
    da: () => 'Udkastet findes ikke (længere).',
    en: () => 'The draft does not exist (any more).',
  },
  'documentDraft.changed': {
    sv: () => 'Någon annan har ändrat utkastet. Ladda om det och gör din ändring igen.',
    da: () => 'En anden har ændret udkastet. Genindlæs det, og foretag din ændring igen.',
    en: () => 'Someone else changed the draft. Reload it and make your change again.',
  },
  'documentDraft.proposalNotFound': {
    sv: () => 'Utkastet har ingen sådan behandling.',
    da: () => 'Udkastet har ingen sådan behandling.',
    en: () => 'The draft has no such processing.',
  },
  'documentDraft.fieldNotFound': {
    sv: (p) => `Fältet ”${p.field}” finns inte i förslaget.`,
    da: (p) => `Feltet »${p.field}« findes ikke i forslaget.`,
    en: (p) => `The field "${p.field}" is not in the proposal.`,
  },
  'documentDraft.nameRequired': {
    sv: () => 'Behandlingen behöver ett namn. Godta eller redigera namnet innan du skickar den till granskning.',
    da: () => 'Behandlingen skal have et navn. Godkend eller ret navnet, før du sender den til gennemgang.',
    en: () => 'The processing needs a name. Accept or edit the name before sending it to review.',
  },
  'documentDraft.alreadySubmitted': {
    sv: () => 'Behandlingen är redan skickad till granskning. Ändringar görs nu där.',
    da: () => 'Behandlingen er allerede sendt til gennemgang. Ændringer foretages nu dér.',
    en: () => 'The processing has already been sent to review. Changes are made there now.',
  },
  'template.notAnObject': {
    sv: () => 'Posten är inget JSON-objekt och lästes inte.',
    da: () => 'Posten er ikke et JSON-objekt og blev ikke læst.',
    en: () => 'The item is not a JSON object and was not read.',
  },
  'template.nameMissing': {
    sv: () => 'Mallen saknar namn och lästes inte.',
    da: () => 'Skabelonen har intet navn og blev ikke læst.',
    en: () => 'The template has no name and was not read.',
  },
  'template.duplicateId': {
    sv: (p) => `En annan mall i filen har redan id ${p.id}; den här lästes inte.`,
    da: (p) => `En anden skabelon i filen har allerede id ${p.id}; denne blev ikke læst.`,
    en: (p) => `Another template in the file already has the id ${p.id}; this one was not read.`,
  },
  'template.unknownLegalBasisCode': {
    sv: (p) => `Den rättsliga grunden "${p.value}" är okänd och utelämnades.`,
    da: (p) => `Retsgrundlaget "${p.value}" er ukendt og blev udeladt.`,
    en: (p) => `The legal basis code "${p.value}" is unknown and was left out.`,
  },
  'template.invalidKleCode': {
    sv: (p) => `"${p.value}" är inget KLE-nummer och utelämnades.`,
    da: (p) => `"${p.value}" er ikke et KLE-nummer og blev udeladt.`,
    en: (p) => `"${p.value}" is not a KLE number and was left out.`,
  },
  'template.unreadableLegalBasis': {
    sv: (p) => `Ingen artikel eller lag kunde läsas ur den rättsliga grunden "${p.value}"; texten behölls.`,
    da: (p) => `Ingen artikel eller lov kunne læses ud af retsgrundlaget "${p.value}"; teksten blev bevaret.`,
    en: (p) => `No article or law could be read from the legal basis "${p.value}"; its text was kept.`,
  },
  'template.notText': {
    sv: () => 'Ett fält i mallen är inte text och utelämnades.',
    da: () => 'Et felt i skabelonen er ikke tekst og blev udeladt.',
    en: () => 'A field of the template is not text and was left out.',
  },
  'template.noHeader': {
    sv: () => 'Ingen rubrikrad hittades (till exempel "Behandling", "Ändamål", "Rättslig grund").',
    da: () => 'Ingen overskriftsrække fundet (for eksempel "Behandling", "Formål", "Retsgrundlag").',
    en: () => 'No header row found (for example "Processing", "Purpose", "Legal basis").',
  },
  'template.tooMany': {
    sv: (p, f) => `En mallsamling får innehålla högst ${f.n(p.max)} mallar.`,
    da: (p, f) => `En skabelonsamling må højst indeholde ${f.n(p.max)} skabeloner.`,
    en: (p, f) => `A template set may hold at most ${f.n(p.max)} templates.`,
  },
  'template.invalidJson': {
    sv: () => 'Filen är varken giltig JSON eller en Excel-fil.',
    da: () => 'Filen er hverken gyldig JSON eller en Excel-fil.',
    en: () => 'The file is neither valid JSON nor an Excel file.',
  },
  'template.fileRequired': { sv: () => 'Välj en mallfil.', da: () => 'Vælg en skabelonfil.', en: () => 'Choose a template file.' },
  'template.itemsRejected': {
    sv: (p, f) => `${f.n(p.count)} mallar kunde inte läsas; inget sparades.`,
    da: (p, f) => `${f.n(p.count)} skabeloner kunne ikke læses; intet blev gemt.`,
    en: (p, f) => `${f.n(p.count)} templates could not be read; nothing was saved.`,
  },
  'template.notFound': { sv: () => 'Mallen finns inte.', da: () => 'Skabelonen findes ikke.', en: () => 'The template does not exist.' },
  'template.setChanged': {
    sv: () => 'Någon annan laddade upp mallar samtidigt. Ladda om och försök igen.',
    da: () => 'En anden uploadede skabeloner samtidig. Genindlæs, og prøv igen.',
    en: () => 'Someone else uploaded templates at the same time. Reload and try again.',
  },
  'template.unitRequired': { sv: () => 'Välj en enhet.', da: () => 'Vælg en enhed.', en: () => 'Choose a unit.' },
  'template.selectionRequired': { sv: () => 'Välj minst en mall.', da: () => 'Vælg mindst én skabelon.', en: () => 'Choose at least one template.' },
  'template.nameTaken': {
    sv: (p) => `Enheten har redan en behandling som heter "${p.name}" och som inte skapades från mallen.`,
    da: (p) => `Enheden har allerede en behandling ved navn "${p.name}", som ikke blev oprettet fra skabelonen.`,
    en: (p) => `The unit already has a processing called "${p.name}" that was not created from the template.`,
  },
  'template.nothingToApply': {
    sv: () => 'Malluppdateringen ändrar inget som enheten inte själv har ändrat.',
    da: () => 'Skabelonopdateringen ændrer intet, som enheden ikke selv har ændret.',
    en: () => 'The template update changes nothing the unit has not changed itself.',
  },
  'template.notFromTemplate': {
    sv: () => 'Behandlingen skapades inte från en mall.',
    da: () => 'Behandlingen blev ikke oprettet fra en skabelon.',
    en: () => 'The processing was not created from a template.',
  },
  'import.fileRequired': { sv: () => 'Välj en registerfil.', da: () => 'Vælg en fortegnelsesfil.', en: () => 'Choose a register file.' },
  'import.noHeader': {
    sv: () => 'Ingen rubrikrad hittades (till exempel "Namn på behandling", "Ändamål", "Rättslig grund").',
    da: () => 'Ingen overskriftsrække fundet (for eksempel "Behandlingens navn", "Formål", "Retsgrundlag").',
    en: () => 'No header row found (columns such as "Name of processing", "Purpose", "Legal basis").',
  },
  'import.noProcessingName': {
    sv: () => 'Raden saknar namn på behandling och fortsätter ingen behandling ovanför.',
    da: () => 'Rækken mangler behandlingens navn og fortsætter ingen behandling ovenfor.',
    en: () => 'The row has no processing name and no processing above it to continue.',
  },
  'import.noUnit': {
    sv: () => 'Förvaltning saknas: ange den vid importen eller i en rubrikrad i filen.',
    da: () => 'Forvaltning mangler: angiv den ved importen eller i en titellinje i filen.',
    en: () => 'No organisation unit: give it with the import or in a title line of the file.',
  },
  'import.pendingReview': {
    sv: (p) => `"${p.name}" har en rapport eller ändring som väntar på granskning; besluta den innan raden importeras.`,
    da: (p) => `"${p.name}" har en indberetning eller ændring, der venter på gennemgang; afgør den, før rækken importeres.`,
    en: (p) => `"${p.name}" has a report or change awaiting review; decide it before importing this row.`,
  },
  'import.pendingReviewVersion': {
    sv: (p) => `"${p.name}" har en ändring (version ${p.version}) som väntar på granskning; besluta den innan raden importeras.`,
    da: (p) => `"${p.name}" har en ændring (version ${p.version}), der venter på gennemgang; afgør den, før rækken importeres.`,
    en: (p) => `"${p.name}" has a change (version ${p.version}) awaiting review; decide it before importing this row.`,
  },
  'import.rowsRejected': {
    sv: (p, f) => `${f.n(p.count)} rader kunde inte importeras; inget sparades.`,
    da: (p, f) => `${f.n(p.count)} rækker kunne ikke importeres; intet blev gemt.`,
    en: (p, f) => `${f.n(p.count)} rows could not be imported; nothing was written.`,
  },
  'import.changedDuringImport': {
    sv: (p) => `”${p.name}” ändrades under importen; inget importerades. Kör importen igen.`,
    da: (p) => `”${p.name}” blev ændret under importen; intet blev importeret. Kør importen igen.`,
    en: (p) => `“${p.name}” was changed during the import; nothing was imported. Run the import again.`,
  },
  'auth.tokenMissing': { sv: () => 'Du är inte inloggad.', da: () => 'Du er ikke logget ind.', en: () => 'You are not signed in.' },
  'auth.tokenInvalid': {
    sv: () => 'Inloggningen gick inte att kontrollera. Logga in igen.',
    da: () => 'Log-ind kunne ikke bekræftes. Log ind igen.',
    en: () => 'Your sign-in could not be verified. Sign in again.',
  },
  'auth.wrongIssuer': {
    sv: () => 'Inloggningen kommer från fel organisation. Logga in igen.',
    da: () => 'Log-ind kommer fra den forkerte organisation. Log ind igen.',
    en: () => 'The sign-in comes from the wrong organisation. Sign in again.',
  },
  'tenant.notConfigured': {
    sv: () => 'Er organisation är inte färdigkonfigurerad här (rollgrupper saknas). Kontakta er administratör.',
    da: () => 'Jeres organisation er ikke færdigkonfigureret her (rollegrupper mangler). Kontakt jeres administrator.',
    en: () => 'Your organisation is not fully set up here (role groups are missing). Contact your administrator.',
  },
  'auth.tenantNotAllowed': {
    sv: () => 'Din organisation får inte använda appen.',
    da: () => 'Din organisation må ikke bruge appen.',
    en: () => 'Your organisation is not allowed to use this app.',
  },
  'auth.scopeMissing': {
    sv: () => 'Appen saknar behörighet. Be din administratör om medgivande.',
    da: () => 'Appen mangler tilladelse. Bed din administrator om samtykke.',
    en: () => 'The app lacks permission. Ask your administrator to grant consent.',
  },
  'auth.consentRequired': {
    sv: () => 'Inloggningen kunde inte slutföras. Be din administratör om medgivande.',
    da: () => 'Log-ind kunne ikke gennemføres. Bed din administrator om samtykke.',
    en: () => 'The sign-in could not be completed. Ask your administrator to grant consent.',
  },
  'auth.unknownDemoUser': { sv: () => 'Okänd demoanvändare.', da: () => 'Ukendt demobruger.', en: () => 'Unknown demo user.' },
  'auth.localSignInUnavailable': {
    sv: () => 'Lokal inloggning är inte tillgänglig.',
    da: () => 'Lokalt log-ind er ikke tilgængeligt.',
    en: () => 'Local sign-in is not available.',
  },
  'auth.roleRequired': {
    sv: (p, f) => `Kräver rollen ${f.roles(p.roles)}.`,
    da: (p, f) => `Kræver rollen ${f.roles(p.roles)}.`,
    en: (p, f) => `Requires the role ${f.roles(p.roles)}.`,
  },
  'auth.keySetUnavailable': {
    sv: (p, f) => `Inloggningstjänsten svarar inte. Försök igen om ${f.n(p.retryAfterSeconds)} sekunder.`,
    da: (p, f) => `Log-ind-tjenesten svarer ikke. Prøv igen om ${f.n(p.retryAfterSeconds)} sekunder.`,
    en: (p, f) => `The sign-in service is not answering. Try again in ${f.n(p.retryAfterSeconds)} seconds.`,
  },
  'directory.busy': {
    sv: (p, f) => `Katalogtjänsten är upptagen. Försök igen om ${f.n(p.retryAfterSeconds)} sekunder.`,
    da: (p, f) => `Katalogtjenesten er optaget. Prøv igen om ${f.n(p.retryAfterSeconds)} sekunder.`,
    en: (p, f) => `The directory is busy. Try again in ${f.n(p.retryAfterSeconds)} seconds.`,
  },
  'store.unavailable': {
    sv: (p, f) => `Registret kan inte spara ändringar just nu; inget ändrades. Försök igen om ${f.n(p.retryAfterSeconds)} sekunder.`,
    da: (p, f) => `Registret kan ikke gemme ændringer lige nu; intet blev ændret. Prøv igen om ${f.n(p.retryAfterSeconds)} sekunder.`,
    en: (p, f) => `The register cannot save changes right now; nothing was changed. Try again in ${f.n(p.retryAfterSeconds)} seconds.`,
  },
  'bot.tokenMissing': { sv: () => 'Meddelandet saknar inloggning.', da: () => 'Beskeden mangler log-ind.', en: () => 'The message is not signed.' },
  'bot.tokenInvalid': {
    sv: () => 'Meddelandets inloggning är ogiltig.',
    da: () => 'Beskedens log-ind er ugyldigt.',
    en: () => 'The message signature is not valid.',
  },
  'chat.deadLetterNotFound': {
    sv: () => 'Meddelandet finns inte bland de olevererade. Det kan redan ha levererats.',
    da: () => 'Beskeden findes ikke blandt de ikke-leverede. Den kan allerede være leveret.',
    en: () => 'The message is not among the undeliverable ones. It may have been delivered already.',
  },
  'bot.noLocalChannel': {
    sv: () => 'Ingen chattkanal är ansluten lokalt; använd den lokala chatten.',
    da: () => 'Ingen chatkanal er tilsluttet lokalt; brug den lokale chat.',
    en: () => 'No chat channel is connected locally; use the local chat.',
  },
};

const GENERIC: Record<Language, string> = {
  sv: 'Något gick fel. Försök igen.',
  da: 'Noget gik galt. Prøv igen.',
  en: 'Something went wrong. Try again.',
};

function format(lang: Language): Format {
  // Swedish and Danish group digits from five digits on ("4000", "10 000"); English always ("4,000").
  const numbers = new Intl.NumberFormat(lang, { useGrouping: lang === 'en' ? 'always' : 'min2' });
  const list = (type: 'disjunction') => new Intl.ListFormat(lang, { type });
  return {
    n: (value) => numbers.format(value),
    or: (values) => list('disjunction').format(values),
    at: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
    },
    roles: (roles) => list('disjunction').format(roles.map((r) => ROLE_NAMES[lang][r] ?? r)),
  };
}

/**
 * The plain-language text of an error code. Params come from the server, so a code this build does not know
 * or params of the wrong shape give the generic text rather than "undefined".
 */
export function errorText(code: string, params: Record<string, unknown> | undefined, lang: Language): string {
  if (!isErrorCode(code)) return GENERIC[lang];
  try {
    const text = (TEXTS[code][lang] as Text<ErrorCode>)(params ?? {}, format(lang));
    return text.includes('undefined') || text.includes('NaN') ? GENERIC[lang] : text;
  } catch {
    return GENERIC[lang];
  }
}

export interface FieldErrorLike {
  field: string;
  code: string;
  params?: Record<string, unknown>;
}

/** The text of one field's error, to show beside that field. */
export function fieldErrorText(error: FieldErrorLike, lang: Language): string {
  return errorText(error.code, error.params, lang);
}

/** An API error as one line: the problem's text, then each field's ("receivedOn: The date cannot be in the future."). */
export function apiErrorText(error: { code: string; params: Record<string, unknown>; errors: FieldErrorLike[] }, lang: Language): string {
  return [
    errorText(error.code, error.params, lang),
    ...error.errors.map((f) => (!f.field || NAMES_ITS_FIELD.has(f.code) ? fieldErrorText(f, lang) : `${fieldName(lang, f.field)}: ${fieldErrorText(f, lang)}`)),
  ].join(' ');
}

/** For tests: the text of every code, in every language, with the params given. */
export function allErrorTexts(): typeof TEXTS {
  return TEXTS;
}
