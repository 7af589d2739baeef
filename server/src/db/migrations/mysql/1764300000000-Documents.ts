import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Documents1764300000000 implements MigrationInterface {
  name = 'Documents1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`customer_document\` (\`id\` int NOT NULL AUTO_INCREMENT, \`customer_id\` int NOT NULL, \`type_id\` int NOT NULL, \`file_name\` varchar(255) NOT NULL, \`content_type\` varchar(100) NOT NULL, \`size\` int NOT NULL, \`storage_key\` varchar(100) NOT NULL, \`sha256\` varchar(64) NOT NULL, \`uploaded_by\` int NULL, \`uploaded_at\` datetime NOT NULL, \`note\` varchar(500) NULL, \`deleted_at\` datetime(6) NULL, INDEX \`idx_customer_document_customer_uploaded\` (\`customer_id\`, \`uploaded_at\`), UNIQUE INDEX \`IDX_d7f1c9b4701f706ac640228388\` (\`storage_key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `ALTER TABLE \`customer_document\` ADD CONSTRAINT \`FK_6cfb464a74f6908c2433a804433\` FOREIGN KEY (\`customer_id\`) REFERENCES \`customer\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`customer_document\` ADD CONSTRAINT \`FK_09d32e019384b4d6e7ba913d224\` FOREIGN KEY (\`uploaded_by\`) REFERENCES \`user\`(\`id\`) ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`customer_document\` DROP FOREIGN KEY \`FK_09d32e019384b4d6e7ba913d224\``,
    );
    await queryRunner.query(
      `ALTER TABLE \`customer_document\` DROP FOREIGN KEY \`FK_6cfb464a74f6908c2433a804433\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_d7f1c9b4701f706ac640228388\` ON \`customer_document\``,
    );
    await queryRunner.query(
      `DROP INDEX \`idx_customer_document_customer_uploaded\` ON \`customer_document\``,
    );
    await queryRunner.query(`DROP TABLE \`customer_document\``);
  }
}
