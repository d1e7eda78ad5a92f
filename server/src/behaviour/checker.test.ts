import { describe, expect, it } from 'vitest';
import type { Expectations } from './behaviour.types.ts';
import { compileSchema, evaluate } from './checker.ts';

const none: Expectations = {
  contains: [],
  mustNotContain: [],
  pattern: null,
  jsonSchema: null,
  maxLength: null,
};

const expect_ = (partial: Partial<Expectations>): Expectations => ({ ...none, ...partial });

describe('evaluate', () => {
  it('passes an answer that has every expected property', () => {
    const verdict = evaluate(
      'Paris is the capital of France.',
      expect_({
        contains: ['Paris'],
        mustNotContain: ['Lyon'],
        pattern: '^Paris\\b',
        maxLength: 40,
      }),
    );
    expect(verdict).toEqual({ passed: true, failures: [] });
  });

  it('names each missing text, ignoring case', () => {
    const verdict = evaluate(
      'PARIS, of course.',
      expect_({ contains: ['paris', 'France', 'capital'] }),
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.failures).toEqual([
      'answer does not contain “France”',
      'answer does not contain “capital”',
    ]);
  });

  it('names each forbidden text found, ignoring case', () => {
    const verdict = evaluate(
      'As an AI language model, I cannot say.',
      expect_({ mustNotContain: ['as an ai', 'cannot', 'sorry'] }),
    );
    expect(verdict.failures).toEqual(['answer contains “as an ai”', 'answer contains “cannot”']);
  });

  it('checks the regular expression anywhere in the answer, case-sensitively', () => {
    expect(evaluate('The answer is 4.', expect_({ pattern: '\\b4\\b' })).passed).toBe(true);
    expect(evaluate('the answer is four', expect_({ pattern: '\\b4\\b' })).failures).toEqual([
      'answer does not match /\\b4\\b/',
    ]);
    expect(evaluate('ok', expect_({ pattern: '^OK$' })).passed).toBe(false);
    expect(evaluate('ok', expect_({ pattern: '(?i:^OK$)' })).passed).toBe(true);
  });

  it('reports a pattern that does not compile as a failure rather than throwing', () => {
    const verdict = evaluate('x', expect_({ pattern: '(' }));
    expect(verdict.passed).toBe(false);
    expect(verdict.failures[0]).toMatch(/^the pattern \/\(\/ does not compile: /);
  });

  it('counts characters, not bytes or UTF-16 units, against the limit', () => {
    expect(evaluate('é'.repeat(10), expect_({ maxLength: 10 })).passed).toBe(true);
    expect(evaluate('😀'.repeat(10), expect_({ maxLength: 10 })).passed).toBe(true);
    expect(evaluate('x'.repeat(812), expect_({ maxLength: 400 })).failures).toEqual([
      'answer is 812 characters, limit 400',
    ]);
  });

  describe('JSON schema', () => {
    const schema = {
      type: 'object',
      properties: { answer: { type: 'number' }, unit: { enum: ['m', 'km'] } },
      required: ['answer'],
      additionalProperties: false,
    };

    it('passes JSON valid against the schema', () => {
      expect(evaluate('{"answer": 4}', expect_({ jsonSchema: schema })).passed).toBe(true);
      expect(
        evaluate('  {"answer": 4, "unit": "km"}\n', expect_({ jsonSchema: schema })).passed,
      ).toBe(true);
    });

    it('says where the JSON breaks the schema, by JSON pointer', () => {
      const verdict = evaluate(
        '{"answer": "four", "unit": "mi", "extra": 1}',
        expect_({ jsonSchema: schema }),
      );
      expect(verdict.failures).toEqual([
        'answer: must NOT have additional properties (“extra”)',
        '/answer: must be number',
        '/unit: must be equal to one of the allowed values: "m", "km"',
      ]);
    });

    it('names a missing required property at the root', () => {
      expect(evaluate('{}', expect_({ jsonSchema: schema })).failures).toEqual([
        "answer: must have required property 'answer'",
      ]);
    });

    it('says when the answer is not JSON at all, with the parser’s reason', () => {
      const verdict = evaluate('Sure! {"answer": 4}', expect_({ jsonSchema: schema }));
      expect(verdict.failures).toHaveLength(1);
      expect(verdict.failures[0]).toMatch(/^answer is not JSON: Unexpected token/);
    });
  });

  it('reports every unmet expectation together', () => {
    const verdict = evaluate(
      'As an AI, I think it is probably four.',
      expect_({
        contains: ['4'],
        mustNotContain: ['As an AI'],
        pattern: '^\\d',
        maxLength: 10,
        jsonSchema: { type: 'number' },
      }),
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.failures).toEqual([
      'answer does not contain “4”',
      'answer contains “As an AI”',
      'answer does not match /^\\d/',
      'answer is 38 characters, limit 10',
      expect.stringMatching(/^answer is not JSON: /),
    ]);
  });

  it('passes anything when nothing is expected', () => {
    expect(evaluate('', none)).toEqual({ passed: true, failures: [] });
  });
});

describe('compileSchema', () => {
  it('compiles a valid schema once and reuses it', () => {
    const schema = { type: 'string', maxLength: 3 };
    const first = compileSchema(schema);
    expect(first.ok).toBe(true);
    expect(compileSchema({ ...schema })).toBe(first);
  });

  it('lists what makes a schema invalid', () => {
    const result = compileSchema({ type: 'objec' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toBe('/type: must be equal to one of the allowed values');
  });

  it('refuses misspelt keywords instead of ignoring them', () => {
    const result = compileSchema({ type: 'object', requried: ['a'] });
    expect(result).toEqual({ ok: false, problems: ['strict mode: unknown keyword: "requried"'] });
  });

  it('refuses what is not an object', () => {
    expect(compileSchema([1])).toEqual({ ok: false, problems: ['must be a JSON object'] });
    expect(compileSchema('string')).toEqual({ ok: false, problems: ['must be a JSON object'] });
  });

  it('accepts format as an annotation', () => {
    expect(compileSchema({ type: 'string', format: 'email' }).ok).toBe(true);
  });

  it('keeps two schemas with the same $id apart', () => {
    expect(compileSchema({ $id: 'https://example.com/a', type: 'string' }).ok).toBe(true);
    expect(compileSchema({ $id: 'https://example.com/a', type: 'number' }).ok).toBe(true);
  });
});
