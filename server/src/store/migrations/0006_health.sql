-- Health of model deployments: every evaluation as a sample (for charts), and state changes.

CREATE TABLE health_samples (
  deployment_id uuid NOT NULL REFERENCES model_deployments (id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  state text NOT NULL,
  request_rate double precision,
  error_ratio double precision,
  ttft_p95_ms double precision,
  kv_cache_usage double precision,
  PRIMARY KEY (deployment_id, at)
);

CREATE TABLE health_transitions (
  id bigserial PRIMARY KEY,
  deployment_id uuid NOT NULL REFERENCES model_deployments (id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  from_state text NOT NULL,
  to_state text NOT NULL,
  reasons jsonb NOT NULL,
  findings jsonb NOT NULL
);
CREATE INDEX health_transitions_deployment_idx ON health_transitions (deployment_id, at DESC);
