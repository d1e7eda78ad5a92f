-- Model servers a team already runs, which Backline watches without managing: an observed
-- deployment has no release and is never applied; it carries what discovery recognised of it.
ALTER TABLE model_deployments ADD COLUMN managed boolean NOT NULL DEFAULT true;
ALTER TABLE model_deployments ADD COLUMN observed jsonb;
ALTER TABLE model_deployments ALTER COLUMN release_id DROP NOT NULL;
ALTER TABLE model_deployments ADD CONSTRAINT model_deployments_managed_or_observed CHECK (
  (managed AND release_id IS NOT NULL AND observed IS NULL)
  OR (NOT managed AND release_id IS NULL AND observed IS NOT NULL)
);
