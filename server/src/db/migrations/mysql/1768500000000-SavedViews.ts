import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Saved list views per user (modules/saved-view). */
export class SavedViews1768500000000 implements MigrationInterface {
  name = 'SavedViews1768500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `saved_view` (`id` int NOT NULL AUTO_INCREMENT, `user_id` int NOT NULL, `resource` varchar(32) NOT NULL, `name` varchar(100) NOT NULL, `state` text NOT NULL, `is_default` tinyint NOT NULL DEFAULT 0, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `version` int NOT NULL DEFAULT 1, UNIQUE INDEX `uq_saved_view_user_resource_name` (`user_id`, `resource`, `name`), PRIMARY KEY (`id`), CONSTRAINT `fk_saved_view_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `saved_view`');
  }
}
