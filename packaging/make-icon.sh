#!/usr/bin/env bash
# Draws the app icon with ImageMagick: two overlapping circles on a slate tile, the overlap
# (the "gray area") filled in gray. Writes packaging/grayarea.png (256 px, used by jpackage on
# Linux and as the source of the others) and packaging/grayarea.ico (Windows, 16-256 px).
# macOS builds its .icns from the PNG with sips and iconutil (packaging/package-macos.sh).
#
# Also draws discreet mode's neutral icon (docs/decisions/0013): a plain notepad, a cream page
# under a yellow band with ruled lines, nothing like the circles. packaging/discreet.png (256 px)
# is for `package-linux.sh --discreet`; the window icons in src/main/resources/grayarea/ui/icons/
# are both icons at 32 and 128 px (JavaFX picks the size nearest to what the system asks for;
# on Linux that is 128), and the neutral 128 px one is also what the app copies into its data
# folder for its per-user menu entry.
#
# The outputs are committed; run this again only to change an icon. The same ImageMagick gives
# the same bytes (no dates in the files).
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

# discreet mode's notepad: the page, its yellow band, four ruled lines (the last one short), an outline
convert -size ${s}x${s} xc:none \
  -fill '#fbf8ee' -stroke none -draw "roundrectangle 44,26 212,236 18,18" \
  -fill '#f0b93a' -draw "roundrectangle 44,26 212,80 18,18" -draw "rectangle 44,60 212,80" \
  -fill none -stroke '#a7b6c9' -strokewidth 8 \
  -draw "stroke-linecap round line 74,114 182,114 line 74,144 182,144 line 74,174 182,174 line 74,204 144,204" \
  -stroke '#b9ad8c' -strokewidth 4 -draw "roundrectangle 44,26 212,236 18,18" \
  -define png:exclude-chunks=date,time -strip discreet.png

icons=../src/main/resources/grayarea/ui/icons
mkdir -p "$icons"
for icon in grayarea discreet; do
  for size in 32 128; do
    convert $icon.png -resize ${size}x${size} -define png:exclude-chunks=date,time -strip "$icons/$icon-$size.png"
  done
done
echo "wrote packaging/grayarea.png, packaging/grayarea.ico, packaging/discreet.png and the window icons in $icons"
