import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Dictionaries1763990000000 implements MigrationInterface {
  name = 'Dictionaries1763990000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`cache_revision\` (\`name\` varchar(32) NOT NULL, \`revision\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`name\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`dictionary_type\` (\`id\` int NOT NULL AUTO_INCREMENT, \`code\` varchar(64) NOT NULL, \`name_zh\` varchar(100) NOT NULL, \`name_en\` varchar(100) NOT NULL, \`description\` varchar(500) NOT NULL DEFAULT '', \`hierarchical\` tinyint NOT NULL DEFAULT 0, \`system\` tinyint NOT NULL DEFAULT 0, \`controlling_type_id\` int NULL, \`attribute_schema\` text NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', UNIQUE INDEX \`IDX_64fb49458910f2882061ffe22d\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`dictionary_item\` (\`id\` int NOT NULL AUTO_INCREMENT, \`type_id\` int NOT NULL, \`code\` varchar(64) NOT NULL, \`label_zh\` varchar(200) NOT NULL, \`label_en\` varchar(200) NOT NULL, \`sort_order\` int NOT NULL DEFAULT '0', \`enabled\` tinyint NOT NULL DEFAULT 1, \`color\` varchar(16) NULL, \`parent_id\` int NULL, \`controlling_item_id\` int NULL, \`attributes\` text NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', INDEX \`idx_dictionary_item_controlling\` (\`controlling_item_id\`), INDEX \`idx_dictionary_item_parent\` (\`type_id\`, \`parent_id\`), UNIQUE INDEX \`uq_dictionary_item_code\` (\`type_id\`, \`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`field_definition\` (\`id\` int NOT NULL AUTO_INCREMENT, \`kind\` varchar(16) NOT NULL, \`field_key\` varchar(64) NOT NULL, \`label_zh\` varchar(100) NOT NULL, \`label_en\` varchar(100) NOT NULL, \`field_group\` varchar(16) NOT NULL, \`sort_order\` int NOT NULL DEFAULT '0', \`field_type\` varchar(16) NOT NULL, \`dictionary_code\` varchar(64) NULL, \`controlling_field\` varchar(64) NULL, \`required\` tinyint NOT NULL DEFAULT 0, \`is_unique\` tinyint NOT NULL DEFAULT 0, \`sensitive\` tinyint NOT NULL DEFAULT 0, \`is_protected\` tinyint NOT NULL DEFAULT 0, \`active\` tinyint NOT NULL DEFAULT 1, \`built_in\` tinyint NOT NULL DEFAULT 0, \`help_zh\` varchar(500) NOT NULL DEFAULT '', \`help_en\` varchar(500) NOT NULL DEFAULT '', \`validation\` text NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', UNIQUE INDEX \`uq_field_definition_key\` (\`kind\`, \`field_key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`customer\` (\`id\` int NOT NULL AUTO_INCREMENT, \`kind\` varchar(16) NOT NULL, \`number\` varchar(40) NULL, \`name\` varchar(200) NOT NULL, \`credit_code\` varchar(18) NULL, \`address\` varchar(300) NULL, \`phone\` varchar(32) NULL, \`mobile\` varchar(32) NULL, \`fax\` varchar(32) NULL, \`email\` varchar(200) NULL, \`postcode\` varchar(10) NULL, \`website\` varchar(200) NULL, \`credit_rating\` int NULL, \`employee_count\` int NULL, \`registered_capital\` decimal(18,2) NULL, \`founded\` varchar(7) NULL, \`main_business\` text NULL, \`birthday\` varchar(10) NULL, \`occupation\` varchar(100) NULL, \`id_number\` varchar(32) NULL, \`hobbies\` text NULL, \`consumption_habits\` text NULL, \`remarks\` text NULL, \`special_requirements\` text NULL, \`risk_notes\` text NULL, \`category_id\` int NULL, \`grade_id\` int NULL, \`importance_id\` int NULL, \`industry_id\` int NULL, \`scale_id\` int NULL, \`nature_id\` int NULL, \`source_id\` int NULL, \`region_id\` int NULL, \`territory_id\` int NULL, \`years_in_business_id\` int NULL, \`industry_status_id\` int NULL, \`gender_id\` int NULL, \`age_range_id\` int NULL, \`id_type_id\` int NULL, \`contact_strategy_id\` int NULL, \`purchase_strategy_id\` int NULL, \`settlement_method_id\` int NULL, \`owner_id\` int NULL, \`department_id\` int NULL, \`status\` varchar(16) NOT NULL DEFAULT 'ACTIVE', \`transaction_count\` int NOT NULL DEFAULT '0', \`total_amount\` decimal(18,2) NOT NULL DEFAULT '0.00', \`first_transaction_on\` varchar(10) NULL, \`last_transaction_on\` varchar(10) NULL, \`last_followup_at\` datetime NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`deleted_at\` datetime(6) NULL, \`version\` int NOT NULL DEFAULT '1', INDEX \`idx_customer_credit_code\` (\`credit_code\`), INDEX \`idx_customer_phone\` (\`phone\`), INDEX \`idx_customer_mobile\` (\`mobile\`), INDEX \`idx_customer_id_number\` (\`id_number\`), INDEX \`idx_customer_category\` (\`category_id\`), INDEX \`idx_customer_grade\` (\`grade_id\`), INDEX \`idx_customer_importance\` (\`importance_id\`), INDEX \`idx_customer_industry\` (\`industry_id\`), INDEX \`idx_customer_source\` (\`source_id\`), INDEX \`idx_customer_region\` (\`region_id\`), INDEX \`idx_customer_territory\` (\`territory_id\`), INDEX \`idx_customer_last_transaction\` (\`last_transaction_on\`), INDEX \`idx_customer_department\` (\`department_id\`), INDEX \`idx_customer_owner\` (\`owner_id\`), INDEX \`idx_customer_kind_name\` (\`kind\`, \`name\`), UNIQUE INDEX \`IDX_7b2fbfd3faad49db87ad676e31\` (\`number\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`customer_field_value\` (\`id\` int NOT NULL AUTO_INCREMENT, \`customer_id\` int NOT NULL, \`field_id\` int NOT NULL, \`item_id\` int NULL, \`text_value\` text NULL, \`number_value\` decimal(20,4) NULL, INDEX \`idx_cfv_item\` (\`field_id\`, \`item_id\`), INDEX \`idx_cfv_customer\` (\`customer_id\`, \`field_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `ALTER TABLE \`dictionary_type\` ADD CONSTRAINT \`FK_0b3f5ddf05945b9d16a4e1ad4d8\` FOREIGN KEY (\`controlling_type_id\`) REFERENCES \`dictionary_type\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`dictionary_item\` ADD CONSTRAINT \`FK_251c4d3e6449cad711ca6a65a5e\` FOREIGN KEY (\`type_id\`) REFERENCES \`dictionary_type\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`dictionary_item\` ADD CONSTRAINT \`FK_234e516e7a9595c222e7735142d\` FOREIGN KEY (\`parent_id\`) REFERENCES \`dictionary_item\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`dictionary_item\` ADD CONSTRAINT \`FK_5c4b47ad0b26f989c6a73e0c3a9\` FOREIGN KEY (\`controlling_item_id\`) REFERENCES \`dictionary_item\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`customer_field_value\` ADD CONSTRAINT \`FK_8ddd5db81c83a0092bbc4eb84dd\` FOREIGN KEY (\`customer_id\`) REFERENCES \`customer\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`customer_field_value\` ADD CONSTRAINT \`FK_d78448f7d1ee92132a5b8e21408\` FOREIGN KEY (\`field_id\`) REFERENCES \`field_definition\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`customer_field_value\` ADD CONSTRAINT \`FK_22ccb4af1e26786c1ad5f67bca6\` FOREIGN KEY (\`item_id\`) REFERENCES \`dictionary_item\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`customer_field_value\` DROP FOREIGN KEY \`FK_22ccb4af1e26786c1ad5f67bca6\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`customer_field_value\` DROP FOREIGN KEY \`FK_d78448f7d1ee92132a5b8e21408\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`customer_field_value\` DROP FOREIGN KEY \`FK_8ddd5db81c83a0092bbc4eb84dd\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`dictionary_item\` DROP FOREIGN KEY \`FK_5c4b47ad0b26f989c6a73e0c3a9\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`dictionary_item\` DROP FOREIGN KEY \`FK_234e516e7a9595c222e7735142d\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`dictionary_item\` DROP FOREIGN KEY \`FK_251c4d3e6449cad711ca6a65a5e\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`dictionary_type\` DROP FOREIGN KEY \`FK_0b3f5ddf05945b9d16a4e1ad4d8\``,
    );
    await queryRunner.query(`DROP INDEX \`idx_cfv_customer\` ON \`customer_field_value\``);
    await queryRunner.query(`DROP INDEX \`idx_cfv_item\` ON \`customer_field_value\``);
    await queryRunner.query(`DROP TABLE \`customer_field_value\``);
    await queryRunner.query(`DROP INDEX \`IDX_7b2fbfd3faad49db87ad676e31\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_kind_name\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_owner\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_department\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_last_transaction\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_territory\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_region\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_source\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_industry\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_importance\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_grade\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_category\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_id_number\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_mobile\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_phone\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_credit_code\` ON \`customer\``);
    await queryRunner.query(`DROP TABLE \`customer\``);
    await queryRunner.query(`DROP INDEX \`uq_field_definition_key\` ON \`field_definition\``);
    await queryRunner.query(`DROP TABLE \`field_definition\``);
    await queryRunner.query(`DROP INDEX \`uq_dictionary_item_code\` ON \`dictionary_item\``);
    await queryRunner.query(`DROP INDEX \`idx_dictionary_item_parent\` ON \`dictionary_item\``);
    await queryRunner.query(
      `DROP INDEX \`idx_dictionary_item_controlling\` ON \`dictionary_item\``,
    );
    await queryRunner.query(`DROP TABLE \`dictionary_item\``);
    await queryRunner.query(`DROP INDEX \`IDX_64fb49458910f2882061ffe22d\` ON \`dictionary_type\``);
    await queryRunner.query(`DROP TABLE \`dictionary_type\``);
    await queryRunner.query(`DROP TABLE \`cache_revision\``);
  }
}
