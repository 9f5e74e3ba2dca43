#!/usr/bin/env bash
# Writes the outlines of the app's icons into src/main/java/grayarea/ui/Icon.java.
#
#   scripts/icon-paths.sh [NAME...]
#
# The icons are Feather's (MIT licence), as the glyphs of the Feather icon font in Ikonli's
# feather pack 12.4.0 (Feather 4.28): the shapes the app drew with Ikonli before it drew them
# itself. The script fetches that jar into the local Maven repository (it is not a dependency of
# the app), reads each glyph's outline with scripts/IconPaths.java, and replaces the generated
# block of Icon.java: the names already there, plus any NAME given (Feather's names, as Ikonli's
# Feather enum spells them: ALERT_CIRCLE, ARROW_LEFT ...), sorted.
set -euo pipefail
cd "$(dirname "$0")/.."
version=12.4.0
jars=$(mktemp -d)
trap 'rm -rf "$jars"' EXIT
for a in ikonli-core ikonli-feather-pack; do
  mvn -B -q dependency:copy -Dartifact=org.kordamp.ikonli:$a:$version -DoutputDirectory="$jars" >/dev/null
done
cp="$jars/ikonli-core-$version.jar:$jars/ikonli-feather-pack-$version.jar"

file=src/main/java/grayarea/ui/Icon.java
begin='// BEGIN generated'
end='// END generated'
names=$( { awk -v begin="$begin" -v end="$end" 'index($0, begin) { on = 1; next } index($0, end) { on = 0 } on' "$file" |
  sed -n 's/^ *\([A-Z0-9_]*\)(.*/\1/p'; printf '%s\n' "$@"; } | sed '/^$/d' | sort -u)
[[ -n $names ]] || { echo "no icon names: give some" >&2; exit 2; }
# shellcheck disable=SC2086
block=$(java -Djava.awt.headless=true -cp "$cp" scripts/IconPaths.java $names)
tmp=$(mktemp)
awk -v begin="$begin" -v end="$end" -v block="$block" '
  index($0, begin) { print; print block; skip = 1; next }
  index($0, end) { skip = 0 }
  !skip { print }' "$file" >"$tmp"
mv "$tmp" "$file"
echo "wrote $(wc -l <<<"$names") icons to $file" >&2
