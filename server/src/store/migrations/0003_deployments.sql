-- Model deployments: where a release runs, how many replicas, with which strategy and SLOs.

CREATE TABLE model_deployments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  namespace text NOT NULL,
  name text NOT NULL,
  environment text NOT NULL CHECK (environment IN ('DEV', 'STAGING', 'PROD')),
  release_id text NOT NULL REFERENCES releases (id),
  replicas integer NOT NULL CHECK (replicas BETWEEN 0 AND 64),
  strategy text NOT NULL CHECK (strategy IN ('CANARY', 'ROLLING', 'RECREATE')),
  slo_error_ratio double precision CHECK (slo_error_ratio > 0 AND slo_error_ratio < 1),
  slo_ttft_p95_ms integer CHECK (slo_ttft_p95_ms > 0),
  -- Desired state changes bump generation; the reconciler records what it applied.
  generation bigint NOT NULL DEFAULT 1,
  applied_generation bigint NOT NULL DEFAULT 0,
  last_applied_at timestamptz,
  last_apply_error text,
  deleting boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL,
  UNIQUE (namespace, name)
);

CREATE TABLE deployment_revisions (
  deployment_id uuid NOT NULL REFERENCES model_deployments (id) ON DELETE CASCADE,
  revision integer NOT NULL,
  release_id text NOT NULL REFERENCES releases (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL,
  reason text,
  PRIMARY KEY (deployment_id, revision)
);
