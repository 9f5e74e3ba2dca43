#!/usr/bin/env bash
# Draws the app icon with ImageMagick: two overlapping circles on a slate tile, the overlap
# (the "gray area") filled in gray. Writes packaging/grayarea.png (256 px, used by jpackage on
# Linux and as the source of the others) and packaging/grayarea.ico (Windows, 16-256 px).
# macOS builds its .icns from the PNG with sips and iconutil (packaging/package-macos.sh).
# The outputs are committed; run this again only to change the icon.
set -euo pipefail
cd "$(dirname "$0")"
dpkg -s imagemagick >/dev/null 2>&1 || {
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq imagemagick >/dev/null
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
s=256
convert -size ${s}x${s} xc:none -fill '#34495e' -draw "roundrectangle 8,8 247,247 44,44" "$tmp/tile.png"
convert -size ${s}x${s} xc:none -fill white -draw "circle 98,128 98,54" "$tmp/left.png"
convert -size ${s}x${s} xc:none -fill white -draw "circle 158,128 158,54" "$tmp/right.png"
# the overlap: the left disc where the right one is opaque
convert "$tmp/left.png" "$tmp/right.png" -compose In -composite -fill '#9aa3ab' -colorize 100 "$tmp/overlap.png"
convert -size ${s}x${s} xc:none -fill none -stroke '#ecf0f1' -strokewidth 10 \
  -draw "circle 98,128 98,54" -draw "circle 158,128 158,54" "$tmp/rings.png"
convert "$tmp/tile.png" "$tmp/overlap.png" -composite "$tmp/rings.png" -composite \
  -define png:exclude-chunks=date,time -strip grayarea.png
convert grayarea.png -define icon:auto-resize=256,128,64,48,32,16 grayarea.ico
echo "wrote packaging/grayarea.png and packaging/grayarea.ico"
