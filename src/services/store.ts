import Keyv from 'keyv';
import { KeyvCollection } from './store/keyvCollection.ts';
import { soleOwner } from './store/lease.ts';
import { openSqlite } from './store/sqlite.ts';
import { collectionNames, StoreError, type CollectionName, type Store } from './store/types.ts';
import { storeKind } from './store/url.ts';

export { collectionNames, StoreError };
export { describeScope, NotOwnerError, OWNER_EXIT, StoreInUseError } from './store/lease.ts';
export type { Collection, CollectionName, LeaseOptions, LeaseScope, OwnerLease, Store, StoreBackend } from './store/types.ts';

/**
 * Opens the store named by DATABASE_URL:
 * - `sqlite://path/to/file.sqlite` (the default, a file next to the bot; one process),
 * - `postgres://…` or `postgresql://…` (@keyv/postgres) and `redis://…` (@keyv/redis), which
 *   several processes can share,
 * - `memory://` (tests, throw-away runs).
 * Every kind gives the same collections. Opening includes a write, so a read-only disk, a bad path,
 * a wrong password or a server that is down fails here, at start, not on the first member's command.
 * No error names the URL's password.
 */
export async function openStore(databaseUrl: string): Promise<Store> {
  switch (storeKind(databaseUrl)) {
    case 'memory':
      return openMemory();
    case 'sqlite':
      return openSqlite(databaseUrl);
    case 'postgres':
      // Postgres and Redis drivers load only when used: a SQLite bot does not carry them.
      return (await import('./store/postgres.ts')).openPostgres(databaseUrl);
    case 'redis':
      return (await import('./store/redis.ts')).openRedis(databaseUrl);
    default:
      throw new StoreError(
        `DATABASE_URL must start with sqlite:// (for example sqlite://data/bot.sqlite), postgres://, postgresql:// or redis://, or be memory://; got a URL starting with "${databaseUrl.split(':')[0]}"`,
      );
  }
}

function openMemory(): Store {
  const collections = new Map<string, Keyv>();
  return {
    description: 'memory',
    shared: false,
    backend: { kind: 'memory' },
    collection<T>(name: CollectionName) {
      let keyv = collections.get(name);
      if (!keyv) {
        keyv = new Keyv({ namespace: name, throwOnErrors: true });
        collections.set(name, keyv);
      }
      return new KeyvCollection<T>(keyv as Keyv<T>, name);
    },
    lease: soleOwner,
    async close() {},
  };
}
