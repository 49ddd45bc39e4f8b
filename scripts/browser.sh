# The browser for the end-to-end tests: Debian's `chromium`, driven by Playwright with
# ExecutablePath=/usr/bin/chromium. SOURCE this file (scripts/lib.sh does), then call browser_ensure.
# Playwright's own browser download is never used: its driver ships inside the NuGet package, and the
# browser comes from the distribution's package manager like every other system dependency here.

BROWSER_BIN="/usr/bin/chromium"

browser_ensure() { # installs Debian's chromium when /usr/bin/chromium is missing; idempotent and quick when present
  [ -x "$BROWSER_BIN" ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "The browser tests need Chromium at $BROWSER_BIN; install your distribution's chromium package." >&2
    return 1
  fi
  printf '\033[1m==> %s\033[0m\n' "installing chromium (Debian package) for the browser tests" >&2
  local run=()
  [ "$(id -u)" = 0 ] || run=(sudo)
  "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  if [ ! -x "$BROWSER_BIN" ]; then
    # Ubuntu's chromium-browser is a snap shim without /usr/bin/chromium; say so rather than fail later in a test.
    echo "apt-get installed chromium, but $BROWSER_BIN is still missing (a snap-only distribution?)." >&2
    return 1
  fi
}
