/**
 * Services built on first use. Azure registers functions synchronously at module load, while its services
 * (Cosmos, Graph) are built asynchronously; the entry point creates one of these and hands it to the route
 * and timer factories, so nothing is looked up from a module-global locator.
 */
export class LazyServices<S> {
  private current: Promise<S> | undefined;

  constructor(private readonly build: () => Promise<S>) {}

  get(): Promise<S> {
    this.current ??= this.build().catch((error: unknown) => {
      // A failed start (e.g. Cosmos unreachable) must not be cached for the life of the worker.
      this.current = undefined;
      throw error;
    });
    return this.current;
  }
}

/** What a route or timer factory is given: the services themselves, or a holder that builds them on first use. */
export type ServicesSource<S> = S | LazyServices<S>;

export function resolveServices<S>(source: ServicesSource<S>): Promise<S> {
  return source instanceof LazyServices ? source.get() : Promise.resolve(source);
}
