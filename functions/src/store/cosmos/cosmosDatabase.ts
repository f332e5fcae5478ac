import type { Container, CosmosClient } from '@azure/cosmos';
import { CONTAINERS, type ContainerName } from '../containers.js';

export type Containers = Record<ContainerName, Container>;

/**
 * Creates the database and containers when missing. In Azure infra/ creates them too; doing it here as
 * well keeps the embedded store and a fresh account working without a separate provisioning step.
 */
export async function openContainers(client: CosmosClient, databaseId: string): Promise<Containers> {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  const entries = await Promise.all(
    (Object.keys(CONTAINERS) as ContainerName[]).map(async (name) => {
      const spec = CONTAINERS[name];
      const { container } = await database.containers.createIfNotExists({
        id: spec.id,
        partitionKey: { paths: [spec.partitionKeyPath] },
      });
      return [name, container] as const;
    }),
  );
  return Object.fromEntries(entries) as Containers;
}
