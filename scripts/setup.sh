#!/usr/bin/env bash
# Installs the Debian packages kaiji needs (only those missing), then
# configures and builds it in build/.  Safe to run again: it does only what
# is not yet done.  Used by scripts/demo, scripts/test and .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

# Build: compiler, meson, the libraries of the design card.  Render: the
# Japanese fonts.  Mail: GMime and libcurl.  Lists: FreeXL reads the
# exchange's data_j.xls.  Tests: cmocka, poppler/qpdf to
# inspect PDFs, python3 and aiosmtpd (a real SMTP server on loopback),
# openssl (the certificate of its STARTTLS tests);
# valgrind, and clang's sanitizer and libFuzzer runtimes (libclang-rt-dev)
# with llvm-symbolizer (llvm) for readable reports, for the hardening runs.
PACKAGES=(
  gcc clang meson ninja-build pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm
  libutf8proc-dev libjansson-dev libcairo2-dev libpango1.0-dev libfontconfig-dev
  libgmime-3.0-dev libcurl4-openssl-dev libfreexl-dev
  libcmocka-dev python3-aiosmtpd
  fonts-morisawa-bizud-gothic fonts-morisawa-bizud-mincho
  fonts-noto-cjk fonts-ipaexfont-gothic fonts-ipaexfont-mincho
  python3 poppler-utils qpdf openssl
  valgrind libclang-rt-dev llvm
)
if [ -n "${KAIJI_EXTRA_PACKAGES:-}" ]; then
  read -r -a extra <<<"$KAIJI_EXTRA_PACKAGES"
  PACKAGES+=("${extra[@]}")
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
else
  echo "kaiji: this is not a Debian-like system (no dpkg-query)." >&2
  echo "kaiji: install the equivalents of: ${PACKAGES[*]}" >&2
  echo "kaiji: then run: meson setup build && ninja -C build" >&2
  command -v meson >/dev/null 2>&1 || exit 1
fi

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "kaiji: missing packages and no apt-get to install them: ${missing[*]}" >&2
    exit 1
  fi
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "kaiji: need root (or sudo) to install: ${missing[*]}" >&2
      exit 1
    fi
  fi
  echo "kaiji: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >/dev/null
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f build/build.ninja ]; then
  meson setup build >/dev/null
fi
ninja -C build >/dev/null
