#!/usr/bin/env bash
# Makes sure a Chromium for the browser tests exists (and poppler's pdftotext, which the PDF test reads the
# printed report with). Playwright cannot download browsers here, so the system packages are used.
# Idempotent: does nothing when both are already installed.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages needed by the tests: ${missing[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The tests need: ${missing[*]} (Chromium at $CHROMIUM, pdftotext from poppler-utils)." >&2
echo "Install with:  sudo apt-get install -y ${missing[*]}   (or set CHROMIUM_PATH to a Chromium binary)" >&2
exit 1
