import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency keys of creates (common/idempotency). */
export class IdempotencyKeys1767300000000 implements MigrationInterface {
  name = 'IdempotencyKeys1767300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caller" varchar(64) NOT NULL, "key_hash" varchar(64) NOT NULL, "operation" varchar(64) NOT NULL, "request_hash" varchar(64) NOT NULL, "result_id" varchar(64) NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_idempotency_key_caller_key" ON "idempotency_key" ("caller", "key_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_idempotency_key_created_at" ON "idempotency_key" ("created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
