-- A model server a team ran and Backline adopted: a managed deployment that keeps the shape it
-- had in the cluster. `adopted` holds the live pod selector (immutable in Kubernetes), the pod
-- template as it ran (applied unchanged while the adopted release runs, so adopting restarts no
-- pod), the release imported at adoption, and what discovery had recognised of it (to go back to
-- when Backline hands it back). Null for a deployment Backline created.
ALTER TABLE model_deployments ADD COLUMN adopted jsonb;
ALTER TABLE model_deployments ADD CONSTRAINT model_deployments_adopted_is_managed CHECK (
  adopted IS NULL OR managed
);
