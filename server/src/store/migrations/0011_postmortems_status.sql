-- Postmortems, incident public updates, and the public status page.

-- One postmortem per incident: a DRAFT while it is written, PUBLISHED when it is done.
-- Closing an incident of SEV1–SEV3 needs a published one (see docs/adr).
CREATE TABLE postmortems (
  incident_id uuid PRIMARY KEY REFERENCES incidents (id),
  status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
  summary text NOT NULL DEFAULT '',
  impact text NOT NULL DEFAULT '',
  -- [{ "at": ISO time, "text": "…" }], pre-filled from the incident's timeline, then edited.
  timeline jsonb NOT NULL DEFAULT '[]',
  root_cause text NOT NULL DEFAULT '',
  contributing_factors text NOT NULL DEFAULT '',
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  published_at timestamptz,
  published_by text
);

CREATE TABLE postmortem_action_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  incident_id uuid NOT NULL REFERENCES postmortems (incident_id),
  title text NOT NULL,
  owner_id uuid REFERENCES users (id),
  due_date date,
  done boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX postmortem_action_items_incident ON postmortem_action_items (incident_id, created_at);

-- What the public status page says about an incident. Internal notes stay on the timeline.
CREATE TABLE incident_public_updates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  incident_id uuid NOT NULL REFERENCES incidents (id),
  status text NOT NULL CHECK (status IN ('INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED')),
  body text NOT NULL,
  at timestamptz NOT NULL,
  created_by text NOT NULL
);
CREATE INDEX incident_public_updates_incident ON incident_public_updates (incident_id, at);

-- A model deployment shown on the public status page, under a name for the public.
CREATE TABLE status_components (
  deployment_id uuid PRIMARY KEY REFERENCES model_deployments (id) ON DELETE CASCADE,
  display_name text NOT NULL,
  updated_at timestamptz NOT NULL
);

-- A planned maintenance window of a deployment: the status page shows MAINTENANCE inside it.
CREATE TABLE deployment_maintenance (
  deployment_id uuid PRIMARY KEY REFERENCES model_deployments (id) ON DELETE CASCADE,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  message text NOT NULL DEFAULT '',
  CHECK (ends_at > starts_at)
);
