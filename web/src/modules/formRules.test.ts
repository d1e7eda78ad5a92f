import { describe, expect, it } from 'vitest';
import { validateNewModel } from './catalog/modelValidation';
import { NEW_RELEASE_DEFAULTS, validateNewRelease } from './catalog/releaseValidation';
import { validateNewDeployment } from './deployments/deploymentValidation';
import { validateNewToken } from './tokens/tokenValidation';
import { validateNewUser } from './users/userValidation';

const deployment = {
  namespace: 'ml-prod',
  name: 'qwen-chat',
  environment: 'PROD',
  modelId: 'm1',
  releaseId: 'rel-1',
  replicas: '2',
  strategy: 'ROLLING',
  sloErrorRatio: '',
  sloTtftP95Ms: '',
  gatewayNamespace: '',
  gatewayName: '',
  reason: '',
};
const user = {
  email: 'ada@example.com',
  name: 'Ada',
  role: 'VIEWER' as const,
  password: 'x'.repeat(16),
};
const model = {
  name: 'qwen',
  family: 'Qwen2.5',
  source: 'hf://Qwen/Qwen2.5-7B-Instruct',
  revision: 'main',
  license: 'Apache-2.0',
  parameterCountBillions: '7',
  contextLength: '32768',
  gpuMemoryGiB: '16',
};
const release = { ...NEW_RELEASE_DEFAULTS, image: 'vllm/vllm-openai:v0.10.1' };

// The same values and words as the server's test of these rules (server/src/shared/validation.test.ts).
describe('the console checks what the server checks, in its words', () => {
  it.each([
    [
      'a deployment name with capitals',
      validateNewDeployment({ ...deployment, name: 'Qwen' }).name,
      'Use lower-case letters only',
    ],
    [
      'a deployment name too long',
      validateNewDeployment({ ...deployment, name: 'a'.repeat(57) }).name,
      'At most 56 characters (57 so far)',
    ],
    [
      'a model name ending in -',
      validateNewModel({ ...model, name: 'qwen-' }).name,
      'Start and end with a letter or digit',
    ],
    [
      'an email without a domain',
      validateNewUser({ ...user, email: 'not-an-email' }).email,
      'Enter a valid email address, like name@example.com',
    ],
    [
      'a short password',
      validateNewUser({ ...user, password: 'short' }).password,
      'Use at least 12 characters (5 so far)',
    ],
    ['an empty name', validateNewUser({ ...user, name: '  ' }).name, 'Enter the person’s name'],
    [
      'an empty token name',
      validateNewToken({ name: '', role: 'SRE', expiresInDays: '30' }).name,
      'Give the token a name, such as the script or service that will use it',
    ],
    [
      'a token for 400 days',
      validateNewToken({ name: 'ci', role: 'SRE', expiresInDays: '400' }).expiresInDays,
      'Choose a whole number of days from 1 to 365',
    ],
    [
      '65 replicas',
      validateNewDeployment({ ...deployment, replicas: '65' }).replicas,
      'Enter a whole number from 0 to 64',
    ],
    [
      'an SLO ratio of 1',
      validateNewDeployment({ ...deployment, sloErrorRatio: '1' }).sloErrorRatio,
      'Enter a ratio between 0 and 1, e.g. 0.01',
    ],
    [
      'an image with spaces',
      validateNewRelease({ ...release, image: 'Not An Image' }).image,
      'Enter an image reference such as vllm/vllm-openai:v0.10.1 or …@sha256:<64 hex>',
    ],
  ])('refuses %s', (_what, shown, message) => {
    expect(shown).toBe(message);
  });

  it('accepts what the server accepts, and leaves optional numbers empty', () => {
    expect(Object.values(validateNewDeployment(deployment)).filter(Boolean)).toEqual([]);
    expect(Object.values(validateNewUser(user)).filter(Boolean)).toEqual([]);
    expect(validateNewToken({ name: 'ci', role: 'SRE', expiresInDays: '' }).expiresInDays).toBe(
      'Choose a whole number of days from 1 to 365',
    );
  });
});
