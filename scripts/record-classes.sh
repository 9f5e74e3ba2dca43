#!/usr/bin/env bash
# Records the classes a Gray Area start loads, for a class-data (CDS) archive.
#
#   scripts/record-classes.sh OUT COMMAND [ARG]...
#
# Runs COMMAND (a `java ... grayarea.Main`, or an app image's launcher) under a private Xvfb with
# -XX:DumpLoadedClassList=OUT (given in JAVA_TOOL_OPTIONS, which every JVM reads, whatever starts
# it). bench/probe/probe.c waits until the welcome screen has settled, then walks the quiz to the
# result with the keys in bench/wizard-walk.keys, so the pages' classes are recorded too, and
# ends the app (SIGTERM); the JVM writes the list as classes load. If the walk no longer fits the
# quiz, the list holds less; nothing fails. Fails if the app does not draw its first screen.
#
# Used by packaging/package-linux.sh (the app image's and the installed app's archive). The probe
# is a small X11 program compiled here (gcc and the X11 headers are installed if missing): a
# benchmark and packaging tool, not part of the app.
set -euo pipefail
(($# >= 2)) || { sed -n '2,14p' "$0" >&2; exit 2; }
out=$(realpath -m "$1")
shift
root=$(cd "$(dirname "$0")/.." && pwd)

source "$root/scripts/need-packages.sh"
need_packages xvfb libgtk-3-0 fonts-dejavu-core gcc libc6-dev libx11-dev libxext-dev libxtst-dev

work=$(mktemp -d /tmp/grayarea-classes.XXXXXX)
xvfb=
cleanup() {
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

gcc -O2 -o "$work/probe" "$root/bench/probe/probe.c" -lX11 -lXext -lXtst
source "$root/scripts/xvfb.sh"
start_xvfb "$work"

walk=()
while IFS=$'\t' read -r label keys; do
  [[ -z $label || $label == \#* ]] && continue
  walk+=(-k "$keys")
done <"$root/bench/wizard-walk.keys"
mkdir -p "$(dirname "$out")"
rm -f "$out"
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$out" "$work/probe" -s 1500 -t 60000 "${walk[@]}" -- "$@" \
  >"$work/run.txt" 2>"$work/run.log" || {
  echo "the app did not draw its first screen while its classes were recorded:" >&2
  cat "$work/run.txt" >&2; tail -20 "$work/run.log" >&2; exit 1; }
[[ -s $out ]] || { echo "no class list was written to $out" >&2; exit 1; }
