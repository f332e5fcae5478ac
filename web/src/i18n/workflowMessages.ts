import type { MessageTable } from './language.js';

/** Texts of the report → review → revise loop: drafts, completeness, returned reports, roles, layout helpers. */
type Key =
  | 'draftKept'
  | 'errorSummary'
  | 'completenessTitle'
  | 'missingRequired'
  | 'missingRecommended'
  | 'completeAll'
  | 'commentLabel'
  | 'commentHelp'
  | 'pendingChange'
  | 'changesRequestedBanner'
  | 'fixAndResubmit'
  | 'resubmitted'
  | 'openReport'
  | 'reviewCount'
  | 'reviewFilter'
  | 'sortLabel'
  | 'sortOldest'
  | 'sortNewest'
  | 'sortName'
  | 'openFullRecord'
  | 'onlyDpoDecides'
  | 'revisionOf'
  | 'comparedWithReturned'
  | 'proposerComment'
  | 'showMore'
  | 'showLess'
  | 'skipToContent'
  | 'ownPendingHint'
  | 'fileNameRegister'
  | 'retire'
  | 'retireReason'
  | 'retireOn'
  | 'retireConfirm'
  | 'retiredBanner'
  | 'restore'
  | 'retiredDone'
  | 'restoredDone';

export const workflowMessages: MessageTable<Key> = {
  sv: {
    draftKept: 'Det du skriver sparas som utkast för dig i den här webbläsaren, även om du byter flik, tills du skickar det.',
    errorSummary: 'Rapporten skickades inte. Det gäller: {fields}.',
    completenessTitle: 'Fullständighet',
    missingRequired: 'Krävs innan det kan skickas: {fields}.',
    missingRecommended: 'Rekommenderas (dataskyddsombudet frågar efter det): {fields}.',
    completeAll: 'Allt som registret ska innehålla är ifyllt.',
    commentLabel: 'Kommentar till dataskyddsombudet',
    commentHelp: 'Berätta varför du föreslår ändringen.',
    pendingChange: 'En ändring väntar på granskning, föreslagen av {name} den {date}. Ett nytt förslag kan lämnas när den är beslutad.',
    changesRequestedBanner: 'Ändring begärd av {name} den {date}: {reason}',
    fixAndResubmit: 'Rätta och skicka igen',
    resubmitted: 'Tack! Den rättade rapporten är skickad till dataskyddsombudet.',
    openReport: 'Öppna rapporten: {name}',
    reviewCount: '{count} väntar på granskning',
    reviewFilter: 'Filtrera på namn, förvaltning eller rapportör',
    sortLabel: 'Sortera',
    sortOldest: 'Äldst först',
    sortNewest: 'Nyast först',
    sortName: 'Namn A–Ö',
    openFullRecord: 'Öppna hela posten',
    onlyDpoDecides: 'Bara dataskyddsombudet kan godkänna, avslå eller begära ändringar. Du kan läsa det som väntar.',
    revisionOf: 'Rättad efter att {name} skickade tillbaka version {version} den {date}: {reason}',
    comparedWithReturned: 'Ändringar jämfört med den tillbakaskickade versionen',
    proposerComment: 'Kommentar från {name}: {comment}',
    showMore: 'Visa mer',
    showLess: 'Visa mindre',
    skipToContent: 'Hoppa till innehållet',
    ownPendingHint:
      'Letar du efter något du själv har rapporterat? Det syns i registret när dataskyddsombudet har godkänt det. Fram till dess finns det under Rapportera → Mina rapporter.',
    fileNameRegister: 'behandlingsregister',
    retire: 'Avveckla',
    retireReason: 'Varför avvecklas behandlingen?',
    retireOn: 'Sista dag för behandlingen',
    retireConfirm: 'Avveckla behandlingen',
    retiredBanner: 'Avvecklad {date}: {reason}. Den syns inte i det publika registret men finns kvar med sin historik.',
    restore: 'Återställ till registret',
    retiredDone: 'Behandlingen är avvecklad.',
    restoredDone: 'Behandlingen är återställd till registret.',
  },
  da: {
    draftKept: 'Det, du skriver, gemmes som kladde til dig i denne browser, også hvis du skifter fane, indtil du sender det.',
    errorSummary: 'Indberetningen blev ikke sendt. Det gælder: {fields}.',
    completenessTitle: 'Fuldstændighed',
    missingRequired: 'Skal udfyldes, før det kan sendes: {fields}.',
    missingRecommended: 'Anbefales (databeskyttelsesrådgiveren spørger efter det): {fields}.',
    completeAll: 'Alt, hvad fortegnelsen skal indeholde, er udfyldt.',
    commentLabel: 'Kommentar til databeskyttelsesrådgiveren',
    commentHelp: 'Fortæl, hvorfor du foreslår ændringen.',
    pendingChange: 'En ændring afventer godkendelse, foreslået af {name} den {date}. Et nyt forslag kan gives, når den er afgjort.',
    changesRequestedBanner: 'Ændring ønsket af {name} den {date}: {reason}',
    fixAndResubmit: 'Ret og send igen',
    resubmitted: 'Tak! Den rettede indberetning er sendt til databeskyttelsesrådgiveren.',
    openReport: 'Åbn indberetningen: {name}',
    reviewCount: '{count} afventer godkendelse',
    reviewFilter: 'Filtrér på navn, forvaltning eller indberetter',
    sortLabel: 'Sortér',
    sortOldest: 'Ældste først',
    sortNewest: 'Nyeste først',
    sortName: 'Navn A–Å',
    openFullRecord: 'Åbn hele posten',
    onlyDpoDecides: 'Kun databeskyttelsesrådgiveren kan godkende, afvise eller bede om ændringer. Du kan læse det, der venter.',
    revisionOf: 'Rettet efter at {name} sendte version {version} tilbage den {date}: {reason}',
    comparedWithReturned: 'Ændringer i forhold til den tilbagesendte version',
    proposerComment: 'Kommentar fra {name}: {comment}',
    showMore: 'Vis mere',
    showLess: 'Vis mindre',
    skipToContent: 'Spring til indholdet',
    ownPendingHint:
      'Leder du efter noget, du selv har indberettet? Det vises i fortegnelsen, når databeskyttelsesrådgiveren har godkendt det. Indtil da finder du det under Indberet → Mine indberetninger.',
    fileNameRegister: 'fortegnelse',
    retire: 'Afvikl',
    retireReason: 'Hvorfor afvikles behandlingen?',
    retireOn: 'Sidste dag for behandlingen',
    retireConfirm: 'Afvikl behandlingen',
    retiredBanner: 'Afviklet {date}: {reason}. Den vises ikke i den offentlige fortegnelse, men findes stadig med sin historik.',
    restore: 'Genopret i fortegnelsen',
    retiredDone: 'Behandlingen er afviklet.',
    restoredDone: 'Behandlingen er genoprettet i fortegnelsen.',
  },
  en: {
    draftKept: 'What you type is kept as a draft for you in this browser, even if you switch tabs, until you send it.',
    errorSummary: 'The report was not sent. This concerns: {fields}.',
    completenessTitle: 'Completeness',
    missingRequired: 'Required before it can be sent: {fields}.',
    missingRecommended: 'Recommended (the data protection officer will ask for it): {fields}.',
    completeAll: 'Everything the register should hold is filled in.',
    commentLabel: 'Comment to the data protection officer',
    commentHelp: 'Say why you propose the change.',
    pendingChange: 'A change awaits review, proposed by {name} on {date}. A new proposal can be made once it is decided.',
    changesRequestedBanner: 'Changes requested by {name} on {date}: {reason}',
    fixAndResubmit: 'Correct and send again',
    resubmitted: 'Thank you! The corrected report has been sent to the data protection officer.',
    openReport: 'Open the report: {name}',
    reviewCount: '{count} awaiting review',
    reviewFilter: 'Filter by name, unit or reporter',
    sortLabel: 'Sort',
    sortOldest: 'Oldest first',
    sortNewest: 'Newest first',
    sortName: 'Name A–Z',
    openFullRecord: 'Open the full record',
    onlyDpoDecides: 'Only the data protection officer can approve, reject or request changes. You can read what is waiting.',
    revisionOf: 'Corrected after {name} returned version {version} on {date}: {reason}',
    comparedWithReturned: 'Changes compared with the version returned',
    proposerComment: 'Comment from {name}: {comment}',
    showMore: 'Show more',
    showLess: 'Show less',
    skipToContent: 'Skip to content',
    ownPendingHint:
      'Looking for something you reported yourself? It appears in the register once the data protection officer has approved it. Until then it is under Report → My reports.',
    fileNameRegister: 'processing-register',
    retire: 'Retire',
    retireReason: 'Why is the processing retired?',
    retireOn: 'Last day of the processing',
    retireConfirm: 'Retire the processing',
    retiredBanner: 'Retired on {date}: {reason}. It is not in the public register but is kept with its history.',
    restore: 'Restore to the register',
    retiredDone: 'The processing has been retired.',
    restoredDone: 'The processing is back in the register.',
  },
};
