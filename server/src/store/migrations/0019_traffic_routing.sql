-- Canaries by traffic: a deployment that names a Gateway gets an HTTPRoute Backline manages,
-- with its stable and canary tracks as weighted backends. `canary_weight` is the share of
-- requests the route gives the canary (0–100) and `mirror_percent` the share of requests it
-- copies to the canary (responses discarded) during a shadow step; NULL mirrors nothing.
-- Without a Gateway the canary's share is its share of the replicas, as before.
ALTER TABLE model_deployments
  ADD COLUMN gateway_namespace text,
  ADD COLUMN gateway_name text,
  ADD COLUMN canary_weight integer NOT NULL DEFAULT 0 CHECK (canary_weight BETWEEN 0 AND 100),
  ADD COLUMN mirror_percent integer CHECK (mirror_percent BETWEEN 1 AND 100),
  -- Whether the route and the per-track Services were applied and not removed since: only then
  -- does a deployment taken off its Gateway have objects to remove (no blind deletes).
  ADD COLUMN route_applied boolean NOT NULL DEFAULT false;
ALTER TABLE model_deployments ADD CONSTRAINT model_deployments_gateway_whole CHECK (
  (gateway_namespace IS NULL) = (gateway_name IS NULL)
);

-- How the rollout shifts traffic: by the canary's share of the replicas, or by route weights.
ALTER TABLE rollouts ADD COLUMN mode text NOT NULL DEFAULT 'REPLICAS'
  CHECK (mode IN ('REPLICAS', 'TRAFFIC'));
