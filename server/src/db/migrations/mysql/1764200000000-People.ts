import type { MigrationInterface, QueryRunner } from 'typeorm';

export class People1764200000000 implements MigrationInterface {
  name = 'People1764200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`contact\` (\`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', \`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(100) NOT NULL, \`gender_id\` int NULL, \`title\` varchar(100) NULL, \`department_name\` varchar(100) NULL, \`mobile\` varchar(32) NULL, \`phone\` varchar(32) NULL, \`email\` varchar(200) NULL, \`wechat\` varchar(64) NULL, \`birthday\` varchar(10) NULL, \`native_place\` varchar(100) NULL, \`education_id\` int NULL, \`school\` varchar(100) NULL, \`major\` varchar(100) NULL, \`hobbies\` text NULL, \`personal_notes\` text NULL, \`decision_role_id\` int NULL, \`closeness\` int NULL, \`email_opt_in\` tinyint NOT NULL DEFAULT 0, \`sms_opt_in\` tinyint NOT NULL DEFAULT 0, \`important_dates\` text NULL, \`deleted_at\` datetime(6) NULL, INDEX \`idx_contact_mobile\` (\`mobile\`), INDEX \`idx_contact_name\` (\`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`customer_contact\` (\`customer_id\` int NOT NULL, \`contact_id\` int NOT NULL, \`is_primary\` tinyint NOT NULL DEFAULT 0, INDEX \`idx_customer_contact_contact\` (\`contact_id\`), PRIMARY KEY (\`customer_id\`, \`contact_id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`relationship\` (\`id\` int NOT NULL AUTO_INCREMENT, \`type_id\` int NOT NULL, \`from_kind\` varchar(8) NOT NULL, \`from_id\` int NOT NULL, \`to_kind\` varchar(8) NOT NULL, \`to_id\` int NOT NULL, \`since\` varchar(10) NULL, \`until\` varchar(10) NULL, \`strength\` int NULL, \`note\` varchar(500) NULL, \`created_by\` int NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`idx_relationship_to\` (\`to_kind\`, \`to_id\`), INDEX \`idx_relationship_from\` (\`from_kind\`, \`from_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_relationship_from\` ON \`relationship\``);
    await queryRunner.query(`DROP INDEX \`idx_relationship_to\` ON \`relationship\``);
    await queryRunner.query(`DROP TABLE \`relationship\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_contact_contact\` ON \`customer_contact\``);
    await queryRunner.query(`DROP TABLE \`customer_contact\``);
    await queryRunner.query(`DROP INDEX \`idx_contact_name\` ON \`contact\``);
    await queryRunner.query(`DROP INDEX \`idx_contact_mobile\` ON \`contact\``);
    await queryRunner.query(`DROP TABLE \`contact\``);
  }
}
