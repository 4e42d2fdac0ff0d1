# prework-bot: Discord bot (or console, without DISCORD_TOKEN) for workshop pre-work questions.
#
#   docker build -t prework-bot .
#   docker run -d --name prework-bot --restart unless-stopped \
#     -e DISCORD_TOKEN=... -e DISCORD_APP_ID=... \
#     -v prework-data:/data \
#     -v "$PWD/my-knowledge:/app/knowledge:ro" \
#     prework-bot
#
# The knowledge/ folder of this repository is baked in as the default. To answer from your own
# markdown, bind-mount a folder over /app/knowledge (the bot watches it and reloads on change), or
# mount it elsewhere and set KNOWLEDGE_DIR. It is deliberately not a VOLUME: an anonymous volume
# would keep an old copy of the knowledge across image upgrades (docker compose reuses them).
# /data (feedback and unanswered questions, DATA_DIR) must be writable by uid 1000 (user "node").
#
# Screenshots (OCR) need nothing beyond `npm ci --omit=dev`: tesseract.js runs Tesseract as
# WebAssembly (tesseract.js-core), the English data is the @tesseract.js-data/eng package, and
# sharp and @resvg/resvg-js bring prebuilt linux-x64 glibc binaries as optional dependencies
# (@img/sharp-linux-x64 + @img/sharp-libvips-linux-x64, which need glibc >= 2.28 and Node >= 20.9;
# @resvg/resvg-js-linux-x64-gnu): bookworm has glibc 2.36, so no compiler or apt package is needed.
# Do not switch to an Alpine (musl) base without checking the musl packages are in the lockfile.
# The runtime stage reads a committed screenshot once, so an image that cannot read one fails to
# build. The same check without Docker: npm run build, then
#   node dist/src/cli.js check-python --json --image test/fixtures/screenshots/cmd-black--cmd-session-ok.png

ARG NODE_IMAGE=node:22-bookworm-slim

# ---- build: compile TypeScript (src/ and commands/) to dist/ ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
RUN npm run build

# ---- runtime: production dependencies, compiled code and the default knowledge ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production KNOWLEDGE_DIR=/app/knowledge DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY knowledge ./knowledge
# Smoke test of the OCR stack as it ships (wasm, language data, sharp's binary, the knowledge):
# a screenshot of `python --version` must be judged ok. Nothing is downloaded; ~2 s.
COPY test/fixtures/screenshots/cmd-black--cmd-session-ok.png /tmp/smoke.png
RUN node dist/src/cli.js check-python --json --image /tmp/smoke.png > /tmp/smoke.json \
    && grep -q '"verdict":"ok","version":"3.12.4"' /tmp/smoke.json \
    && rm /tmp/smoke.png /tmp/smoke.json
RUN mkdir -p /data && chown node:node /data
LABEL org.opencontainers.image.title="prework-bot" \
      org.opencontainers.image.description="Answers workshop pre-work questions on Discord from markdown; checks python --version output, pasted or as a screenshot" \
      prework-bot.knowledge="/app/knowledge: default knowledge, bind-mount your own folder of .md files here (or set KNOWLEDGE_DIR)" \
      prework-bot.data="/data: feedback and unanswered-question log (DATA_DIR)"
VOLUME ["/data"]
USER node
# Healthy while the knowledge loads with sections (a missing or emptied mount is the usual operator
# mistake) and, with a token, while the bot's gateway heartbeat in /data is fresh (a bot stuck
# without Discord turns unhealthy). A dead bot process stops the container by itself.
HEALTHCHECK --interval=60s --timeout=10s --start-period=30s --retries=3 \
  CMD ["node", "dist/src/healthcheck.js"]
CMD ["node", "dist/src/main.js"]
