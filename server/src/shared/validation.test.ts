import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseInput } from './errors.ts';
import {
  dnsLabel,
  email,
  imageReference,
  incidentTitle,
  MAX_DEPLOYMENT_NAME,
  password,
  personName,
  replicas,
  sloErrorRatio,
  tokenExpiryDays,
  tokenName,
} from './validation.ts';

/** The field message the server answers for `value`, as the console shows it at the field. */
function serverSays(schema: z.ZodType, value: unknown): string | undefined {
  try {
    parseInput(z.object({ field: schema }), { field: value });
  } catch (error) {
    return (error as { fields: { message: string }[] }).fields[0]?.message;
  }
  return undefined;
}

// The same values and words as the console's form tests (web/src/modules/formRules.test.ts).
describe('input rules the server and the console share', () => {
  it.each([
    [
      'a deployment name with capitals',
      dnsLabel(MAX_DEPLOYMENT_NAME),
      'Qwen',
      'Use lower-case letters only',
    ],
    [
      'a deployment name too long',
      dnsLabel(MAX_DEPLOYMENT_NAME),
      'a'.repeat(57),
      'At most 56 characters (57 so far)',
    ],
    ['a model name ending in -', dnsLabel(), 'qwen-', 'Start and end with a letter or digit'],
    [
      'an email without a domain',
      email,
      'not-an-email',
      'Enter a valid email address, like name@example.com',
    ],
    ['a short password', password, 'short', 'Use at least 12 characters (5 so far)'],
    ['an empty name', personName, '  ', 'Enter the person’s name'],
    [
      'an empty token name',
      tokenName,
      '',
      'Give the token a name, such as the script or service that will use it',
    ],
    ['a token for 400 days', tokenExpiryDays, 400, 'Choose a whole number of days from 1 to 365'],
    ['an incident title of one word', incidentTitle, 'db', 'Say what is wrong, in a few words'],
    ['65 replicas', replicas, 65, 'Enter a whole number from 0 to 64'],
    ['an SLO ratio of 1', sloErrorRatio, 1, 'Enter a ratio between 0 and 1, e.g. 0.01'],
    [
      'an image with spaces',
      imageReference,
      'Not An Image',
      'Enter an image reference such as vllm/vllm-openai:v0.10.1 or …@sha256:<64 hex>',
    ],
  ])('refuses %s', (_what, schema, value, message) => {
    expect(serverSays(schema, value)).toBe(message);
  });

  it('accepts what the rules allow', () => {
    expect(serverSays(dnsLabel(MAX_DEPLOYMENT_NAME), 'qwen-chat')).toBeUndefined();
    expect(serverSays(email, ' ada@example.com ')).toBeUndefined();
    expect(serverSays(imageReference, 'vllm/vllm-openai:v0.10.1')).toBeUndefined();
    expect(serverSays(replicas, 0)).toBeUndefined();
  });
});
