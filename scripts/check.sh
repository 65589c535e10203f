#!/bin/sh
# `npm run check`: formatting, lint, types, import cycles. Prettier and tsc keep what they learnt of the files
# (keyed by content and options, so a kept result never hides a change): under node_modules/.cache, or where
# JIANFU_CHECK_CACHE points (CI: .check-cache in its clone, tsc's part carried from run to run). ESLint keeps
# nothing: its typed rules read other files' types, which a per-file cache would not see change.
set -e
cache="${JIANFU_CHECK_CACHE:-node_modules/.cache/jianfu-check}"
mkdir -p "$cache"
prettier --check . --cache --cache-strategy content --cache-location "$cache/prettier"
eslint .
tsc -p . --incremental --tsBuildInfoFile "$cache/root.tsbuildinfo"
tsc -p web --incremental --tsBuildInfoFile "$cache/web.tsbuildinfo"
npm run check:cycles
