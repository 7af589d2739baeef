import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Saved list views per user (modules/saved-view). */
export class SavedViews1768500000000 implements MigrationInterface {
  name = 'SavedViews1768500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "saved_view" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "resource" varchar(32) NOT NULL, "name" varchar(100) NOT NULL, "state" text NOT NULL, "is_default" boolean NOT NULL DEFAULT (0), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1), CONSTRAINT "fk_saved_view_user" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_saved_view_user_resource_name" ON "saved_view" ("user_id", "resource", "name") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "saved_view"`);
  }
}
