import type { GoldenPromptFieldsFragment } from '../../generated/graphql';
import type { FormErrors } from '../../ui/useFormState';

export type GoldenPromptValues = {
  name: string;
  system: string;
  user: string;
  maxTokens: string;
  /** One text per line. */
  contains: string;
  /** One text per line. */
  mustNotContain: string;
  pattern: string;
  jsonSchema: string;
  maxLength: string;
};

export const EMPTY_GOLDEN_PROMPT: GoldenPromptValues = {
  name: '',
  system: '',
  user: '',
  maxTokens: '64',
  contains: '',
  mustNotContain: '',
  pattern: '',
  jsonSchema: '',
  maxLength: '',
};

export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function wholeNumber(text: string, min: number, max: number): boolean {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
}

function regexProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : 'Not a regular expression';
  }
}

function schemaProblem(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? undefined
      : 'A JSON schema is a JSON object, e.g. {"type": "object"}';
  } catch (error) {
    return `Not JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export function validateGoldenPrompt(values: GoldenPromptValues): FormErrors<GoldenPromptValues> {
  const nothingExpected =
    !lines(values.contains).length &&
    !lines(values.mustNotContain).length &&
    !values.pattern &&
    !values.jsonSchema.trim() &&
    !values.maxLength.trim();
  return {
    name: !values.name.trim()
      ? 'Enter a name'
      : values.name.trim().length > 120
        ? 'At most 120 characters'
        : undefined,
    user: values.user.trim() ? undefined : 'Enter what the user asks',
    maxTokens: wholeNumber(values.maxTokens, 1, 4096)
      ? undefined
      : 'Enter a whole number from 1 to 4096',
    contains: nothingExpected
      ? 'Set at least one expectation: a text it contains, one it must not, a pattern, a JSON schema or a length'
      : lines(values.contains).some((l) => l.length > 500)
        ? 'Each line at most 500 characters'
        : undefined,
    mustNotContain: lines(values.mustNotContain).some((l) => l.length > 500)
      ? 'Each line at most 500 characters'
      : undefined,
    pattern: values.pattern ? regexProblem(values.pattern) : undefined,
    jsonSchema: values.jsonSchema.trim() ? schemaProblem(values.jsonSchema) : undefined,
    maxLength:
      !values.maxLength.trim() || wholeNumber(values.maxLength, 1, 100_000)
        ? undefined
        : 'Enter a whole number of characters, at least 1',
  };
}

type Message = GoldenPromptFieldsFragment['messages'][number];

/** The form's view of a stored prompt: its first system message and its last user message. */
export function valuesOf(prompt: GoldenPromptFieldsFragment): GoldenPromptValues {
  const e = prompt.expectations;
  const system = prompt.messages[0]?.role === 'SYSTEM' ? prompt.messages[0].content : '';
  const user = prompt.messages.at(-1)?.content ?? '';
  return {
    name: prompt.name,
    system,
    user,
    maxTokens: String(prompt.maxTokens),
    contains: e.contains.join('\n'),
    mustNotContain: e.mustNotContain.join('\n'),
    pattern: e.pattern ?? '',
    jsonSchema: e.jsonSchema == null ? '' : JSON.stringify(e.jsonSchema, null, 2),
    maxLength: e.maxLength == null ? '' : String(e.maxLength),
  };
}

/**
 * The input the API takes. The turns between the system message and the last user message of
 * an existing prompt are kept as they were.
 */
export function inputOf(values: GoldenPromptValues, existing?: GoldenPromptFieldsFragment) {
  const previous = existing?.messages ?? [];
  const middle = previous.slice(previous[0]?.role === 'SYSTEM' ? 1 : 0, -1);
  const messages: Message[] = [
    ...(values.system.trim() ? [{ role: 'SYSTEM' as const, content: values.system }] : []),
    ...middle,
    { role: 'USER' as const, content: values.user },
  ];
  return {
    name: values.name.trim(),
    messages: messages.map(({ role, content }) => ({ role, content })),
    maxTokens: Number(values.maxTokens),
    expect: {
      contains: lines(values.contains),
      mustNotContain: lines(values.mustNotContain),
      pattern: values.pattern || null,
      jsonSchema: values.jsonSchema.trim() ? (JSON.parse(values.jsonSchema) as unknown) : null,
      maxLength: values.maxLength.trim() ? Number(values.maxLength) : null,
    },
  };
}

/** Where the API's field paths (`expect.pattern`, `messages.0.content`) show in the form. */
export function formField(path: string): keyof GoldenPromptValues | null {
  const [first, second] = path.split('.');
  if (first === 'expect') {
    if (!second) return 'contains';
    return second in EMPTY_GOLDEN_PROMPT ? (second as keyof GoldenPromptValues) : null;
  }
  if (first === 'prompt' || first === 'messages') return 'user';
  if (first === 'name' || first === 'maxTokens') return first;
  return null;
}
