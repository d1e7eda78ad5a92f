-- What happened to a model deployment that its release history does not say: the reconciler
-- re-creating objects that went missing from the cluster, and why.

CREATE TABLE deployment_timeline (
  id bigserial PRIMARY KEY,
  deployment_id uuid NOT NULL REFERENCES model_deployments (id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  kind text NOT NULL,
  message text NOT NULL,
  actor text NOT NULL,
  objects jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX deployment_timeline_deployment_idx ON deployment_timeline (deployment_id, at DESC);
