-- On-call schedules, escalation policies, notification channels and the notifications outbox.

-- A schedule is a stack of layers in one IANA time zone; higher layers override lower ones.
-- Layers are kept as JSON (validated by the service): each is a rotation of users with a start,
-- a shift length and an optional restriction to hours of the day.
CREATE TABLE oncall_schedules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  description text NOT NULL DEFAULT '',
  time_zone text NOT NULL,
  layers jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Someone else takes the schedule over a time range, over every layer.
CREATE TABLE oncall_overrides (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  schedule_id uuid NOT NULL REFERENCES oncall_schedules (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
CREATE INDEX oncall_overrides_schedule ON oncall_overrides (schedule_id, starts_at);

-- Ordered steps (JSON: targets and an acknowledgement timeout each), repeated `repeat` times.
-- An incident uses the policy naming its environment, else the default policy.
CREATE TABLE escalation_policies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  description text NOT NULL DEFAULT '',
  steps jsonb NOT NULL,
  repeat integer NOT NULL DEFAULT 0 CHECK (repeat BETWEEN 0 AND 10),
  is_default boolean NOT NULL DEFAULT false,
  environments text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX escalation_policies_one_default ON escalation_policies (is_default)
  WHERE is_default;

CREATE TABLE notification_channels (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  type text NOT NULL CHECK (type IN ('WEBHOOK', 'SLACK', 'EMAIL')),
  -- WEBHOOK and SLACK: where to POST. EMAIL: the recipients.
  url text,
  email_to text[] NOT NULL DEFAULT '{}',
  -- Signs webhook bodies (HMAC-SHA256). It must be readable to sign, so it is stored as is and
  -- never returned after creation.
  secret text,
  enabled boolean NOT NULL DEFAULT true,
  -- Fallback channels hear about every incident nobody acknowledged after the last step.
  is_fallback boolean NOT NULL DEFAULT false,
  consecutive_failures integer NOT NULL DEFAULT 0,
  disabled_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Escalation state of each incident: timers are timestamps, so a restart continues.
CREATE TABLE incident_escalations (
  incident_id uuid PRIMARY KEY REFERENCES incidents (id),
  policy_id uuid REFERENCES escalation_policies (id) ON DELETE SET NULL,
  -- The next step to notify (0-based); equal to the number of steps once in fallback.
  step integer NOT NULL DEFAULT 0,
  -- Passes through the steps already completed.
  round integer NOT NULL DEFAULT 0,
  status text NOT NULL CHECK (status IN ('ACTIVE', 'STOPPED')),
  next_at timestamptz,
  stopped_reason text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX incident_escalations_due ON incident_escalations (next_at) WHERE status = 'ACTIVE';

-- Written in the transaction of the change that causes it; a leader-only dispatcher delivers it.
CREATE TABLE notification_outbox (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  incident_id uuid REFERENCES incidents (id),
  channel_id uuid REFERENCES notification_channels (id) ON DELETE SET NULL,
  channel_type text NOT NULL CHECK (channel_type IN ('WEBHOOK', 'SLACK', 'EMAIL')),
  channel_name text NOT NULL,
  -- Whom or where: a user's email address, a webhook host, the channel's recipients.
  target text NOT NULL,
  -- Messages with the same key are delivered in order: one incident on one channel or address.
  ordering_key text NOT NULL,
  event text NOT NULL,
  payload jsonb NOT NULL,
  idempotency_key uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
  status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL,
  next_attempt_at timestamptz NOT NULL,
  delivered_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notification_outbox_pending ON notification_outbox (next_attempt_at, id)
  WHERE status = 'PENDING';
CREATE INDEX notification_outbox_ordering ON notification_outbox (ordering_key, id)
  WHERE status = 'PENDING';
CREATE INDEX notification_outbox_incident ON notification_outbox (incident_id, id);

-- The incident timeline records escalations and each notification sent.
ALTER TABLE incident_timeline DROP CONSTRAINT incident_timeline_kind_check;
ALTER TABLE incident_timeline ADD CONSTRAINT incident_timeline_kind_check CHECK (
  kind IN ('OPENED', 'SIGNAL_JOINED', 'SIGNAL_RESOLVED', 'STATUS_CHANGED', 'SEVERITY_CHANGED',
    'ASSIGNED', 'NOTE', 'MERGED', 'ESCALATED', 'NOTIFIED')
);
