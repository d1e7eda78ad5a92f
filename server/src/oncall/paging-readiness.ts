import { ENVIRONMENTS, type Environment } from '../catalog/index.ts';
import type { PolicyRecord } from './oncall.repository.ts';

/** Something that keeps an incident's page from reaching anyone, with where to fix it. */
export interface PagingProblem {
  environment: Environment;
  message: string;
  /** The console page that fixes it. */
  fixPath: string;
}

export interface PagingReadiness {
  ready: boolean;
  problems: PagingProblem[];
}

/**
 * Whether an incident of each environment pages someone: a policy applies to it (the one naming
 * it, else the default) with a step that names a target, or a fallback channel is there, which
 * is told when no policy is. Pure: the caller reads the policies and the fallback channels.
 */
export function pagingReadiness(
  policies: Pick<PolicyRecord, 'name' | 'steps' | 'isDefault' | 'environments'>[],
  fallbackChannels: number,
): PagingReadiness {
  const problems: PagingProblem[] = [];
  for (const environment of ENVIRONMENTS) {
    const policy =
      policies.find((p) => p.environments.includes(environment)) ??
      policies.find((p) => p.isDefault);
    const reaches = policy?.steps.some((s) => s.targets.length > 0) ?? false;
    if (reaches || fallbackChannels > 0) continue;
    problems.push({
      environment,
      message: policy
        ? `${environment} incidents page nobody: the escalation policy ${policy.name} names no one, and there is no fallback channel.`
        : `${environment} incidents page nobody: no escalation policy applies to ${environment} and there is no fallback channel.`,
      fixPath: '/oncall/policies',
    });
  }
  return { ready: problems.length === 0, problems };
}
