import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Access1764600000000 implements MigrationInterface {
  name = 'Access1764600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`access_rule\` (\`id\` int NOT NULL AUTO_INCREMENT, \`subject_type\` varchar(16) NOT NULL, \`subject_id\` int NOT NULL, \`field\` varchar(64) NOT NULL, \`level\` varchar(8) NOT NULL, \`description\` varchar(500) NULL, \`created_by\` int NULL, \`created_at\` datetime NOT NULL, INDEX \`idx_access_rule_subject\` (\`subject_type\`, \`subject_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`access_rule_item\` (\`id\` int NOT NULL AUTO_INCREMENT, \`rule_id\` int NOT NULL, \`item_id\` int NOT NULL, INDEX \`idx_access_rule_item_item\` (\`item_id\`), INDEX \`idx_access_rule_item_rule\` (\`rule_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`access_request\` (\`id\` int NOT NULL AUTO_INCREMENT, \`customer_id\` int NOT NULL, \`requester_id\` int NOT NULL, \`approver_id\` int NULL, \`level\` varchar(8) NOT NULL, \`reason_code\` varchar(64) NULL, \`reason\` varchar(500) NULL, \`until\` datetime NOT NULL, \`status\` varchar(16) NOT NULL, \`decided_by\` int NULL, \`decided_at\` datetime NULL, \`comment\` varchar(500) NULL, \`grant_id\` int NULL, \`renews_id\` int NULL, \`created_at\` datetime NOT NULL, INDEX \`idx_access_request_customer\` (\`customer_id\`), INDEX \`idx_access_request_requester\` (\`requester_id\`, \`status\`), INDEX \`idx_access_request_approver\` (\`approver_id\`, \`status\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`change_request\` (\`id\` int NOT NULL AUTO_INCREMENT, \`customer_id\` int NOT NULL, \`requester_id\` int NULL, \`approver_id\` int NULL, \`base_version\` int NOT NULL, \`proposed\` text NOT NULL, \`diff\` text NOT NULL, \`reason\` varchar(500) NOT NULL, \`status\` varchar(16) NOT NULL, \`decided_by\` int NULL, \`decided_at\` datetime NULL, \`comment\` varchar(500) NULL, \`created_at\` datetime NOT NULL, INDEX \`idx_change_request_customer\` (\`customer_id\`, \`status\`), INDEX \`idx_change_request_requester\` (\`requester_id\`, \`status\`), INDEX \`idx_change_request_approver\` (\`approver_id\`, \`status\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(`ALTER TABLE \`audit_log\` ADD \`customer_id\` int NULL`);
    await queryRunner.query(
      `ALTER TABLE \`role\` ADD \`sensitive_level\` varchar(8) NOT NULL DEFAULT 'READ'`,
    );
    await queryRunner.query(
      `CREATE INDEX \`idx_audit_customer_at\` ON \`audit_log\` (\`customer_id\`, \`at\`)`,
    );
    // Audit entries about a customer name it, so the audit view can apply the access policy.
    await queryRunner.query(
      `UPDATE \`audit_log\` SET \`customer_id\` = CAST(\`entity_id\` AS UNSIGNED) WHERE \`entity\` = 'Customer'`,
    );
    // Phones are sensitive, and so is the home address of individuals.
    await queryRunner.query(
      `UPDATE \`field_definition\` SET \`sensitive\` = 1 WHERE \`built_in\` = 1 AND (\`field_key\` = 'phone' OR (\`field_key\` = 'address' AND \`kind\` = 'INDIVIDUAL'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_audit_customer_at\` ON \`audit_log\``);
    await queryRunner.query(`ALTER TABLE \`role\` DROP COLUMN \`sensitive_level\``);
    await queryRunner.query(`ALTER TABLE \`audit_log\` DROP COLUMN \`customer_id\``);
    await queryRunner.query(`DROP INDEX \`idx_change_request_approver\` ON \`change_request\``);
    await queryRunner.query(`DROP INDEX \`idx_change_request_requester\` ON \`change_request\``);
    await queryRunner.query(`DROP INDEX \`idx_change_request_customer\` ON \`change_request\``);
    await queryRunner.query(`DROP TABLE \`change_request\``);
    await queryRunner.query(`DROP INDEX \`idx_access_request_approver\` ON \`access_request\``);
    await queryRunner.query(`DROP INDEX \`idx_access_request_requester\` ON \`access_request\``);
    await queryRunner.query(`DROP INDEX \`idx_access_request_customer\` ON \`access_request\``);
    await queryRunner.query(`DROP TABLE \`access_request\``);
    await queryRunner.query(`DROP INDEX \`idx_access_rule_item_rule\` ON \`access_rule_item\``);
    await queryRunner.query(`DROP INDEX \`idx_access_rule_item_item\` ON \`access_rule_item\``);
    await queryRunner.query(`DROP TABLE \`access_rule_item\``);
    await queryRunner.query(`DROP INDEX \`idx_access_rule_subject\` ON \`access_rule\``);
    await queryRunner.query(`DROP TABLE \`access_rule\``);
  }
}
