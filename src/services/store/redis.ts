import Keyv from 'keyv';
import KeyvRedis, { createClient, type RedisClientType } from '@keyv/redis';
import { KeyvCollection, quiet } from './keyvCollection.ts';
import { DEFAULT_LEASE, Fence, LeaseKeeper } from './lease.ts';
import { OWNERS_KEY, OWNS, RedisLease } from './redisLease.ts';
import { collectionNames, StoreError, type CollectionName, type Store } from './types.ts';
import { redactUrl, scrub } from './url.ts';

// Once a lease is held, a write is one script: it lands only while the lease (redisLease.ts) is
// still this process's token and unexpired by the server's clock.
const FENCED_SET = `${OWNS}
if ARGV[3] ~= '' then redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3]) else redis.call('SET', KEYS[2], ARGV[2]) end
return 1
`;
const FENCED_DELETE = `${OWNS}
return 1 + redis.call('DEL', KEYS[2])
`;

class FencedKeyvRedis extends KeyvRedis<unknown> {
  readonly #redis: RedisClientType;
  readonly #fence: Fence;
  constructor(client: RedisClientType, options: ConstructorParameters<typeof KeyvRedis>[1], fence: Fence) {
    super(client, options);
    this.#redis = client;
    this.#fence = fence;
  }
  override async set(key: string, value: string, ttl?: number): Promise<void> {
    const token = this.#fence.token;
    if (token === undefined) return super.set(key, value, ttl);
    const keys = [OWNERS_KEY, this.createKeyPrefix(key, this.namespace)];
    const reply = await this.#redis.eval(FENCED_SET, { keys, arguments: [token, value, ttl ? String(ttl) : ''] });
    if (Number(reply) !== 1) throw this.#fence.refused();
  }
  /**
   * @keyv/redis reads a page of keys (SCAN) and then their values (MGET): a record deleted in
   * between (by another process, or by this one) comes back as null, which Keyv cannot read and
   * fails the whole listing on. It is simply gone: skip it.
   */
  override async *iterator<U = unknown>(namespace?: string): AsyncGenerator<[string, U | undefined], void, unknown> {
    for await (const [key, value] of super.iterator<U>(namespace)) {
      if (value !== undefined && value !== null) yield [key, value];
    }
  }

  override async delete(key: string): Promise<boolean> {
    const token = this.#fence.token;
    if (token === undefined) return super.delete(key);
    const keys = [OWNERS_KEY, this.createKeyPrefix(key, this.namespace)];
    const reply = Number(await this.#redis.eval(FENCED_DELETE, { keys, arguments: [token] }));
    if (reply === 0) throw this.#fence.refused();
    return reply > 1;
  }
}

/**
 * `redis://[:password@]host:6379[/db]`: shared by every process of the bot. Money lives here, so
 * the Redis server must persist (appendonly yes); see the README.
 */
export async function openRedis(databaseUrl: string): Promise<Store> {
  const where = redactUrl(databaseUrl);
  const fail = (what: string, error: unknown) => new StoreError(`${what} ${where}: ${scrub(describe(error), databaseUrl)}`);
  let opened = false;
  let client: RedisClientType;
  try {
    client = createClient({
      url: databaseUrl,
      // While the connection is down, commands fail at once (their callers release, retry or
      // report) instead of queueing without bound.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 10_000,
        // At start a server that cannot be reached is an error to report; once running, a dropped
        // connection is retried (commands fail meanwhile and their callers see it).
        reconnectStrategy: (retries: number) => (opened ? Math.min(100 * 2 ** retries, 2_000) : false),
      },
    }) as RedisClientType;
  } catch (error) {
    throw fail('cannot read the database URL', error);
  }
  client.on('error', () => undefined);
  // Each collection's adapter listens for errors on this one client.
  client.setMaxListeners(collectionNames.length + 10);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    drop(client);
    throw fail('cannot connect to the database', error);
  }
  opened = true;
  const keyvs = new Map<string, Keyv>();
  const fence = new Fence();
  try {
    for (const name of collectionNames) {
      // throwOnErrors: otherwise a failed read looks like a missing record (a new account with the
      // starting credits) and a failed write looks like success.
      const adapter = new FencedKeyvRedis(client, { namespace: `bot_${name}`, throwOnErrors: true, throwOnConnectError: true }, fence);
      // The adapter prefixes keys itself (bot_jobs::<id>); Keyv's own prefix would double it.
      keyvs.set(name, quiet(new Keyv({ store: adapter, namespace: `bot_${name}`, useKeyPrefix: false, throwOnErrors: true })));
    }
    if (!(await keyvs.get('meta')!.set('store-check', Date.now()))) throw new Error('write refused');
  } catch (error) {
    drop(client);
    throw fail('cannot open the database for writing', error);
  }
  let closed: Promise<void> | undefined;
  return {
    description: `redis ${where}`,
    shared: true,
    backend: { kind: 'redis', client },
    collection<T>(name: CollectionName) {
      return new KeyvCollection<T>(keyvs.get(name)! as Keyv<T>, name, () => closed !== undefined, fence);
    },
    lease(scope, options) {
      return new LeaseKeeper(new RedisLease(client, scope, options?.ttlMs ?? DEFAULT_LEASE.ttlMs), fence, options);
    },
    close() {
      opened = false;
      return (closed ??= client.close().catch(() => drop(client)));
    },
  };
}

function describe(error: unknown): string {
  const e = error as { message?: string; code?: string; errors?: unknown[] };
  // A refused connection to "localhost" can arrive as an AggregateError (IPv6 and IPv4) with no message.
  const inner = e.errors?.[0] as { message?: string } | undefined;
  return e.message || inner?.message || (e.code ? `error ${e.code}` : String(error));
}

function drop(client: RedisClientType): void {
  try {
    client.destroy();
  } catch {
    // already closed: a failed connect closes the client itself
  }
}
