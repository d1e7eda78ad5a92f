-- Incidents: the lifecycle, the signals that opened or joined each one, and its timeline.
-- Later parts (on-call, escalation, notifications, postmortems, tickets, status page) refer to
-- incidents(id) from tables of their own.

CREATE TABLE incidents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- A short number for people: INC-42.
  number bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  title text NOT NULL,
  summary text NOT NULL DEFAULT '',
  status text NOT NULL CHECK (
    status IN ('TRIGGERED', 'ACKNOWLEDGED', 'MITIGATED', 'RESOLVED', 'CLOSED', 'MERGED', 'CANCELED')
  ),
  severity text NOT NULL CHECK (severity IN ('SEV1', 'SEV2', 'SEV3', 'SEV4')),
  source text NOT NULL CHECK (source IN ('HEALTH', 'ROLLOUT', 'ALERTMANAGER', 'MANUAL')),
  fingerprint text NOT NULL,
  environment text CHECK (environment IN ('DEV', 'STAGING', 'PROD')),
  deployment_namespace text,
  deployment_name text,
  commander_id uuid REFERENCES users (id),
  assignee_id uuid REFERENCES users (id),
  merged_into_id uuid REFERENCES incidents (id),
  cancel_reason text,
  -- Timestamps of each step, for time-to-acknowledge and time-to-resolve.
  triggered_at timestamptz NOT NULL,
  acknowledged_at timestamptz,
  mitigated_at timestamptz,
  resolved_at timestamptz,
  closed_at timestamptz,
  created_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((deployment_namespace IS NULL) = (deployment_name IS NULL))
);

-- One open incident per fingerprint, whatever races between the signals that carry it.
CREATE UNIQUE INDEX incidents_open_fingerprint ON incidents (fingerprint)
  WHERE status IN ('TRIGGERED', 'ACKNOWLEDGED', 'MITIGATED');

CREATE INDEX incidents_triggered_at ON incidents (triggered_at DESC);
CREATE INDEX incidents_deployment ON incidents (deployment_namespace, deployment_name);

-- Each distinct signal (an alert, a health or rollout condition) attached to an incident.
-- An incident resolves by itself when all of its signals have resolved.
CREATE TABLE incident_signals (
  incident_id uuid NOT NULL REFERENCES incidents (id),
  fingerprint text NOT NULL,
  source text NOT NULL CHECK (source IN ('HEALTH', 'ROLLOUT', 'ALERTMANAGER', 'MANUAL')),
  status text NOT NULL CHECK (status IN ('FIRING', 'RESOLVED')),
  first_at timestamptz NOT NULL,
  last_at timestamptz NOT NULL,
  count integer NOT NULL DEFAULT 1,
  PRIMARY KEY (incident_id, fingerprint)
);

CREATE INDEX incident_signals_fingerprint ON incident_signals (fingerprint);

CREATE TABLE incident_timeline (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  incident_id uuid NOT NULL REFERENCES incidents (id),
  at timestamptz NOT NULL,
  kind text NOT NULL CHECK (
    kind IN ('OPENED', 'SIGNAL_JOINED', 'SIGNAL_RESOLVED', 'STATUS_CHANGED', 'SEVERITY_CHANGED',
      'ASSIGNED', 'NOTE', 'MERGED')
  ),
  actor_type text NOT NULL CHECK (actor_type IN ('USER', 'TOKEN', 'SYSTEM')),
  actor_id text,
  actor text NOT NULL,
  message text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'
);

CREATE INDEX incident_timeline_incident ON incident_timeline (incident_id, at, id);
