-- Event payloads too large for a NOTIFY (8,000 bytes): the event bus stores them here and
-- notifies their id. Rows are only needed until every replica has read them; the bus
-- deletes those older than ten minutes as it goes.

CREATE TABLE event_payloads (
  id bigserial PRIMARY KEY,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX event_payloads_created_at ON event_payloads (created_at);
