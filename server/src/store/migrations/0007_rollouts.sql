-- Progressive rollouts: a deployment moves from one release to another step by step, with
-- analysis at each step and automatic rollback. The controller keeps all its state here.

-- What the reconciler applies while a rollout runs. The stable Deployment runs
-- `stable_release_id` (NULL: `release_id`) with `replicas - canary_replicas` replicas; the
-- `<name>-canary` Deployment runs `canary_release_id` (NULL: no canary Deployment).
ALTER TABLE model_deployments
  ADD COLUMN stable_release_id text REFERENCES releases (id),
  ADD COLUMN canary_release_id text REFERENCES releases (id),
  ADD COLUMN canary_replicas integer NOT NULL DEFAULT 0 CHECK (canary_replicas BETWEEN 0 AND 64);

CREATE TABLE rollouts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  deployment_id uuid NOT NULL REFERENCES model_deployments (id) ON DELETE CASCADE,
  strategy text NOT NULL CHECK (strategy IN ('CANARY', 'ROLLING', 'RECREATE')),
  state text NOT NULL CHECK (state IN ('PENDING', 'PROGRESSING', 'PAUSED', 'PROMOTING', 'SUCCEEDED',
    'ABORTING', 'ROLLING_BACK', 'ROLLED_BACK', 'FAILED')),
  from_release_id text REFERENCES releases (id),
  to_release_id text NOT NULL REFERENCES releases (id),
  current_step integer NOT NULL DEFAULT 0,
  -- [{ weightPercent, analysisSeconds, startedAt, finishedAt }]
  steps jsonb NOT NULL,
  -- When the current step's new pods were all ready: its analysis window runs from here to the deadline.
  window_started_at timestamptz,
  step_deadline timestamptz,
  -- Counters of the new and the stable pods at the start of the window.
  window_counters jsonb,
  -- Pods of the new release seen ready at least once: a crash before that fails at once.
  ever_ready jsonb NOT NULL DEFAULT '[]',
  reason text,
  -- When analysis failed, for the time to rollback.
  failed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  finished_at timestamptz
);
-- One rollout under way per deployment.
CREATE UNIQUE INDEX rollouts_one_active_idx ON rollouts (deployment_id)
  WHERE state NOT IN ('SUCCEEDED', 'ROLLED_BACK', 'FAILED');
CREATE INDEX rollouts_deployment_idx ON rollouts (deployment_id, created_at DESC);

CREATE TABLE rollout_events (
  id bigserial PRIMARY KEY,
  rollout_id uuid NOT NULL REFERENCES rollouts (id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  from_state text,
  to_state text NOT NULL,
  step integer,
  actor text NOT NULL,
  message text NOT NULL
);
CREATE INDEX rollout_events_rollout_idx ON rollout_events (rollout_id, id);

CREATE TABLE rollout_analysis (
  id bigserial PRIMARY KEY,
  rollout_id uuid NOT NULL REFERENCES rollouts (id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  step integer NOT NULL,
  check_name text NOT NULL,
  verdict text NOT NULL CHECK (verdict IN ('PASS', 'FAIL', 'INCONCLUSIVE')),
  message text NOT NULL,
  canary_value double precision,
  baseline_value double precision,
  threshold double precision,
  details jsonb
);
CREATE INDEX rollout_analysis_rollout_idx ON rollout_analysis (rollout_id, id DESC);
