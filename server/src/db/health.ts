import { createConnection, type Connection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config';

/**
 * Pings the database for `/healthz` on a connection of its own, never the requests' pool, so a
 * pool busy with slow requests does not make a healthy database look down. SQLite has no pool
 * to wait behind; its ping goes through the data source.
 */
export class DatabaseHealth {
  private connection: Connection | null = null;
  private pending: Promise<boolean> | null = null;

  constructor(
    private readonly db: DatabaseConfig,
    private readonly timeoutMs = 1000,
  ) {}

  /** Whether the database answers `SELECT 1` within the timeout; concurrent calls share one ping. */
  ping(dataSource: DataSource | undefined): Promise<boolean> {
    this.pending ??= this.pingOnce(dataSource).finally(() => (this.pending = null));
    return this.pending;
  }

  private async pingOnce(dataSource: DataSource | undefined): Promise<boolean> {
    if (this.db.dialect === 'sqlite') {
      if (!dataSource?.isInitialized) return false;
      return dataSource.query('SELECT 1').then(
        () => true,
        () => false,
      );
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), this.timeoutMs);
    });
    const attempt = (async () => {
      if (!this.connection) {
        const conn = await createConnection({ uri: this.db.url, connectTimeout: this.timeoutMs });
        // A connection the server drops is forgotten; the next ping opens another.
        conn.on('error', () => {
          if (this.connection === conn) this.connection = null;
        });
        this.connection = conn;
      }
      await this.connection.query('SELECT 1');
      return true;
    })().catch(() => false);
    const up = await Promise.race([attempt, timeout]);
    clearTimeout(timer);
    if (!up) this.drop();
    return up;
  }

  private drop() {
    const conn = this.connection;
    this.connection = null;
    if (!conn) return;
    conn.on('error', () => {});
    conn.destroy();
  }

  close(): void {
    this.drop();
  }
}
