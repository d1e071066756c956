#!/usr/bin/env bash
# The tools users would pick instead of this extension, which the tests and the benchmark compare
# against on the same files: pflogsumm (summary totals) and lnav. From Debian's packages; idempotent.
set -euo pipefail
SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
need=()
command -v pflogsumm >/dev/null 2>&1 || need+=(pflogsumm)
command -v lnav >/dev/null 2>&1 || need+=(lnav)
if [ ${#need[@]} -gt 0 ]; then
  echo "[test-tools] apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
echo "[test-tools] $(command -v pflogsumm) $(command -v lnav)"
