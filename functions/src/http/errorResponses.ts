import type { HttpResponseInit, InvocationContext } from '@azure/functions';
import { PayloadTooLargeError } from './requestBody.js';
import { isStoreUnavailable } from '../store/cosmos/cosmosErrors.js';
import { problem } from './responses.js';

/**
 * One place that decides the status code of every error. Unexpected errors are logged by class and
 * invocation id only: messages from SDKs can contain request bodies, i.e. personal data.
 */
export function errorResponse(error: unknown, context: InvocationContext): HttpResponseInit {
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : 'unexpected error';
  switch (name) {
    case 'ValidationError':
      return problem(400, 'invalid_request', 'The request has invalid fields.', (error as { errors: [] }).errors);
    case 'UnauthorizedError':
      return withHeaders(problem(401, 'unauthorized', message), { 'www-authenticate': 'Bearer' });
    case 'ServiceUnavailableError':
      return withHeaders(problem(503, 'service_unavailable', message), { 'retry-after': String((error as { retryAfterSeconds?: number }).retryAfterSeconds ?? 5) });
    case 'ForbiddenError':
      return problem(403, 'forbidden', message);
    case 'NotFoundError':
      return problem(404, 'not_found', message);
    case 'ConflictError':
      return problem(409, 'conflict', message);
    case 'PreconditionFailedError':
      return problem(412, 'precondition_failed', message);
    case 'PreconditionRequiredError':
      return problem(428, 'precondition_required', message);
    default:
      if (error instanceof PayloadTooLargeError) return problem(413, 'payload_too_large', message);
      if (isStoreUnavailable(error)) return withHeaders(problem(503, 'store.unavailable', 'The register store cannot save changes right now; nothing was changed. Try again later.'), { 'retry-after': '30' });
      context.error(`unhandled ${name} in ${context.functionName} (invocation ${context.invocationId})`);
      return problem(500, 'internal_error', `Something went wrong. Reference: ${context.invocationId}`);
  }
}

function withHeaders(response: HttpResponseInit, headers: Record<string, string>): HttpResponseInit {
  return { ...response, headers: { ...(response.headers as Record<string, string>), ...headers } };
}
