# The web front end (src/AddinHost/ClientApp): npm packages and the build into src/AddinHost/wwwroot/dist.
# Sourced by scripts/lib.sh (uses REPO, LOCAL and log from there); defines functions, runs nothing.
# After `npm ci` nothing touches the network: the build and the tests run offline.

WEB_APP="$REPO/src/AddinHost/ClientApp"
WEB_DIST="$REPO/src/AddinHost/wwwroot/dist"
WEB_MIN_NODE="20.19.0" # Vite 8's floor

web_node_check() { # Node.js new enough for Vite, or a clear message
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "Node.js $WEB_MIN_NODE or newer (with npm) is needed to build the web front end; it is not on PATH." >&2
    return 1
  fi
  if ! node -e '
    const [want, have] = [process.argv[1], process.versions.node].map((v) => v.split(".").map(Number));
    const newer = have[0] - want[0] || have[1] - want[1] || have[2] - want[2];
    process.exit(newer >= 0 ? 0 : 1);' "$WEB_MIN_NODE"; then
    echo "Node.js $(node --version) is too old to build the web front end: $WEB_MIN_NODE or newer is needed." >&2
    return 1
  fi
}

web_deps() { # npm ci when node_modules is missing or package-lock.json changed since the last install
  web_node_check
  local stamp="$WEB_APP/node_modules/.outlookcms-lock.sha256" want
  want=$(sha256sum "$WEB_APP/package-lock.json" | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  log "installing the web front end's npm packages (npm ci)"
  (cd "$WEB_APP" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" >"$stamp" # written last: an interrupted install is retried next time
}

web_sources_hash() { # one hash over every file the build reads (sources, config, lock file)
  (cd "$WEB_APP" && find . -path ./node_modules -prune -o -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) |
    sha256sum | cut -d' ' -f1
}

web_build() { # builds into src/AddinHost/wwwroot/dist; skipped when nothing changed since the last build
  web_deps
  local stamp="$WEB_APP/node_modules/.outlookcms-build.sha256" want buildlog="${LOCAL:-$REPO/.local}/web-build.log"
  want=$(web_sources_hash)
  if [ -f "$WEB_DIST/index.html" ] && [ -f "$WEB_DIST/signin.html" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  log "building the web front end into src/AddinHost/wwwroot/dist"
  mkdir -p "$(dirname "$buildlog")"
  if ! (cd "$WEB_APP" && npm run --silent build) >"$buildlog" 2>&1; then
    cat "$buildlog" >&2
    echo "The web front end did not build (log: $buildlog)." >&2
    return 1
  fi
  echo "$want" >"$stamp"
}

web_test() { # the front end's unit tests (Vitest), then the bundle-size budget of every page
  web_build
  log "testing the web front end"
  (cd "$WEB_APP" && npx --no-install vitest run && npm run --silent size)
}
