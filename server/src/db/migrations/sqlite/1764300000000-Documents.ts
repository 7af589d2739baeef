import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Documents1764300000000 implements MigrationInterface {
  name = 'Documents1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "customer_document" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "type_id" integer NOT NULL, "file_name" varchar(255) NOT NULL, "content_type" varchar(100) NOT NULL, "size" integer NOT NULL, "storage_key" varchar(100) NOT NULL, "sha256" varchar(64) NOT NULL, "uploaded_by" integer, "uploaded_at" datetime NOT NULL, "note" varchar(500), "deleted_at" datetime, CONSTRAINT "UQ_d7f1c9b4701f706ac640228388c" UNIQUE ("storage_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_customer_document_customer_uploaded" ON "customer_document" ("customer_id", "uploaded_at") `,
    );
    await queryRunner.query(`DROP INDEX "idx_customer_document_customer_uploaded"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_customer_document" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "type_id" integer NOT NULL, "file_name" varchar(255) NOT NULL, "content_type" varchar(100) NOT NULL, "size" integer NOT NULL, "storage_key" varchar(100) NOT NULL, "sha256" varchar(64) NOT NULL, "uploaded_by" integer, "uploaded_at" datetime NOT NULL, "note" varchar(500), "deleted_at" datetime, CONSTRAINT "UQ_d7f1c9b4701f706ac640228388c" UNIQUE ("storage_key"), CONSTRAINT "FK_6cfb464a74f6908c2433a804433" FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_09d32e019384b4d6e7ba913d224" FOREIGN KEY ("uploaded_by") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_customer_document"("id", "customer_id", "type_id", "file_name", "content_type", "size", "storage_key", "sha256", "uploaded_by", "uploaded_at", "note", "deleted_at") SELECT "id", "customer_id", "type_id", "file_name", "content_type", "size", "storage_key", "sha256", "uploaded_by", "uploaded_at", "note", "deleted_at" FROM "customer_document"`,
    );
    await queryRunner.query(`DROP TABLE "customer_document"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_customer_document" RENAME TO "customer_document"`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_customer_document_customer_uploaded" ON "customer_document" ("customer_id", "uploaded_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_customer_document_customer_uploaded"`);
    await queryRunner.query(
      `ALTER TABLE "customer_document" RENAME TO "temporary_customer_document"`,
    );
    await queryRunner.query(
      `CREATE TABLE "customer_document" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "type_id" integer NOT NULL, "file_name" varchar(255) NOT NULL, "content_type" varchar(100) NOT NULL, "size" integer NOT NULL, "storage_key" varchar(100) NOT NULL, "sha256" varchar(64) NOT NULL, "uploaded_by" integer, "uploaded_at" datetime NOT NULL, "note" varchar(500), "deleted_at" datetime, CONSTRAINT "UQ_d7f1c9b4701f706ac640228388c" UNIQUE ("storage_key"))`,
    );
    await queryRunner.query(
      `INSERT INTO "customer_document"("id", "customer_id", "type_id", "file_name", "content_type", "size", "storage_key", "sha256", "uploaded_by", "uploaded_at", "note", "deleted_at") SELECT "id", "customer_id", "type_id", "file_name", "content_type", "size", "storage_key", "sha256", "uploaded_by", "uploaded_at", "note", "deleted_at" FROM "temporary_customer_document"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_customer_document"`);
    await queryRunner.query(
      `CREATE INDEX "idx_customer_document_customer_uploaded" ON "customer_document" ("customer_id", "uploaded_at") `,
    );
    await queryRunner.query(`DROP INDEX "idx_customer_document_customer_uploaded"`);
    await queryRunner.query(`DROP TABLE "customer_document"`);
  }
}
