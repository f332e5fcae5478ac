#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through playwright-core (Playwright's own browser download cannot run
# here). Install it when missing; fail loudly rather than let browser tests be skipped.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
echo "Chromium not found at $browser; installing Debian's chromium package..." >&2
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: apt-get is not available; install Chromium and set CHROMIUM_PATH to run the browser tests." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
if [ ! -x "$browser" ]; then
  echo "error: chromium was installed but $browser is still missing; set CHROMIUM_PATH." >&2
  exit 1
fi
"$browser" --version >&2
