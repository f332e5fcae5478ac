import type { HttpResponseInit } from '@azure/functions';
import type { FieldError } from '@prt/domain/validation';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponseInit {
  return { status, jsonBody: body, headers: { 'cache-control': 'no-store', ...headers } };
}

export interface ProblemBody {
  error: string;
  message: string;
  fields?: FieldError[];
}

export function problem(status: number, error: string, message: string, fields?: FieldError[]): HttpResponseInit {
  const body: ProblemBody = fields ? { error, message, fields } : { error, message };
  return json(status, body);
}
