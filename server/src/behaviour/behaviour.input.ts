import { z } from 'zod';
import { CHAT_ROLES } from './behaviour.types.ts';
import { compileSchema } from './checker.ts';

const MAX_PATTERN = 500;

function compiles(pattern: string): string | null {
  try {
    new RegExp(pattern);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const needles = z
  .array(
    z
      .string()
      .max(500, 'must be at most 500 characters')
      .refine((s) => s.trim().length > 0, 'must not be empty'),
  )
  .max(20, 'at most 20 entries')
  .nullish()
  .transform((v) => v ?? []);

const expectationsInput = z
  .object({
    contains: needles,
    mustNotContain: needles,
    pattern: z
      .string()
      .max(MAX_PATTERN, `must be at most ${MAX_PATTERN} characters`)
      .nullish()
      .transform((v) => (v ? v : null))
      .superRefine((pattern, ctx) => {
        const problem = pattern === null ? null : compiles(pattern);
        if (problem)
          ctx.addIssue({ code: 'custom', message: `is not a regular expression: ${problem}` });
      }),
    jsonSchema: z
      .unknown()
      .optional()
      .transform((v) => (v === undefined || v === null ? null : v))
      .superRefine((schema, ctx) => {
        if (schema === null) return;
        const compiled = compileSchema(schema);
        if (!compiled.ok)
          ctx.addIssue({
            code: 'custom',
            message: `is not a JSON schema that can be compiled: ${compiled.problems.join('; ')}`,
          });
      })
      .transform((v) => v as Record<string, unknown> | null),
    maxLength: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(100_000, 'must be at most 100000')
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((e, ctx) => {
    if (
      !e.contains.length &&
      !e.mustNotContain.length &&
      e.pattern === null &&
      e.jsonSchema === null &&
      e.maxLength === null
    ) {
      ctx.addIssue({
        code: 'custom',
        message:
          'must set at least one of contains, mustNotContain, pattern, jsonSchema or maxLength',
      });
    }
  });

const messageInput = z.object({
  role: z
    .string()
    .transform((r) => r.toLowerCase())
    .pipe(z.enum(CHAT_ROLES, 'must be SYSTEM, USER or ASSISTANT')),
  content: z
    .string()
    .max(20_000, 'must be at most 20000 characters')
    .refine((s) => s.trim().length > 0, 'must not be empty'),
});

/** The editable fields of a golden prompt: a user text or chat messages, and expectations. */
export const goldenPromptFieldsInput = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
    prompt: z
      .string()
      .max(20_000, 'must be at most 20000 characters')
      .nullish()
      .transform((v) => v ?? null),
    messages: z
      .array(messageInput)
      .max(20, 'at most 20 messages')
      .nullish()
      .transform((v) => v ?? null),
    maxTokens: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(4096, 'must be at most 4096'),
    expect: expectationsInput,
  })
  .superRefine((input, ctx) => {
    if (input.prompt !== null && input.messages !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['messages'],
        message: 'give either prompt or messages, not both',
      });
    } else if (input.prompt !== null) {
      if (!input.prompt.trim())
        ctx.addIssue({ code: 'custom', path: ['prompt'], message: 'must not be empty' });
    } else if (input.messages === null || input.messages.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['prompt'],
        message: 'give the prompt: a user text, or messages',
      });
    } else if (input.messages.at(-1)?.role !== 'user') {
      ctx.addIssue({
        code: 'custom',
        path: ['messages', String(input.messages.length - 1), 'role'],
        message: 'the last message must be from the user',
      });
    }
  })
  .transform(({ prompt, messages, expect, ...rest }) => ({
    ...rest,
    messages: prompt !== null ? [{ role: 'user' as const, content: prompt }] : (messages ?? []),
    expectations: expect,
  }));

export const checkDeploymentInput = z.object({
  namespace: z.string().min(1, 'must not be empty'),
  name: z.string().min(1, 'must not be empty'),
  pod: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  timeoutSeconds: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(120, 'must be at most 120')
    .nullish()
    .transform((v) => v ?? null),
});
