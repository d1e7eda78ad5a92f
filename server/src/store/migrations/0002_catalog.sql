-- The model catalog and immutable releases.

CREATE TABLE models (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  family text NOT NULL,
  source text NOT NULL,
  revision text NOT NULL,
  license text NOT NULL,
  parameter_count_billions double precision NOT NULL CHECK (parameter_count_billions > 0),
  context_length integer NOT NULL CHECK (context_length > 0),
  gpu_memory_gib double precision NOT NULL CHECK (gpu_memory_gib >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL
);

CREATE TABLE releases (
  id text PRIMARY KEY CHECK (id ~ '^rel-[0-9a-f]{16}$'),
  model_id uuid NOT NULL REFERENCES models (id),
  spec jsonb NOT NULL,
  warnings jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL
);
CREATE INDEX releases_model_idx ON releases (model_id, created_at DESC);

-- A release never changes: what ran under an id is what the id says.
CREATE FUNCTION releases_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'releases are immutable: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER releases_immutable
  BEFORE UPDATE OR DELETE ON releases
  FOR EACH ROW EXECUTE FUNCTION releases_reject_change();
