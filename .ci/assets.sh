#!/usr/bin/env bash
# CI: install the front-end packages that folium's HTML references (Leaflet and its plugins), at
# the versions of folium's CDN URLs, into .ci/node_modules (git-ignored). The self-contained map
# tests serve this folder from 127.0.0.1 as the mirror for `mapper assets fetch --mirror`.
# Keep this list in step with mapper/maps/assets.py (NPM_PACKAGES; a test checks it).
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  leaflet@1.9.3
  jquery@3.7.1
  bootstrap@5.2.2
  @popperjs/core@2.11.6
  @fortawesome/fontawesome-free@6.2.0
  leaflet.awesome-markers@2.0.4
  leaflet.markercluster@1.1.0
  leaflet.heat@0.2.0
  leaflet-minimap@3.6.1
  leaflet.fullscreen@3.0.0
)

if ! command -v npm >/dev/null 2>&1; then
  echo "npm is not installed: self-contained map tests will be skipped"
  exit 0
fi
npm install --prefix . --no-save --no-package-lock --no-audit --no-fund --ignore-scripts \
  --loglevel=error "${packages[@]}"
echo "front-end assets in $(pwd)/node_modules"
