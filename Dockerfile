# One image for every process of the graph; the command chooses which (see compose.yaml and deploy/k8s):
#   node --import tsx scripts/start-gateway.ts
#   node --import tsx scripts/start-subgraph.ts <services|life-situations|clients|cases|platform>
#   node --import tsx scripts/migrate.ts        (the deploy step, before the replicas)
# Build: docker build -t public-service-graph .
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY cli/package.json cli/package.json
COPY packages packages
COPY institutions institutions
# The fixes to dependencies the graph relies on (patches/; see docs/development.md), applied by npm ci's postinstall:
# patch-package is a runtime dependency for this reason.
COPY patches patches
# Production dependencies only; tsx runs the TypeScript sources (it is a runtime dependency).
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 LOG_LEVEL=info
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules node_modules
COPY --chown=root:root package.json tsconfig.json ./
COPY --chown=root:root packages packages
COPY --chown=root:root common common
COPY --chown=root:root gateway gateway
COPY --chown=root:root subgraphs subgraphs
COPY --chown=root:root scripts scripts
COPY --chown=root:root schema schema
COPY --chown=root:root migrations migrations
# The default persisted-operation manifests (PERSISTED_OPERATIONS_DIR); a deployment may mount its own directory.
COPY --chown=root:root persisted-operations persisted-operations
# The code is root's and read-only to the process; it runs as the image's unprivileged user. .data is the one place
# it may write (the development issuer's key in compose; the embedded database if run without DATABASE_URL).
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 4000 4001 4002 4003 4004 4005 9464
CMD ["node", "--import", "tsx", "scripts/start-gateway.ts"]
