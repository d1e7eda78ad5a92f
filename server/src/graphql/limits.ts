import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ValidationRule } from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
}

/** Validation rules that refuse over-deep, over-costly or alias-amplified operations. */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, exposeLimits: true, ignoreIntrospection: true }),
    costLimitRule({ maxCost: limits.maxCost, exposeLimits: true, ignoreIntrospection: true }),
    maxAliasesRule({ n: limits.maxAliases, exposeLimits: true }),
  ] as ValidationRule[];
}
