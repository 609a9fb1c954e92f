import { statSync } from 'node:fs';
import { holderName, StoreInUseError, type LeaseBackend } from './lease.ts';
import type { SharedConnection } from './sqliteConnection.ts';
import { StoreError } from './types.ts';

/**
 * A SQLite file serves one bot process. The lease is an exclusive lock that SQLite takes on a
 * sibling database (`bot.sqlite.lock`) and keeps until the connection closes: the operating
 * system drops it with the process however it ends (SIGKILL, a crash, a power cut), so a
 * replacement never waits, and a second process finds it taken at once and exits.
 *
 * A sibling, not the data file itself: `npm run models` and the tests read and write the data file
 * beside a running bot. Two cautions follow from POSIX locks: the lock file is never deleted (a
 * process could otherwise lock a file that is no longer the one at its path), and no code in the
 * bot may open it outside SQLite (closing any handle on a file drops all of a process's locks on it).
 */
export class SqliteLease implements LeaseBackend {
  readonly #file: string;
  readonly #lockFile: string;
  readonly #open: (file: string) => Promise<SharedConnection>;
  #db: SharedConnection | undefined;
  #inode: number | undefined;

  /** `open`: a connection that fails at once, never waits, when the file is locked. */
  constructor(file: string, open: (file: string) => Promise<SharedConnection>) {
    this.#file = file;
    this.#lockFile = `${file}.lock`;
    this.#open = open;
  }

  async tryAcquire(): Promise<string[] | undefined> {
    let db: SharedConnection;
    try {
      db = await this.#open(this.#lockFile);
    } catch (error) {
      throw new StoreError(`cannot open the lock ${this.#lockFile} of the database ${this.#file}: ${(error as Error).message}`);
    }
    try {
      await db.query('PRAGMA locking_mode=EXCLUSIVE');
      await db.query('PRAGMA journal_mode=MEMORY');
      // In exclusive locking mode the lock taken by this write is kept until the connection closes.
      await db.query('BEGIN EXCLUSIVE');
      await db.query('CREATE TABLE IF NOT EXISTS owner(holder TEXT, since INTEGER)');
      await db.query('DELETE FROM owner');
      await db.query('INSERT INTO owner VALUES (?, ?)', holderName(), Date.now());
      await db.query('COMMIT');
    } catch (error) {
      await db.close().catch(() => undefined);
      if ((error as { code?: string }).code === 'SQLITE_BUSY') {
        throw new StoreInUseError(
          `another bot process is using the database ${this.#file} (it holds the lock ${this.#lockFile}); stop that process first: a SQLite database serves one bot process (Postgres or Redis serve several)`,
        );
      }
      throw new StoreError(`cannot lock the database ${this.#file} through ${this.#lockFile}: ${(error as Error).message}`);
    }
    this.#db = db;
    this.#inode = statSync(this.#lockFile).ino;
    return undefined;
  }

  /** Still the file at its path: someone who removed or replaced it could start a second owner. */
  async renew(): Promise<boolean> {
    try {
      return statSync(this.#lockFile).ino === this.#inode;
    } catch {
      return false;
    }
  }

  async release(): Promise<void> {
    await this.#db?.close();
    this.#db = undefined;
  }

  validUntil(): number {
    return Infinity;
  }
}
