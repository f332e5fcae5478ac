import { type ErrorCatalogue, type ErrorCode } from '@prt/domain/errorCodes';
import type { Language } from './language.js';
/** Formats params the way each language writes them: "4,000" in English, "4000" (and "10 000") in Swedish. */
interface Format {
    n(value: number): string;
    or(values: string[]): string;
    at(iso: string): string;
    roles(roles: string[]): string;
}
type Text<C extends ErrorCode> = (p: ErrorCatalogue[C], f: Format) => string;
type Texts = {
    [C in ErrorCode]: Record<Language, Text<C>>;
};
/**
 * Plain-language text for every error code the API answers with, in each language the tab speaks. The
 * mapped type makes a code without a translation a type error; a unit test checks none is empty.
 */
declare const TEXTS: Texts;
/**
 * The plain-language text of an error code. Params come from the server, so a code this build does not know
 * or params of the wrong shape give the generic text rather than "undefined".
 */
export declare function errorText(code: string, params: Record<string, unknown> | undefined, lang: Language): string;
export interface FieldErrorLike {
    field: string;
    code: string;
    params?: Record<string, unknown>;
}
/** The text of one field's error, to show beside that field. */
export declare function fieldErrorText(error: FieldErrorLike, lang: Language): string;
/** An API error as one line: the problem's text, then each field's ("receivedOn: The date cannot be in the future."). */
export declare function apiErrorText(error: {
    code: string;
    params: Record<string, unknown>;
    errors: FieldErrorLike[];
}, lang: Language): string;
/** For tests: the text of every code, in every language, with the params given. */
export declare function allErrorTexts(): typeof TEXTS;
export {};
