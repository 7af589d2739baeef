import type { MigrationInterface } from 'typeorm';

/** SQLite stores all text as UTF-8: nothing to convert (the MySQL twin converts old tables to utf8mb4). */
export class Utf8mb4Tables1767900000000 implements MigrationInterface {
  name = 'Utf8mb4Tables1767900000000';

  public async up(): Promise<void> {}

  public async down(): Promise<void> {}
}
