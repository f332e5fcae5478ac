/**
 * Short documents the project wrote itself, one per language, in the shapes municipalities publish: a Swedish
 * notice with question headings, a Danish handbook section with "Formål"/"Retsgrundlag" labels and a "-" list, an
 * English notice. Between them they use every citation style the reader must understand. Fictional organisations.
 */

export const SWEDISH_NOTICE = `Behandling av personuppgifter i Exempelby kommun

Parkeringstillstånd

När du ansöker om parkeringstillstånd för rörelsehindrade behandlar vi personuppgifter om dig.

Vilka uppgifter behandlar vi om dig?

Vi behandlar namn, personnummer, adress och uppgifter om hälsa (läkarintyg). Vi hämtar din adress från Skatteverkets folkbokföringsregister.

Syftet med behandlingen

Syftet är att pröva din ansökan om parkeringstillstånd.

Rättslig grund

Behandlingen är nödvändig för att utföra en uppgift av allmänt intresse och som ett led i myndighetsutövning (artikel 6.1 e dataskyddsförordningen och 2 kap. 2 § dataskyddslagen). Uppgifter om hälsa behandlas med stöd av art. 9.2 g och 3 kap. 3 § lagen (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning. Handlingarna är allmänna enligt offentlighets- och sekretesslagen (2009:400).

Vilka delar vi dina uppgifter med?

Uppgifterna lämnas ut till Transportstyrelsen och Polismyndigheten.

Hur länge sparar vi uppgifterna?

Ansökan gallras två år efter att ärendet avslutats. Beslutet bevaras.

Ekonomiskt bistånd

Vilka uppgifter behandlar vi om dig?

Vi behandlar uppgifter om inkomster, bankkontonummer och hälsa.

Rättslig grund

Behandlingen stöds av art. 6.1 c och e samt artikel 9.2 h. Personuppgifter om lagöverträdelser behandlas enligt artikel 10.

Dina rättigheter

Du har rätt att begära rättelse.
`;

export const DANISH_HANDBOOK = `Håndbog om personoplysninger i Eksempel Kommune
Under ansættelsen
Formål med behandling af oplysninger
Formålet er personaleadministration, herunder udbetaling af løn til medarbejdere.
Retsgrundlag for behandlingen
Oplysningerne behandles med hjemmel i:
- Databeskyttelseslovens § 8, § 11, stk. 1 og § 12
- artikel 6, stk. 1, litra b og c
- artikel 9, stk. 2, litra b, jf. databeskyttelsesloven § 7, stk. 2
- artikel 9, stk. 2, litra f, jf. artikel 6, stk. 1, litra e
- Databeskyttelsesforordningens artikel 10
- Forvaltningsloven § 29
- Whistleblowerloven § 22
Sygefravær
Oplysninger om sygefravær behandles med det formål at følge op på fraværet. Oplysningerne videregives til Udbetaling Danmark og medarbejderens hjemkommune.
Oplysningerne behandles efter art. 9, stk. 2, litra b og § 12, stk. 1 i databeskyttelsesloven samt databeskyttelseslovens § 11.
Personalemappen opbevares i 5 år efter ansættelsens ophør, jf. arkivloven.
Whistleblowerordningen
Formålet er at undersøge indberetninger om alvorlige forhold. Oplysningerne behandles efter whistleblowerlovens § 22 og databeskyttelsesforordningens art. 6, stk. 1, lit. e, art. 10 og databeskyttelseslovens § 7, stk. 4.
Oplysningerne slettes senest 45 dage efter sagens afslutning.
`;

export const ENGLISH_NOTICE = `Privacy notice: school transport

School transport

We arrange transport to school for pupils who live far from their school.

What data do we process?

We process the name, address and school of each pupil, and health data where a pupil needs adapted transport.

Legal basis

We process the data under Article 6(1)(e) GDPR, and health data under Art. 9(2)(h) and Article 9(2)(g), with Chapter 2, Section 2 of the Data Protection Act (2018:218). Where the transport contractor is told of an offence, Article 10 applies.

Who do we share your data with?

The data is shared with the transport contractor and the Regional Transport Authority.

How long do we keep it?

The data is deleted 3 years after the end of the school year.
`;
