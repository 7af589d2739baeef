import type { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys as their own principal: the key that acted (audit) and the key that asked (change requests). */
export class ApiKeyPrincipal1767700000000 implements MigrationInterface {
  name = 'ApiKeyPrincipal1767700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ADD COLUMN "actor_api_key_id" integer`);
    await queryRunner.query(
      `ALTER TABLE "change_request" ADD COLUMN "requester_api_key_id" integer`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_change_request_requester_key" ON "change_request" ("requester_api_key_id", "status") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_change_request_requester_key"`);
    await queryRunner.query(`ALTER TABLE "change_request" DROP COLUMN "requester_api_key_id"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "actor_api_key_id"`);
  }
}
