import type { MessageTable } from './language.js';

type Key =
  | 'navReport'
  | 'navMyReports'
  | 'reportTitle'
  | 'proposeTitle'
  | 'reportIntro'
  | 'fieldName'
  | 'helpName'
  | 'fieldUnit'
  | 'helpUnit'
  | 'fieldController'
  | 'helpController'
  | 'controllerExample'
  | 'fieldDpoContact'
  | 'helpDpoContact'
  | 'purposeN'
  | 'fieldPurpose'
  | 'helpPurpose'
  | 'fieldBasis'
  | 'helpBasis'
  | 'help.consent'
  | 'help.contract'
  | 'help.legalObligation'
  | 'help.vitalInterests'
  | 'help.publicTask'
  | 'help.legitimateInterests'
  | 'fieldNationalLaw'
  | 'helpNationalLaw'
  | 'fieldArticle9'
  | 'helpArticle9'
  | 'fieldArticle10'
  | 'fieldSubjects'
  | 'helpSubjects'
  | 'fieldCategories'
  | 'helpCategories'
  | 'categoryName'
  | 'categorySpecial'
  | 'addCategory'
  | 'removeCategory'
  | 'fieldRecipients'
  | 'helpRecipients'
  | 'fieldTransfers'
  | 'helpTransfers'
  | 'transferCountry'
  | 'transferSafeguard'
  | 'addTransfer'
  | 'removeTransfer'
  | 'safeguard.adequacy'
  | 'safeguard.dpf'
  | 'safeguard.scc'
  | 'safeguard.bcr'
  | 'safeguard.derogation'
  | 'safeguard.unspecified'
  | 'fieldRetention'
  | 'helpRetention'
  | 'fieldSources'
  | 'helpSources'
  | 'addPurpose'
  | 'removePurpose'
  | 'fieldSystems'
  | 'helpSystems'
  | 'fieldProcessors'
  | 'helpProcessors'
  | 'fieldSecurity'
  | 'helpSecurity'
  | 'fieldDpia'
  | 'submitReport'
  | 'submitProposal'
  | 'cancel'
  | 'required'
  | 'hasErrors'
  | 'reported'
  | 'proposed'
  | 'conflict'
  | 'reload'
  | 'myReportsEmpty'
  | 'state.pending'
  | 'state.approved'
  | 'state.rejected'
  | 'state.changesRequested'
  | 'proposeChange'
  | 'version'
  | 'submittedAt';

export const reportMessages: MessageTable<Key> = {
  sv: {
    navReport: 'Rapportera',
    navMyReports: 'Mina rapporter',
    reportTitle: 'Rapportera en ny behandling',
    proposeTitle: 'Föreslå ändring av "{name}"',
    reportIntro: 'Beskriv behandlingen så som den görs i verksamheten. Dataskyddsombudet granskar den innan den visas i registret.',
    fieldName: 'Namn på behandlingen',
    helpName: 'Ett kort namn som beskriver vad ni gör, t.ex. "Hantera rekrytering".',
    fieldUnit: 'Nämnd eller förvaltning',
    helpUnit: 'Den nämnd som är personuppgiftsansvarig, t.ex. "Kommunstyrelsen".',
    fieldController: 'Personuppgiftsansvarig organisation',
    helpController: 'Kommunen eller bolaget, t.ex. "{example}".',
    controllerExample: 'Exempelby kommun',
    fieldDpoContact: 'Kontakt till dataskyddsombudet',
    helpDpoContact: 'E-postadress eller telefon som de registrerade kan använda.',
    purposeN: 'Ändamål {n}',
    fieldPurpose: 'Varför behandlas uppgifterna?',
    helpPurpose: 'Beskriv ändamålet med vardagliga ord. Olika ändamål med olika rättslig grund läggs som egna ändamål.',
    fieldBasis: 'Rättslig grund (artikel 6.1)',
    helpBasis: 'Välj den eller de grunder som gör behandlingen laglig. De flesta kommunala uppgifter vilar på allmänt intresse eller rättslig förpliktelse.',
    'help.consent': 'Den registrerade har frivilligt sagt ja och kan ta tillbaka sitt samtycke.',
    'help.contract': 'Behövs för ett avtal med den registrerade, t.ex. ett anställningsavtal.',
    'help.legalObligation': 'En lag kräver att kommunen behandlar uppgifterna, t.ex. bokföringslagen.',
    'help.vitalInterests': 'Behövs för att skydda någons liv eller hälsa i en akut situation.',
    'help.publicTask': 'Behövs för en uppgift av allmänt intresse eller vid myndighetsutövning.',
    'help.legitimateInterests': 'Ett berättigat intresse väger tyngre än den registrerades intressen. Används sällan av myndigheter.',
    fieldNationalLaw: 'Lagstöd i svensk eller dansk rätt',
    helpNationalLaw: 'T.ex. "Socialtjänstlagen (2001:453)". Lämna tomt om det saknas.',
    fieldArticle9: 'Undantag för känsliga personuppgifter (artikel 9.2)',
    helpArticle9: 'Krävs när ändamålet omfattar känsliga personuppgifter, t.ex. hälsa eller facklig tillhörighet.',
    fieldArticle10: 'Uppgifter om lagöverträdelser (artikel 10)',
    fieldSubjects: 'Vilka personer gäller det?',
    helpSubjects: 'Kategorier av registrerade, separerade med kommatecken, t.ex. "Medarbetare, kandidater".',
    fieldCategories: 'Vilka personuppgifter?',
    helpCategories: 'En kategori per rad. Markera känsliga personuppgifter (hälsa, facklig tillhörighet, etniskt ursprung m.m.).',
    categoryName: 'Personuppgift',
    categorySpecial: 'Känslig',
    addCategory: 'Lägg till personuppgift',
    removeCategory: 'Ta bort',
    fieldRecipients: 'Vem lämnas uppgifterna ut till?',
    helpRecipients: 'Kategorier av mottagare, separerade med kommatecken, t.ex. "Skatteverket, personuppgiftsbiträde".',
    fieldTransfers: 'Överföring till land utanför EU/EES',
    helpTransfers: 'Ange land och vilken skyddsåtgärd som gäller, t.ex. USA med Data Privacy Framework.',
    transferCountry: 'Land',
    transferSafeguard: 'Skyddsåtgärd',
    addTransfer: 'Lägg till överföring',
    removeTransfer: 'Ta bort',
    'safeguard.adequacy': 'Beslut om adekvat skyddsnivå',
    'safeguard.dpf': 'Data Privacy Framework (USA)',
    'safeguard.scc': 'Standardavtalsklausuler',
    'safeguard.bcr': 'Bindande företagsbestämmelser',
    'safeguard.derogation': 'Undantag (artikel 49)',
    'safeguard.unspecified': 'Okänd',
    fieldRetention: 'Hur länge sparas uppgifterna?',
    helpRetention: 'Skriv som i gallringsbeslutet, t.ex. "Gallras 2 år efter avslutat ärende" eller "Bevaras".',
    fieldSources: 'Varifrån kommer uppgifterna?',
    helpSources: 'T.ex. "Den registrerade själv, Skatteverket".',
    addPurpose: 'Lägg till ändamål',
    removePurpose: 'Ta bort ändamålet',
    fieldSystems: 'IT-system',
    helpSystems: 'Skriv "Namn (typ)" separerade med semikolon, t.ex. "Heroma (HR-system); W3D3 (ärendehantering)".',
    fieldProcessors: 'Personuppgiftsbiträden',
    helpProcessors: 'Leverantörer som behandlar uppgifterna åt kommunen, separerade med kommatecken.',
    fieldSecurity: 'Säkerhetsåtgärder',
    helpSecurity: 'T.ex. "Behörighetsstyrning, loggning, kryptering", separerade med kommatecken.',
    fieldDpia: 'En konsekvensbedömning (DPIA) krävs',
    submitReport: 'Skicka till dataskyddsombudet',
    submitProposal: 'Skicka ändringsförslaget',
    cancel: 'Avbryt',
    required: 'Måste fyllas i.',
    hasErrors: 'Rätta de markerade fälten och skicka igen.',
    reported: 'Tack! Behandlingen är skickad till dataskyddsombudet för granskning.',
    proposed: 'Tack! Ändringsförslaget är skickat till dataskyddsombudet.',
    conflict: 'Någon annan har ändrat behandlingen medan du skrev. Ladda om den och gör din ändring igen.',
    reload: 'Ladda om',
    myReportsEmpty: 'Du har inte rapporterat något ännu.',
    'state.pending': 'Väntar på granskning',
    'state.approved': 'Godkänd',
    'state.rejected': 'Avslagen',
    'state.changesRequested': 'Ändring begärd',
    proposeChange: 'Föreslå ändring',
    version: 'Version',
    submittedAt: 'Skickad',
  },
  da: {
    navReport: 'Indberet',
    navMyReports: 'Mine indberetninger',
    reportTitle: 'Indberet en ny behandling',
    proposeTitle: 'Foreslå ændring af "{name}"',
    reportIntro: 'Beskriv behandlingen, som den foregår i praksis. Databeskyttelsesrådgiveren gennemgår den, før den vises i fortegnelsen.',
    fieldName: 'Navn på behandlingen',
    helpName: 'Et kort navn, der beskriver, hvad I gør, f.eks. "Rekruttering".',
    fieldUnit: 'Udvalg eller forvaltning',
    helpUnit: 'Den enhed, der er dataansvarlig, f.eks. "Magistraten".',
    fieldController: 'Dataansvarlig organisation',
    helpController: 'Kommunen eller selskabet, f.eks. "{example}".',
    controllerExample: 'Eksempelby Kommune',
    fieldDpoContact: 'Kontakt til databeskyttelsesrådgiveren',
    helpDpoContact: 'E-mailadresse eller telefon, som de registrerede kan bruge.',
    purposeN: 'Formål {n}',
    fieldPurpose: 'Hvorfor behandles oplysningerne?',
    helpPurpose: 'Beskriv formålet i almindelige ord. Formål med forskelligt retsgrundlag oprettes hver for sig.',
    fieldBasis: 'Retsgrundlag (artikel 6, stk. 1)',
    helpBasis: 'Vælg det eller de grundlag, der gør behandlingen lovlig. De fleste kommunale opgaver hviler på myndighedsudøvelse eller retlig forpligtelse.',
    'help.consent': 'Den registrerede har frivilligt sagt ja og kan trække samtykket tilbage.',
    'help.contract': 'Nødvendigt for en kontrakt med den registrerede, f.eks. en ansættelseskontrakt.',
    'help.legalObligation': 'En lov kræver, at kommunen behandler oplysningerne, f.eks. bogføringsloven.',
    'help.vitalInterests': 'Nødvendigt for at beskytte nogens liv eller helbred i en akut situation.',
    'help.publicTask': 'Nødvendigt for en opgave i samfundets interesse eller ved myndighedsudøvelse.',
    'help.legitimateInterests': 'En legitim interesse vejer tungere end den registreredes. Bruges sjældent af myndigheder.',
    fieldNationalLaw: 'Hjemmel i dansk eller svensk ret',
    helpNationalLaw: 'F.eks. "Serviceloven § 81". Lad feltet stå tomt, hvis der ikke er nogen.',
    fieldArticle9: 'Undtagelse for følsomme oplysninger (artikel 9, stk. 2)',
    helpArticle9: 'Påkrævet, når formålet omfatter følsomme oplysninger, f.eks. helbred eller fagforeningsforhold.',
    fieldArticle10: 'Oplysninger om strafbare forhold (artikel 10)',
    fieldSubjects: 'Hvilke personer drejer det sig om?',
    helpSubjects: 'Kategorier af registrerede adskilt med komma, f.eks. "Medarbejdere, ansøgere".',
    fieldCategories: 'Hvilke personoplysninger?',
    helpCategories: 'Én kategori pr. linje. Markér følsomme oplysninger (helbred, fagforeningsforhold, etnisk oprindelse m.v.).',
    categoryName: 'Personoplysning',
    categorySpecial: 'Følsom',
    addCategory: 'Tilføj personoplysning',
    removeCategory: 'Fjern',
    fieldRecipients: 'Hvem videregives oplysningerne til?',
    helpRecipients: 'Kategorier af modtagere adskilt med komma, f.eks. "Skattestyrelsen, databehandler".',
    fieldTransfers: 'Overførsel til land uden for EU/EØS',
    helpTransfers: 'Angiv land og den garanti, der gælder, f.eks. USA med Data Privacy Framework.',
    transferCountry: 'Land',
    transferSafeguard: 'Garanti',
    addTransfer: 'Tilføj overførsel',
    removeTransfer: 'Fjern',
    'safeguard.adequacy': 'Tilstrækkelighedsafgørelse',
    'safeguard.dpf': 'Data Privacy Framework (USA)',
    'safeguard.scc': 'Standardkontraktbestemmelser',
    'safeguard.bcr': 'Bindende virksomhedsregler',
    'safeguard.derogation': 'Undtagelse (artikel 49)',
    'safeguard.unspecified': 'Ukendt',
    fieldRetention: 'Hvor længe opbevares oplysningerne?',
    helpRetention: 'Skriv som i slettepolitikken, f.eks. "Slettes 5 år efter sagens afslutning".',
    fieldSources: 'Hvor kommer oplysningerne fra?',
    helpSources: 'F.eks. "Den registrerede selv, CPR-registret".',
    addPurpose: 'Tilføj formål',
    removePurpose: 'Fjern formålet',
    fieldSystems: 'IT-systemer',
    helpSystems: 'Skriv "Navn (type)" adskilt med semikolon, f.eks. "Silkeborg Data (lønsystem); SBSYS (ESDH)".',
    fieldProcessors: 'Databehandlere',
    helpProcessors: 'Leverandører, der behandler oplysningerne på kommunens vegne, adskilt med komma.',
    fieldSecurity: 'Sikkerhedsforanstaltninger',
    helpSecurity: 'F.eks. "Adgangsstyring, logning, kryptering", adskilt med komma.',
    fieldDpia: 'Der kræves en konsekvensanalyse (DPIA)',
    submitReport: 'Send til databeskyttelsesrådgiveren',
    submitProposal: 'Send ændringsforslaget',
    cancel: 'Annuller',
    required: 'Skal udfyldes.',
    hasErrors: 'Ret de markerede felter, og send igen.',
    reported: 'Tak! Behandlingen er sendt til databeskyttelsesrådgiveren.',
    proposed: 'Tak! Ændringsforslaget er sendt til databeskyttelsesrådgiveren.',
    conflict: 'En anden har ændret behandlingen, mens du skrev. Indlæs den igen, og lav din ændring igen.',
    reload: 'Indlæs igen',
    myReportsEmpty: 'Du har ikke indberettet noget endnu.',
    'state.pending': 'Afventer godkendelse',
    'state.approved': 'Godkendt',
    'state.rejected': 'Afvist',
    'state.changesRequested': 'Ændring anmodet',
    proposeChange: 'Foreslå ændring',
    version: 'Version',
    submittedAt: 'Indsendt',
  },
  en: {
    navReport: 'Report',
    navMyReports: 'My reports',
    reportTitle: 'Report a new processing',
    proposeTitle: 'Propose a change to "{name}"',
    reportIntro: 'Describe the processing as it is done in practice. The data protection officer reviews it before it shows in the register.',
    fieldName: 'Name of the processing',
    helpName: 'A short name for what you do, e.g. "Recruitment".',
    fieldUnit: 'Committee or administration',
    helpUnit: 'The committee that is controller, e.g. "Municipal Executive Board".',
    fieldController: 'Controller organisation',
    helpController: 'The municipality or company, e.g. "{example}".',
    controllerExample: 'Example Municipality',
    fieldDpoContact: 'Contact of the data protection officer',
    helpDpoContact: 'E-mail address or phone number data subjects can use.',
    purposeN: 'Purpose {n}',
    fieldPurpose: 'Why is the data processed?',
    helpPurpose: 'Describe the purpose in plain words. Purposes with different legal bases are entered separately.',
    fieldBasis: 'Legal basis (Art. 6(1))',
    helpBasis: 'Choose the basis or bases that make the processing lawful. Most municipal tasks rest on public task or legal obligation.',
    'help.consent': 'The data subject freely said yes and can withdraw consent.',
    'help.contract': 'Needed for a contract with the data subject, e.g. an employment contract.',
    'help.legalObligation': 'A law requires the municipality to process the data, e.g. bookkeeping law.',
    'help.vitalInterests': "Needed to protect someone's life or health in an emergency.",
    'help.publicTask': 'Needed for a task in the public interest or in the exercise of official authority.',
    'help.legitimateInterests': "A legitimate interest outweighs the data subject's interests. Rarely used by public authorities.",
    fieldNationalLaw: 'Basis in national law',
    helpNationalLaw: 'E.g. "Social Services Act (2001:453)". Leave empty if none.',
    fieldArticle9: 'Condition for special categories (Art. 9(2))',
    helpArticle9: 'Required when the purpose involves special categories, e.g. health or trade-union membership.',
    fieldArticle10: 'Data on criminal offences (Art. 10)',
    fieldSubjects: 'Whom does it concern?',
    helpSubjects: 'Categories of data subjects, separated by commas, e.g. "Employees, candidates".',
    fieldCategories: 'Which personal data?',
    helpCategories: 'One category per line. Mark special categories (health, trade-union membership, ethnic origin and so on).',
    categoryName: 'Personal data',
    categorySpecial: 'Special',
    addCategory: 'Add personal data',
    removeCategory: 'Remove',
    fieldRecipients: 'Who receives the data?',
    helpRecipients: 'Categories of recipients, separated by commas, e.g. "Tax Agency, processor".',
    fieldTransfers: 'Transfer outside the EU/EEA',
    helpTransfers: 'Give the country and the safeguard, e.g. USA under the Data Privacy Framework.',
    transferCountry: 'Country',
    transferSafeguard: 'Safeguard',
    addTransfer: 'Add transfer',
    removeTransfer: 'Remove',
    'safeguard.adequacy': 'Adequacy decision',
    'safeguard.dpf': 'Data Privacy Framework (USA)',
    'safeguard.scc': 'Standard contractual clauses',
    'safeguard.bcr': 'Binding corporate rules',
    'safeguard.derogation': 'Derogation (Art. 49)',
    'safeguard.unspecified': 'Unknown',
    fieldRetention: 'How long is the data kept?',
    helpRetention: 'Write it as in the retention schedule, e.g. "Deleted 2 years after the case is closed" or "Kept permanently".',
    fieldSources: 'Where does the data come from?',
    helpSources: 'E.g. "The data subject, the Tax Agency".',
    addPurpose: 'Add purpose',
    removePurpose: 'Remove this purpose',
    fieldSystems: 'IT systems',
    helpSystems: 'Write "Name (kind)" separated by semicolons, e.g. "Heroma (HR system); W3D3 (case management)".',
    fieldProcessors: 'Processors',
    helpProcessors: 'Suppliers processing the data on behalf of the municipality, separated by commas.',
    fieldSecurity: 'Security measures',
    helpSecurity: 'E.g. "Access control, logging, encryption", separated by commas.',
    fieldDpia: 'A data protection impact assessment (DPIA) is required',
    submitReport: 'Send to the data protection officer',
    submitProposal: 'Send the proposed change',
    cancel: 'Cancel',
    required: 'Required.',
    hasErrors: 'Correct the marked fields and send again.',
    reported: 'Thank you! The processing was sent to the data protection officer for review.',
    proposed: 'Thank you! The proposed change was sent to the data protection officer.',
    conflict: 'Someone else changed the processing while you were editing. Reload it and make your change again.',
    reload: 'Reload',
    myReportsEmpty: 'You have not reported anything yet.',
    'state.pending': 'Awaiting review',
    'state.approved': 'Approved',
    'state.rejected': 'Rejected',
    'state.changesRequested': 'Changes requested',
    proposeChange: 'Propose change',
    version: 'Version',
    submittedAt: 'Submitted',
  },
};
