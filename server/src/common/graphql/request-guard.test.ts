import { describe, expect, it } from 'vitest';
import { documentNesting, variablesProblem } from './request-guard';
import { variablePath, withoutSuggestions } from './own-errors';

describe('documentNesting', () => {
  it('counts brackets outside strings, block strings and comments', () => {
    expect(documentNesting('{ a(f: { b: [1] }) { c } }')).toBe(4);
    expect(documentNesting('{ a(s: "{{{{[[[(((") }')).toBe(2);
    expect(documentNesting('{ a(s: """ {{{ \\""" {{ """) }')).toBe(2);
    expect(documentNesting('# {{{{{{\n{ a }')).toBe(1);
    expect(documentNesting('{'.repeat(5000))).toBe(5000);
  });
});

describe('variablesProblem', () => {
  it('finds deep nesting, long lists and prototype keys without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(variablesProblem({ v: deep })?.key).toBe('inputTooDeep');
    expect(variablesProblem({ v: { ids: Array(1001).fill('1') } })).toMatchObject({
      field: 'v.ids',
      key: 'tooManyItems',
    });
    expect(variablesProblem(JSON.parse('{"v": [{"__proto__": 1}]}'))).toMatchObject({
      field: 'v.0',
      key: 'forbiddenKey',
    });
    expect(variablesProblem({ v: { a: [1, 2, { b: 'c' }] } })).toBeNull();
  });
});

describe('variablePath', () => {
  it('reads the path from graphql-js coercion messages', () => {
    expect(
      variablePath(
        'Variable "$i" got invalid value 3 at "i.user.username"; String cannot represent a non string value: 3',
      ),
    ).toBe('i.user.username');
    expect(
      variablePath(
        'Variable "$i" got invalid value { a: "x; y at \\"q\\"" } at "i.user"; Field "displayName" of required type "String!" was not provided.',
      ),
    ).toBe('i.user.displayName');
    expect(
      variablePath(
        'Variable "$f" got invalid value { usernme: {} }; Field "usernme" is not defined by type "UserFilter". Did you mean "username"?',
      ),
    ).toBe('f.usernme');
    expect(variablePath('Variable "$id" of required type "ID!" was not provided.')).toBe('id');
    expect(
      variablePath('Variable "$ids" got invalid value "x" at "ids[3]"; ID cannot represent'),
    ).toBe('ids.3');
    expect(variablePath('Cannot query field "x" on type "Query".')).toBeNull();
  });

  it('strips suggestions', () => {
    expect(
      withoutSuggestions(
        'Cannot query field "customerz" on type "Query". Did you mean "customer" or "customers"?',
      ),
    ).toBe('Cannot query field "customerz" on type "Query".');
  });
});
