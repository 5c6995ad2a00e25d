# The whole product in one image: the API serving GraphQL, GraphiQL and the built console on PORT.
# Docker cannot run on the development machines here; this file is kept valid and simple for deployments.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json turbo.json tsconfig.json ./
COPY scripts ./scripts
COPY seeds ./seeds
COPY labels ./labels
COPY api ./api
COPY console ./console
COPY e2e/package.json ./e2e/package.json
COPY schema ./schema
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

# PDFs embed Noto Sans SC from npm, so the image needs no system CJK font.
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000 DATA_DIR=/data
COPY --from=build /app /app
VOLUME /data
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Node flags: api/src/runtime-flags.ts.
CMD ["node", "--max-semi-space-size=16", "api/dist/src/main.js"]
