import { describe, expect, it } from 'vitest';
import { isValidResidentId, residentIdCheckChar } from './validation';

describe('isValidResidentId (GB 11643-1999)', () => {
  it('accepts a valid number, with x in either case', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(isValidResidentId('110105199001011232')).toBe(true);
  });
  it('refuses a wrong check digit, date, region or shape', () => {
    expect(isValidResidentId('110105199001011234')).toBe(false);
    expect(
      isValidResidentId(
        '110105199002301230'.slice(0, 17) + residentIdCheckChar('11010519900230123'),
      ),
    ).toBe(false);
    const badRegion = '99010519900101123';
    expect(isValidResidentId(badRegion + residentIdCheckChar(badRegion))).toBe(false);
    const future = '11010530000101123';
    expect(isValidResidentId(future + residentIdCheckChar(future))).toBe(false);
    expect(isValidResidentId('11010519900101123')).toBe(false);
    expect(isValidResidentId(' 110105199001011232')).toBe(false);
  });
});
