-- What model deployments cost: the price book and the usage it prices.

-- A GPU-hour price for one GPU product (the node label nvidia.com/gpu.product; '*' for any
-- product without its own price) and capacity type. Versions are never changed: a new price
-- is a new row, effective from its date until the next one. The shipped defaults are data in
-- the costs domain, not rows.
CREATE TABLE cost_gpu_prices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gpu_product text NOT NULL,
  capacity text NOT NULL CHECK (capacity IN ('ON_DEMAND', 'SPOT')),
  usd_per_gpu_hour numeric NOT NULL CHECK (usd_per_gpu_hour >= 0),
  effective_from timestamptz NOT NULL,
  source text NOT NULL,
  source_url text,
  set_by text NOT NULL,
  set_at timestamptz NOT NULL,
  UNIQUE (gpu_product, capacity, effective_from)
);

-- List prices of a closed API per million input and output tokens, versioned the same way.
CREATE TABLE cost_api_prices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  api text NOT NULL,
  display_name text NOT NULL,
  usd_per_million_input numeric NOT NULL CHECK (usd_per_million_input >= 0),
  usd_per_million_output numeric NOT NULL CHECK (usd_per_million_output >= 0),
  effective_from timestamptz NOT NULL,
  source text NOT NULL,
  source_url text,
  set_by text NOT NULL,
  set_at timestamptz NOT NULL,
  UNIQUE (api, effective_from)
);

-- What the leader saw of a deployment's pods at one moment: each pod's GPUs, product and
-- capacity type, and its engine's cumulative token counters and requests in flight. No
-- foreign key: a deleted deployment's cost stays in the reports of its time.
CREATE TABLE cost_usage_samples (
  deployment_id text NOT NULL,
  at timestamptz NOT NULL,
  namespace text NOT NULL,
  name text NOT NULL,
  environment text NOT NULL,
  -- [{ "pod", "createdAt", "gpus", "product", "capacity", "promptTokens", "generationTokens", "running" }]
  pods jsonb NOT NULL,
  PRIMARY KEY (deployment_id, at)
);
CREATE INDEX cost_usage_samples_at ON cost_usage_samples (at);
