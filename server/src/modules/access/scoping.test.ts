import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The access policy is structural: outside `modules/access/`, customers and every table that
// hangs off a customer are read only through `scoped-reads.ts`, or through the named escape
// hatch `unscoped(…)`. This test refuses any other plain read, so a new path cannot forget it.
const GUARDED = [
  'Customer',
  'CustomerFieldValue',
  'CustomerFormerName',
  'CustomerHistory',
  'CustomerMember',
  'CustomerContact',
  'Contact',
  'Followup',
  'CustomerTransaction',
  'CustomerDocument',
  'Relationship',
  'CustomerGrant',
  'AccessRequest',
  'ChangeRequest',
  'AuditLog',
];
const READS =
  'find|findOne|findBy|findOneBy|findOneOrFail|findOneByOrFail|findAndCount|findAndCountBy|count|countBy|exists|existsBy|sum|average|minimum|maximum';
const entity = `(?:${GUARDED.join('|')})\\b`;
const PLAIN_READ = new RegExp(
  `(?:getRepository|createQueryBuilder)\\(\\s*${entity}|\\.(?:${READS})\\(\\s*${entity}`,
);

const modules = path.resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'access' ? [] : sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

/** A statement (joined across its lines) reads a guarded table without the escape hatch. */
export function plainReads(source: string): string[] {
  const statements = source.split(/;\s*\n/);
  return statements
    .map((statement) => statement.replace(/\s+/g, ' '))
    .filter((statement) => PLAIN_READ.test(statement) && !/\bunscoped\(/.test(statement));
}

describe('scoped reads', () => {
  it('recognises plain reads and the escape hatch', () => {
    expect(plainReads(`const c = await em.findOneBy(Customer, { id });\n`)).toHaveLength(1);
    expect(
      plainReads(`const q = this.ds\n  .getRepository(Followup)\n  .createQueryBuilder('f');\n`),
    ).toHaveLength(1);
    expect(plainReads(`const c = await unscoped(em).findOneBy(Customer, { id });\n`)).toEqual([]);
    expect(
      plainReads(`await em.insert(Customer, row);\nawait em.update(Contact, { id }, x);\n`),
    ).toEqual([]);
  });

  it('no module outside access/ reads customer-scoped tables around the policy', () => {
    const offenders = sourceFiles(modules).flatMap((file) =>
      plainReads(readFileSync(file, 'utf8')).map(
        (statement) => `${path.relative(modules, file)}: ${statement.trim().slice(0, 160)}`,
      ),
    );
    expect(offenders).toEqual([]);
  });
});
