/** A dependency of sign-in (Entra's key set, Graph) is busy or unreachable: the caller gets 503 with Retry-After. */
export class ServiceUnavailableError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('the directory is busy; try again shortly');
    this.name = 'ServiceUnavailableError';
  }
}
