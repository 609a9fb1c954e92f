import sqlite3 from 'sqlite3';

/** One connection to a SQLite file, shared by every table of the store (and the lock's own). */
export interface SharedConnection {
  query: (sql: string, ...params: unknown[]) => Promise<unknown[]>;
  close: () => Promise<void>;
}

export function openConnection(file: string, busyTimeoutMs = 10_000): Promise<SharedConnection> {
  return new Promise((resolve, reject) => {
    const database = new sqlite3.Database(file, (error) => {
      if (error) return reject(error);
      database.configure('busyTimeout', busyTimeoutMs);
      let closed: Promise<void> | undefined;
      resolve({
        query: (sql, ...params) =>
          new Promise((ok, fail) => {
            // @keyv/sqlite passes iterator parameters as one array; sqlite3 accepts either form.
            database.all(sql, ...(params as []), (err: Error | null, rows: unknown[]) => (err ? fail(err) : ok(rows)));
          }),
        close: () =>
          (closed ??= new Promise<void>((ok, fail) => {
            database.close((err) => (err ? fail(err) : ok()));
          })),
      });
    });
  });
}
