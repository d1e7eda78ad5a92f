-- The latest health report of each model deployment, written by the leader at every evaluation,
-- so every replica answers with the same health, and a new leader continues from the state the
-- old one left (with its open incident) instead of from UNKNOWN.

CREATE TABLE health_reports (
  deployment_id uuid PRIMARY KEY REFERENCES model_deployments (id) ON DELETE CASCADE,
  state text NOT NULL,
  reasons jsonb NOT NULL,
  since timestamptz NOT NULL,
  checked_at timestamptz NOT NULL,
  findings jsonb NOT NULL,
  past_terminations jsonb NOT NULL DEFAULT '[]',
  metrics jsonb,
  synthetic jsonb
);
