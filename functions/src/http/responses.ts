import type { HttpResponseInit } from '@azure/functions';
import type { ErrorCode, ErrorParams } from '@prt/domain/errorCodes';
import type { FieldError } from '@prt/domain/validation';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponseInit {
  return { status, jsonBody: body, headers: { 'cache-control': 'no-store', ...headers } };
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** RFC 9457 problem details; `code` and `params` are what clients translate, `detail` is developer English. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  params: ErrorParams;
  errors?: { field: string; code: ErrorCode; params: ErrorParams; detail: string }[];
}

export interface ProblemInit<C extends ErrorCode> {
  status: number;
  title: string;
  code: C;
  params: ErrorParams<C>;
  detail: string;
  errors?: FieldError[];
  /** Extension members beside the standard ones, e.g. an import report. */
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export function problem<C extends ErrorCode>(init: ProblemInit<C>): HttpResponseInit {
  const body: ProblemBody & Record<string, unknown> = {
    ...init.extensions,
    type: problemType(init.code),
    title: init.title,
    status: init.status,
    detail: init.detail,
    code: init.code,
    params: init.params,
    ...(init.errors ? { errors: init.errors.map((e) => ({ field: e.field, code: e.code, params: e.params ?? {}, detail: e.message })) } : {}),
  };
  return json(init.status, body, { 'content-type': PROBLEM_CONTENT_TYPE, ...init.headers });
}

/** A stable URI per code; RFC 9457 lets it be a non-resolvable identifier. */
export function problemType(code: ErrorCode): string {
  return `urn:prt:problem:${code}`;
}
