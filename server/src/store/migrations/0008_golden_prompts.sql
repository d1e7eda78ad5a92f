-- Golden prompts: questions a model is asked after a new release starts, with
-- properties its answer must have. A release that answers differently is caught
-- while it is a canary, even when it does not crash.

CREATE TABLE golden_prompts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  model_id uuid NOT NULL REFERENCES models (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  -- Chat messages [{ role, content }], sent as they are.
  messages jsonb NOT NULL,
  max_tokens integer NOT NULL CHECK (max_tokens BETWEEN 1 AND 4096),
  -- Expected properties of the answer; at least one is set (checked by the API).
  contains jsonb NOT NULL DEFAULT '[]',
  must_not_contain jsonb NOT NULL DEFAULT '[]',
  pattern text,
  json_schema jsonb,
  max_length integer CHECK (max_length > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL,
  UNIQUE (model_id, name)
);
