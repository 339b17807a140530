#!/usr/bin/env bash
# Installs the browser the end-to-end tests and the benchmark drive: Debian's
# own Chromium, from apt. We never let a tool download its own browser build,
# so the browser comes from the same signed archive as the rest of the system.
#
# Does nothing when a browser is already there ($CHROME_PATH or /usr/bin/chromium).
set -euo pipefail

if [[ -n "${CHROME_PATH:-}" && -x "${CHROME_PATH}" ]]; then
  echo "install-browser: CHROME_PATH=${CHROME_PATH} exists; nothing to do."
  exit 0
fi
if [[ -x /usr/bin/chromium ]]; then
  echo "install-browser: /usr/bin/chromium exists; nothing to do."
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: apt-get not found. Install Chromium with your system's package manager," >&2
  echo "install-browser: then point CHROME_PATH at its executable." >&2
  exit 1
fi

# apt needs root: use sudo only when we are not root already (containers often have no sudo).
SUDO=()
if [[ "$(id -u)" -ne 0 ]]; then
  SUDO=(sudo)
fi

echo "install-browser: running ${SUDO[*]:+${SUDO[*]} }apt-get update"
"${SUDO[@]}" apt-get update
echo "install-browser: running ${SUDO[*]:+${SUDO[*]} }apt-get install -y chromium"
# env, not a prefix assignment: sudo would drop a plain environment variable.
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
echo "install-browser: installed $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium')"
