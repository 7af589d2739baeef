import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Grants1764500000000 implements MigrationInterface {
  name = 'Grants1764500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`customer_grant\` (\`id\` int NOT NULL AUTO_INCREMENT, \`customer_id\` int NOT NULL, \`user_id\` int NULL, \`department_id\` int NULL, \`level\` varchar(8) NOT NULL, \`expires_at\` datetime NOT NULL, \`reason\` varchar(500) NOT NULL, \`granted_by\` int NULL, \`granted_at\` datetime NOT NULL, \`revoked_at\` datetime NULL, \`revoked_by\` int NULL, INDEX \`idx_grant_department\` (\`department_id\`, \`expires_at\`), INDEX \`idx_grant_user\` (\`user_id\`, \`expires_at\`), INDEX \`idx_grant_customer\` (\`customer_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_grant_customer\` ON \`customer_grant\``);
    await queryRunner.query(`DROP INDEX \`idx_grant_user\` ON \`customer_grant\``);
    await queryRunner.query(`DROP INDEX \`idx_grant_department\` ON \`customer_grant\``);
    await queryRunner.query(`DROP TABLE \`customer_grant\``);
  }
}
