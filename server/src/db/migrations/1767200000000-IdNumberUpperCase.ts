import type { MigrationInterface, QueryRunner } from 'typeorm';

/** ID numbers are stored upper-case (a 身份证's check character `x` is `X`), so uniqueness sees them as one. Data only, the same on both dialects. */
export class IdNumberUpperCase1767200000000 implements MigrationInterface {
  name = 'IdNumberUpperCase1767200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE customer SET id_number = UPPER(id_number) WHERE id_number IS NOT NULL`,
    );
  }

  public async down(): Promise<void> {
    // The original case is not kept; upper-case numbers are valid before this migration too.
  }
}
