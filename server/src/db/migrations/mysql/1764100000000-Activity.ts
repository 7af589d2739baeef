import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Activity1764100000000 implements MigrationInterface {
  name = 'Activity1764100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`followup\` (\`id\` int NOT NULL AUTO_INCREMENT, \`customer_id\` int NOT NULL, \`contact_id\` int NULL, \`user_id\` int NOT NULL, \`happened_at\` datetime NOT NULL, \`method_id\` int NULL, \`content\` text NOT NULL, \`feedback\` text NULL, \`next_step\` text NULL, \`next_date\` varchar(10) NULL, \`milestone_id\` int NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`idx_followup_next_date\` (\`next_date\`), INDEX \`idx_followup_user_happened\` (\`user_id\`, \`happened_at\`), INDEX \`idx_followup_customer_happened\` (\`customer_id\`, \`happened_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`customer_transaction\` (\`id\` int NOT NULL AUTO_INCREMENT, \`customer_id\` int NOT NULL, \`occurred_on\` varchar(10) NOT NULL, \`type_id\` int NOT NULL, \`amount\` decimal(18,2) NOT NULL, \`currency\` varchar(3) NOT NULL DEFAULT 'CNY', \`product\` varchar(200) NULL, \`note\` text NULL, \`created_by\` int NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`idx_customer_transaction_customer_on\` (\`customer_id\`, \`occurred_on\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `ALTER TABLE \`followup\` ADD CONSTRAINT \`FK_9b05573054bb53d8d420698407d\` FOREIGN KEY (\`customer_id\`) REFERENCES \`customer\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`followup\` ADD CONSTRAINT \`FK_4897a0b65c91c730505ae8fb3eb\` FOREIGN KEY (\`user_id\`) REFERENCES \`user\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`customer_transaction\` ADD CONSTRAINT \`FK_1f4a232ad5343aefc560c48ce42\` FOREIGN KEY (\`customer_id\`) REFERENCES \`customer\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`customer_transaction\` ADD CONSTRAINT \`FK_f63bc9be11f7a925ec0b6959aa3\` FOREIGN KEY (\`created_by\`) REFERENCES \`user\`(\`id\`) ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`customer_transaction\` DROP FOREIGN KEY \`FK_f63bc9be11f7a925ec0b6959aa3\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`customer_transaction\` DROP FOREIGN KEY \`FK_1f4a232ad5343aefc560c48ce42\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`followup\` DROP FOREIGN KEY \`FK_4897a0b65c91c730505ae8fb3eb\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`followup\` DROP FOREIGN KEY \`FK_9b05573054bb53d8d420698407d\``,
    );
    await queryRunner.query(
      `DROP INDEX \`idx_customer_transaction_customer_on\` ON \`customer_transaction\``,
    );
    await queryRunner.query(`DROP TABLE \`customer_transaction\``);
    await queryRunner.query(`DROP INDEX \`idx_followup_customer_happened\` ON \`followup\``);
    await queryRunner.query(`DROP INDEX \`idx_followup_user_happened\` ON \`followup\``);
    await queryRunner.query(`DROP INDEX \`idx_followup_next_date\` ON \`followup\``);
    await queryRunner.query(`DROP TABLE \`followup\``);
  }
}
