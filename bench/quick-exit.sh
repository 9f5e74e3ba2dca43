#!/usr/bin/env bash
# Quick-exit benchmark: how long the process lives on after the quick exit's key, in a real
# window under Xvfb, against the smallest JavaFX window that ends by System.exit.
#
#   bench/quick-exit.sh [-n RUNS] [-s SECONDS] [-k KEYS] [--click] [-j NAME=DIR]... [--no-build] [-o DIR]
#
#   -n RUNS      measured rounds (default 7); each round runs every program once, in turn
#   -s SECONDS   how long the window is left to settle before the keys (default 3)
#   -k KEYS      keys (xdotool names, space-separated) pressed first, a moment apart, e.g.
#                "Tab Tab Return" to go into a page; the baseline gets them too
#   --click      click the Quick exit button (at 40,25 in the window) instead of the third Shift;
#                the mouse rests on it 1.5 s first, so its tooltip is showing, as for a person
#   -j NAME=DIR  also another build of the app (DIR holds grayarea.jar and lib/, as target/ does),
#                e.g. the build before a change, to compare both in the same run on the same load
#   --no-build   use target/grayarea.jar as it is (default: mvn -B -q package -DskipTests)
#   -o DIR       where the results go (default target/bench)
#
# Each run starts the program (`java -jar` for the app, with a fresh data folder), waits for its
# window to be mapped, gives it 3 s to settle (the app loads its bank after the first frame), gives
# the window the keyboard focus, presses Shift twice, then takes the time and presses Shift a third
# time (xdotool), and waits for the process to end. The figure is from that third key to the exit
# of the process (its process id, which the fast start's execv keeps). Prints each run and the
# medians. Stops only the processes it started.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=7 build=1 out=target/bench settle=3 keys= click=0
jars=()
while (($#)); do
  case $1 in
    -n) runs=$2; shift 2 ;;
    -s) settle=$2; shift 2 ;;
    -k) keys=$2; shift 2 ;;
    --click) click=1; shift ;;
    -j) jars+=("$2"); shift 2 ;;
    -o) out=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; sed -n '2,24p' "$0" >&2; exit 2 ;;
  esac
done

source scripts/need-packages.sh
need_packages xvfb libgtk-3-0 fonts-dejavu-core xdotool

if ((build)); then
  echo "building (mvn -B -q package -DskipTests) ..." >&2
  mvn -B -q package -DskipTests
fi
[[ -f target/grayarea.jar ]] || { echo "target/grayarea.jar is missing: build first" >&2; exit 1; }

mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d /tmp/grayarea-quick-exit.XXXXXX)
xvfb= running=
cleanup() {
  [[ -n $running ]] && kill "$running" 2>/dev/null || true
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

source bench/copy-build.sh
copy_build target "$work/app"
fxcp=$(ls "$work"/app/lib/javafx-{base,graphics,controls}-*-linux.jar | paste -sd:)
javac -d "$work/minimal" -cp "$fxcp" bench/minimal/QuickExitWindow.java

names=(app baseline)
declare -A cmd
cmd[app]="java -Dgrayarea.home=@HOME@ -jar $work/app/grayarea.jar"
cmd[baseline]="java -cp $work/minimal:$fxcp bench.minimal.QuickExitWindow\$Launcher"
add_builds "$work" "${jars[@]}"

source scripts/xvfb.sh
start_xvfb "$work"
sleep 0.5

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# one run: prints the milliseconds from the third Shift to the end of the process
run_once() {
  local name=$1 n=$2 home="$work/home-$1-$2"
  mkdir -p "$home"
  local line=${cmd[$name]//@HOME@/$home}
  $line >"$work/$name-$n.log" 2>&1 &
  running=$!
  local wid
  wid=$(timeout 60 xdotool search --sync --onlyvisible --pid "$running" 2>/dev/null | head -1) || true
  [[ -n $wid ]] || { echo "$name: no window within 60 s (see its log)" >&2; cat "$work/$name-$n.log" >&2; exit 1; }
  sleep "$settle"
  xdotool windowfocus --sync "$wid"
  local key
  for key in $keys; do
    xdotool key "$key"
    sleep 0.5
  done
  local t0 t1
  if ((click)); then
    xdotool mousemove --window "$wid" 40 25
    sleep 1.5
    t0=$(now_ms)
    xdotool click 1
  else
    xdotool key shift shift
    t0=$(now_ms)
    xdotool key shift
  fi
  wait "$running" || true
  t1=$(now_ms)
  running=
  echo $((t1 - t0))
}

raw="$out/quick-exit-raw.txt"
: >"$raw"
for ((r = 1; r <= runs; r++)); do
  # alternate the order, so that neither program always runs right after the other
  order=("${names[@]}")
  ((r % 2 == 0)) && order=($(printf '%s\n' "${names[@]}" | tac))
  for name in "${order[@]}"; do
    ms=$(run_once "$name" "$r")
    echo "$r $name $ms" | tee -a "$raw" >&2
  done
done

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
summary="$out/quick-exit.md"
{
  echo "Quick exit: from the third Shift (or the click) to the end of the process, $runs rounds, settled ${settle} s, keys first: ${keys:-none}, $( ((click)) && echo "by a click on Quick exit" || echo "by the third Shift"), $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs"
  echo
  echo "| program | median ms | min | max | runs (ms) |"
  echo "| --- | --- | --- | --- | --- |"
  for name in "${names[@]}"; do
    values=$(awk -v n="$name" '$2 == n { print $3 }' "$raw")
    med=$(median <<<"$values")
    echo "| $name | $med | $(sort -g <<<"$values" | head -1) | $(sort -g <<<"$values" | tail -1) | $(paste -sd' ' <<<"$values") |"
  done
} | tee "$summary"
