import { words } from './terms.js';

/**
 * Words that carry no meaning in a lookup ("hur", "vi", "the") are dropped from a query with other words in it.
 * Question words and everyday words are also never typo-corrected: "kaffe" one letter from a register word is a
 * different word, not a misspelling.
 */
const STOP = `
och att det som en på är av för med till den har de inte om ett han men var jag vi ska kan så eller hur vad vilka vilken
vilket var när där här man alla också från mina min mitt vår våra vårt er ni du dig din sig sin sitt sina detta dessa denna
får fått hos efter under över mot utan vid mellan bara då sedan ju nu även än hon hans hennes deras dem oss mig någon några
något ingen inga inget mycket mer mest görs gör göra gjort används använda använder blir bli vara varit finns behöver
hantera hanterar hanteras hanterade administrera administrerar handlägga handlägger registrera registrerar genomföra utföra sparas sparar spara lagras lagrar lagra behandlar behandlas behandla ifall
og at det som en på er af for med til den har de ikke om et han men var jeg vi skal kan så eller hvordan hvad hvilke hvilken
hvornår hvor her man alle også fra min mit mine vores jer du dig din sig sin sit sine dette disse denne får fået hos efter
under over mod uden ved mellem bare da siden nu end hun hans hendes deres dem os mig nogen noget ingen meget mere mest gør
gøre gjort bruger bruges bliver blive være været findes skal behøver håndtere håndterer håndteres administrere behandle registrere behandler behandles gemmer gemmes
the a an and or of to in on for with by at from is are was were be been do does did how what which who where when why we our
us you your they their them it its this that these those can could should would will shall may might must there here about
into over under after before not no yes any all some more most handle handled handles handling store stored stores keep kept
manage managed process processed processes processing
`;

/** Everyday words seen in staff queries that are not register words and must not be bent into one. */
const EVERYDAY = `
kaffe kaka bord stol bil hund katt fisk mat lunch fika möte rum dörr fönster vatten glass musik fotboll sol regn snö vinter
sommar hej tack bra dålig stor liten ny gammal dag vecka månad år tid idag imorgon igår hem hus väg stad land folk arbete jobb
kaffe kage bord stol bil hund kat fisk mad frokost møde rum dør vindue vand is musik fodbold sol regn sne vinter sommer hej tak
god dårlig stor lille ny gammel dag uge måned tid idag hjem hus vej by land folk arbejde job
coffee cake table chair car dog cat fish food lunch meeting room door window water music football sun rain snow winter summer
hello thanks good bad big small new old day week month year time today home house road city country people work job lamp
banana pizza guitar piano holiday party
`;

const fold = (text: string) => new Set(text.split(/\s+/).flatMap((w) => words(w)));

export const STOP_WORDS: ReadonlySet<string> = fold(STOP);
export const EVERYDAY_WORDS: ReadonlySet<string> = fold(EVERYDAY);

/** True when a query word must not be typo-corrected. */
export function isCommonWord(word: string): boolean {
  return STOP_WORDS.has(word) || EVERYDAY_WORDS.has(word);
}

/**
 * Heads of compounds that name a kind of document or step rather than a subject: in "rekryteringsprocess" or
 * "kommunikationsplan" the modifier says what it is about, so a split ranks the modifier above such a head.
 */
const GENERIC = `
process processer plan planer rutin rutiner ärende ärenden hantering lista listor mall mallar blankett blanketter
underlag dokument policy handling handlingar fråga frågor arbete uppgift uppgifter
proces processer plan planer rutine rutiner sag sager håndtering liste lister skabelon blanket dokument politik
process processes plan plans routine case cases handling list template form document policy
`;

export const GENERIC_HEADS: ReadonlySet<string> = fold(GENERIC);
