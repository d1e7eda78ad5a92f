-- Support tickets: requests from customers, their conversation (public replies and internal notes),
-- SLA policies per priority on business-hours calendars, and links to incidents.

-- When the SLA clocks count. `hours` is a list of weekly windows {"day": 1..7 (ISO, Monday = 1),
-- "start": "HH:MM", "end": "HH:MM"} in `time_zone`; an end at or before the start ends on the next
-- day (overnight). `holidays` are local dates (YYYY-MM-DD) on which no window opens.
-- `always_open` calendars count every minute.
CREATE TABLE ticket_calendars (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][-a-z0-9]*$'),
  name text NOT NULL,
  time_zone text NOT NULL,
  always_open boolean NOT NULL DEFAULT false,
  hours jsonb NOT NULL DEFAULT '[]',
  holidays jsonb NOT NULL DEFAULT '[]'
);

-- One policy per priority: targets in calendar minutes of the policy's calendar.
CREATE TABLE ticket_sla_policies (
  priority text PRIMARY KEY CHECK (priority IN ('URGENT', 'HIGH', 'NORMAL', 'LOW')),
  calendar_id text NOT NULL REFERENCES ticket_calendars (id),
  first_response_minutes integer NOT NULL CHECK (first_response_minutes > 0),
  next_update_minutes integer NOT NULL CHECK (next_update_minutes > 0),
  resolution_minutes integer NOT NULL CHECK (resolution_minutes > 0)
);

INSERT INTO ticket_calendars (id, name, time_zone, always_open, hours) VALUES
  ('always', '24×7', 'UTC', true, '[]'),
  ('business-hours', 'Business hours (Mon–Fri 09:00–17:00, Europe/Berlin)', 'Europe/Berlin', false,
   '[{"day":1,"start":"09:00","end":"17:00"},{"day":2,"start":"09:00","end":"17:00"},
     {"day":3,"start":"09:00","end":"17:00"},{"day":4,"start":"09:00","end":"17:00"},
     {"day":5,"start":"09:00","end":"17:00"}]');

INSERT INTO ticket_sla_policies
  (priority, calendar_id, first_response_minutes, next_update_minutes, resolution_minutes) VALUES
  ('URGENT', 'always', 30, 60, 240),
  ('HIGH', 'always', 120, 240, 1440),
  ('NORMAL', 'business-hours', 480, 960, 4800),
  ('LOW', 'business-hours', 960, 2400, 9600);

CREATE TABLE tickets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- A short number for people: T-1001.
  number bigint GENERATED ALWAYS AS IDENTITY (START WITH 1001) UNIQUE,
  subject text NOT NULL,
  description text NOT NULL,
  priority text NOT NULL CHECK (priority IN ('URGENT', 'HIGH', 'NORMAL', 'LOW')),
  status text NOT NULL CHECK (
    status IN ('NEW', 'OPEN', 'PENDING_CUSTOMER', 'PENDING_INCIDENT', 'RESOLVED', 'CLOSED', 'MERGED')
  ),
  requester_name text NOT NULL,
  requester_email text NOT NULL,
  requester_organisation text,
  assignee_id uuid REFERENCES users (id),
  group_name text,
  tags text[] NOT NULL DEFAULT '{}',
  source text NOT NULL CHECK (source IN ('CONSOLE', 'INBOUND')),
  -- A retried inbound post with the same key returns the ticket it created.
  idempotency_key text UNIQUE,
  incident_id uuid REFERENCES incidents (id),
  merged_into_id uuid REFERENCES tickets (id),
  -- A public reply drafted when the linked incident resolved, for an agent to edit and send.
  suggested_reply text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  first_responded_at timestamptz,
  last_public_reply_at timestamptz,
  resolved_at timestamptz,
  closed_at timestamptz,
  created_by text NOT NULL,
  CHECK ((status = 'PENDING_INCIDENT') <= (incident_id IS NOT NULL))
);

CREATE INDEX tickets_status ON tickets (status, created_at DESC);
CREATE INDEX tickets_incident ON tickets (incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX tickets_assignee ON tickets (assignee_id);

-- The conversation: PUBLIC replies (to or from the customer) and INTERNAL notes and events.
CREATE TABLE ticket_messages (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES tickets (id),
  at timestamptz NOT NULL,
  visibility text NOT NULL CHECK (visibility IN ('PUBLIC', 'INTERNAL')),
  author_type text NOT NULL CHECK (author_type IN ('CUSTOMER', 'AGENT', 'SYSTEM')),
  author_id text,
  author_name text NOT NULL,
  body text NOT NULL,
  -- A retried inbound follow-up with the same key adds nothing.
  idempotency_key text UNIQUE,
  -- Only agents write internal notes; system events are internal too.
  CHECK (author_type <> 'CUSTOMER' OR visibility = 'PUBLIC')
);

CREATE INDEX ticket_messages_ticket ON ticket_messages (ticket_id, at, id);

-- Periods in which SLA clocks stop: the ticket waited in this status. An open period has no end.
CREATE TABLE ticket_sla_pauses (
  ticket_id uuid NOT NULL REFERENCES tickets (id),
  status text NOT NULL CHECK (status IN ('PENDING_CUSTOMER', 'PENDING_INCIDENT', 'RESOLVED')),
  started_at timestamptz NOT NULL,
  ended_at timestamptz,
  PRIMARY KEY (ticket_id, started_at, status)
);

-- Breaches already announced, so the leader's sweep announces each one once.
CREATE TABLE ticket_sla_breaches (
  ticket_id uuid NOT NULL REFERENCES tickets (id),
  clock text NOT NULL CHECK (clock IN ('FIRST_RESPONSE', 'NEXT_UPDATE', 'RESOLUTION')),
  clock_started_at timestamptz NOT NULL,
  breached_at timestamptz NOT NULL,
  PRIMARY KEY (ticket_id, clock, clock_started_at)
);
