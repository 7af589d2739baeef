import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArchiveDetails1764400000000 implements MigrationInterface {
  name = 'ArchiveDetails1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`contact_history\` (\`id\` int NOT NULL AUTO_INCREMENT, \`field\` varchar(64) NOT NULL, \`old_value\` text NULL, \`new_value\` text NULL, \`actor_id\` int NULL, \`actor_name\` varchar(100) NULL, \`at\` datetime NOT NULL, \`reason\` varchar(500) NULL, \`contact_id\` int NOT NULL, INDEX \`idx_contact_history_contact\` (\`contact_id\`, \`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(`CREATE INDEX \`idx_customer_status\` ON \`customer\` (\`status\`)`);
    await queryRunner.query(
      `CREATE INDEX \`idx_customer_updated\` ON \`customer\` (\`updated_at\`)`,
    );
    await queryRunner.query(
      `CREATE INDEX \`idx_customer_created\` ON \`customer\` (\`created_at\`)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_customer_created\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_updated\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_status\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_contact_history_contact\` ON \`contact_history\``);
    await queryRunner.query(`DROP TABLE \`contact_history\``);
  }
}
