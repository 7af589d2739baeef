import type { MigrationInterface, QueryRunner } from 'typeorm';

const COLLATION = 'utf8mb4_unicode_ci';
/** Columns that deliberately use another utf8mb4 collation, restored after a conversion. */
const KEPT_COLUMNS: Record<string, string[]> = {
  customer_name_token: [
    'MODIFY `token` varchar(8) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL',
  ],
};

/**
 * Tables created before every CREATE TABLE declared its character set took the database's
 * default (latin1 on some servers, utf8mb4_0900_ai_ci on MySQL 8): convert each table that is
 * not utf8mb4_unicode_ci throughout. Text already stored as `?` cannot be recovered.
 */
export class Utf8mb4Tables1767900000000 implements MigrationInterface {
  name = 'Utf8mb4Tables1767900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const rows = (await queryRunner.query(
      `SELECT t.TABLE_NAME AS name FROM information_schema.TABLES t
        WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'
          AND (t.TABLE_COLLATION <> ? OR EXISTS (
                SELECT 1 FROM information_schema.COLUMNS c
                 WHERE c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME
                   AND c.CHARACTER_SET_NAME IS NOT NULL AND c.CHARACTER_SET_NAME <> 'utf8mb4'))
        ORDER BY t.TABLE_NAME`,
      [COLLATION],
    )) as { name: string }[];
    for (const { name } of rows) {
      await queryRunner.query(
        `ALTER TABLE \`${name}\` CONVERT TO CHARACTER SET utf8mb4 COLLATE ${COLLATION}`,
      );
      for (const change of KEPT_COLUMNS[name] ?? [])
        await queryRunner.query(`ALTER TABLE \`${name}\` ${change}`);
    }
  }

  public async down(): Promise<void> {
    // Converting back could lose characters; nothing to undo.
  }
}
