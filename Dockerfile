# syntax=docker/dockerfile:1
# Backline's image: the server runs its TypeScript directly (Node 24 strips the types),
# so the runtime stage needs only server/, package.json, production node_modules and
# the built console. See docs/install.md ("Building the image").
#
#   docker build -t backline:0.1.0 .
#   docker run --read-only --tmpfs /tmp -p 8080:8080 -e DATABASE_URL=postgres://… backline:0.1.0

ARG NODE_IMAGE=node:24-slim

# --- build: full install (dev dependencies included) and the console bundle ---
FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
COPY server/simulator/package.json ./server/simulator/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web

# --- deps: production dependencies only, without install scripts ---
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# The workspace's manifest too: npm links node_modules/@backline/simulator to server/simulator,
# which the runtime stage copies in with the rest of server/.
COPY package.json package-lock.json ./
COPY server/simulator/package.json ./server/simulator/
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# --- runtime ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=8080 \
    HOST=0.0.0.0 \
    BACKLINE_SIMULATOR=off \
    BACKLINE_DATA_DIR=/tmp/backline \
    BACKLINE_CONSOLE_DIR=/app/web/dist
RUN groupadd --system --gid 10001 backline \
 && useradd --system --uid 10001 --gid 10001 --home-dir /tmp --no-create-home --shell /usr/sbin/nologin backline
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --chown=root:root package.json ./
COPY --chown=root:root server ./server
COPY --from=build --chown=root:root /src/web/dist ./web/dist
# Files belong to root and are read-only to the server; only /tmp is written (mount
# an emptyDir or tmpfs there when the root filesystem is read-only).
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# What `npm start` runs, without building the console (the image already has it)
# and without npm in the process tree, so SIGTERM reaches the server directly.
ENTRYPOINT ["node", "--liftoff-only", "server/src/main.ts"]
