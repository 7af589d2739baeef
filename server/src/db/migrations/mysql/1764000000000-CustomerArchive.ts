import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerArchive1764000000000 implements MigrationInterface {
  name = 'CustomerArchive1764000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`customer_history\` (\`id\` int NOT NULL AUTO_INCREMENT, \`customer_id\` int NOT NULL, \`field\` varchar(64) NOT NULL, \`old_value\` text NULL, \`new_value\` text NULL, \`actor_id\` int NULL, \`actor_name\` varchar(100) NULL, \`at\` datetime NOT NULL, \`reason\` varchar(500) NULL, INDEX \`idx_customer_history_customer\` (\`customer_id\`, \`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`customer_former_name\` (\`id\` int NOT NULL AUTO_INCREMENT, \`customer_id\` int NOT NULL, \`name\` varchar(200) NOT NULL, \`used_until\` datetime NOT NULL, \`reason\` varchar(500) NULL, INDEX \`idx_former_name_name\` (\`name\`), INDEX \`idx_former_name_customer\` (\`customer_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`customer_member\` (\`customer_id\` int NOT NULL, \`user_id\` int NOT NULL, \`level\` varchar(8) NOT NULL, \`added_at\` datetime NOT NULL, INDEX \`idx_customer_member_user\` (\`user_id\`, \`customer_id\`), PRIMARY KEY (\`customer_id\`, \`user_id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`numbering_rule\` (\`kind\` varchar(16) NOT NULL, \`pattern\` varchar(100) NOT NULL, \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', PRIMARY KEY (\`kind\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`number_sequence\` (\`kind\` varchar(16) NOT NULL, \`year\` int NOT NULL, \`value\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`kind\`, \`year\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`number_sequence\``);
    await queryRunner.query(`DROP TABLE \`numbering_rule\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_member_user\` ON \`customer_member\``);
    await queryRunner.query(`DROP TABLE \`customer_member\``);
    await queryRunner.query(`DROP INDEX \`idx_former_name_customer\` ON \`customer_former_name\``);
    await queryRunner.query(`DROP INDEX \`idx_former_name_name\` ON \`customer_former_name\``);
    await queryRunner.query(`DROP TABLE \`customer_former_name\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_history_customer\` ON \`customer_history\``);
    await queryRunner.query(`DROP TABLE \`customer_history\``);
  }
}
