#!/usr/bin/env bash
# Runs the UI tests, which write a PNG of every screen to target/screenshots/, and copies
# those PNGs to docs/screenshots/ (what the README shows). Headless: no display needed.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf target/screenshots
mvn -B -q test -Dtest='grayarea.ui.**'
rm -rf docs/screenshots
mkdir -p docs/screenshots
cp target/screenshots/*.png docs/screenshots/
echo "copied $(ls docs/screenshots | wc -l) screenshots to docs/screenshots/"
