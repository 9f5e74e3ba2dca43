#!/usr/bin/env bash
# Page-step benchmark: how long the app takes to show the next page of the quiz, measured
# from outside, under Xvfb.
#
#   bench/page-steps.sh [-n RUNS] [-i INTERVAL_MS] [--installed] [--no-build] [-o DIR]
#
#   -n RUNS        app starts, each walking the whole quiz once (default 5)
#   -i INTERVAL_MS how often the screen is grabbed (default 10)
#   --installed    walk the installed app (/opt/grayarea) as well
#   --no-build     use target/grayarea.jar as it is (default: mvn -B -q package -DskipTests)
#   -o DIR         where the results go (default target/bench)
#
# Each run starts the app with a fresh data folder, waits for the welcome page to settle,
# then sends the keys in bench/wizard-walk.keys with XTest (bench/probe/probe.c -k): the
# welcome page's choice, each step's answers and Return, two Back and Next pairs, the review
# and the result. For each measured key it reports the time from the key press until the
# screen shows what it settles on, as bench/startup.sh does for the start. This includes
# the keyboard event's way through X and GTK, layout, CSS and drawing: what a user waits for.
# The app also reports its own share of each page change (-Dgrayarea.times=true): from the key
# press to the end of the layout pulse after it, without drawing and without the key's way
# through X; the gap between the two figures is input delivery and drawing.
# Limit: the screen is grabbed every INTERVAL_MS, so a time is late by up to one interval plus
# one grab (about 2 ms); steps faster than that read as one interval.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5 interval=10 installed=0 build=1 out=target/bench
while (($#)); do
  case $1 in
    -n) runs=$2; shift 2 ;;
    -i) interval=$2; shift 2 ;;
    -o) out=$2; shift 2 ;;
    --installed) installed=1; shift ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

source scripts/need-packages.sh
need_packages xvfb libgtk-3-0 fonts-dejavu-core gcc libc6-dev libx11-dev libxext-dev libxtst-dev
if ((build)); then
  echo "building (mvn -B -q package -DskipTests) ..." >&2
  mvn -B -q package -DskipTests
fi

mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d /tmp/grayarea-steps.XXXXXX)
xvfb=
cleanup() { [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
source bench/copy-build.sh
jar_built=$(date -u -r target/grayarea.jar +%Y-%m-%dT%H:%MZ)
copy_build target "$work/app"
gcc -O2 -Wall -o "$work/probe" bench/probe/probe.c -lX11 -lXext -lXtst

labels=() keyargs=()
while IFS=$'\t' read -r label keys; do
  [[ -z $label || $label == \#* ]] && continue
  labels+=("$label")
  keyargs+=(-k "$keys")
done <bench/wizard-walk.keys

names=(app)
declare -A cmd
# -Dgrayarea.times=true: the app also prints, for each key press, its own time from the key to
# the layout pulse after it (handling, CSS, layout; not the drawing), summarised below
cmd[app]="java -Dgrayarea.times=true -Dgrayarea.home=@HOME@ -jar $work/app/grayarea.jar"
if ((installed)); then
  [[ -x /opt/grayarea/bin/grayarea ]] || { echo "no installed app: run packaging/package-linux.sh --install" >&2; exit 1; }
  names+=(installed)
  cmd[installed]="env JAVA_TOOL_OPTIONS=-Dgrayarea.times=true XDG_DATA_HOME=@HOME@ /opt/grayarea/bin/grayarea"
fi
inapp=$work/in-app.tsv
: >"$inapp"

source scripts/xvfb.sh
start_xvfb "$work"
sleep 0.5

stamp=$(date +%Y%m%d-%H%M%S)
raw=$out/page-steps-$stamp.tsv
printf 'program\trun\tstep\tlabel\tcontent_ms\tpx_changed\n' >"$raw"
for ((r = 1; r <= runs; r++)); do
  for name in "${names[@]}"; do
    home=$(mktemp -d "$work/home.XXXXXX")
    # the app keeps JavaFX's native libraries in its data folder (javafx-cache), unpacked on its
    # very first start: every run gets a fresh, empty data folder except for those, copied from
    # the first run, so that each run starts like any start after the first (the minimal
    # window's are in ~/.openjfx, likewise unpacked once)
    [[ -d $work/javafx-cache ]] && cp -r "$work/javafx-cache" "$home/javafx-cache"
    c=${cmd[$name]//@HOME@/$home}
    # shellcheck disable=SC2086
    "$work/probe" -i "$interval" -K 600 "${keyargs[@]}" -F "$work/$name-last.ppm" -- $c \
      >"$work/out.txt" 2>"$work/err.txt" || true
    cat "$work/err.txt" >>"$work/$name.log"
    [[ ! -d $work/javafx-cache && -d $home/javafx-cache ]] && cp -r "$home/javafx-cache" "$work/javafx-cache"
    rm -rf "$home"
    # the app's own times for the page-changing keys: every Return is one (the first leaves the
    # welcome page, the last opens the result), and Left (with Alt) is Back
    grep -o 'grayarea.times input \(Enter\|Left\) [0-9.]*' "$work/err.txt" |
      awk -v p="$name" '{ k[n] = $3; v[n++] = $4 } END {
        for (i = 0; i < n; i++) {
          if (k[i] == "Left") g = "back"; else if (i == 0) g = "welcome"; else if (i == n - 1) g = "review"; else g = "step"
          print p "\t" g "\t" v[i] } }' >>"$inapp"
    grep '^key ' "$work/out.txt" | while read -r line; do
      n=$(sed -n 's/.* n=\([0-9]*\) .*/\1/p' <<<"$line")
      ms=$(sed -n 's/.* content_ms=\([^ ]*\) .*/\1/p' <<<"$line")
      px=$(sed -n 's/.* px_changed=\([^ ]*\) .*/\1/p' <<<"$line")
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$r" "$n" "${labels[$((n - 1))]}" "$ms" "$px" >>"$raw"
    done
    echo "  $name run $r: $(grep -c '^key ' "$work/out.txt") page changes measured; $(grep -v '^key ' "$work/out.txt")" >&2
  done
done
for name in "${names[@]}"; do
  [[ -f $work/$name-last.ppm ]] && convert "$work/$name-last.ppm" "$out/page-steps-$name-last.png" 2>/dev/null || true
done

# median and max of the content times of the rows matching an awk condition; a step that did not
# change the page (under 5,000 pixels changed) is counted as failed
summary() {
  awk -F'\t' -v p="$1" "NR > 1 && \$1 == p && ($2) { if (\$6 < 5000 || \$5 < 0) bad++; else print \$5 } END { if (bad) print \"bad \" bad > \"/dev/stderr\" }" "$raw" 2>"$work/bad" |
    sort -g | awk '{ v[n++] = $1 } END { if (!n) { print "- - 0"; exit } i = (n - 1) / 2; lo = int(i); hi = lo + 1 < n ? lo + 1 : lo; printf "%.0f %.0f %d\n", v[lo] + (i - lo) * (v[hi] - v[lo]), v[n - 1], n }'
}

{
  echo "## Page steps, $(date -u +%Y-%m-%dT%H:%MZ), HEAD $(git rev-parse --short HEAD 2>/dev/null || echo '?'), jar built $jar_built"
  echo
  echo "$runs walks through the quiz per program (bench/wizard-walk.keys), screen grabbed every $interval ms. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| program | page change | median ms | worst ms | samples | no change |"
  echo "| --- | --- | --- | --- | --- | --- |"
  for name in "${names[@]}"; do
    for group in "welcome → step 1|\$4 ~ /^welcome/" \
                 "next step (step 1 → 2 … step 7 → review)|\$4 ~ /^step/ && \$4 !~ /back/" \
                 "back (step 2 → 1)|\$4 ~ /back/" \
                 "review → result|\$4 ~ /^review/" \
                 "every page change|1"; do
      read -r med worst count < <(summary "$name" "${group#*|}")
      bad=$(sed -n 's/^bad //p' "$work/bad"); bad=${bad:-0}
      echo "| $name | ${group%%|*} | $med | $worst | $count | $bad |"
    done
  done
  echo
  echo "The app's own share (-Dgrayarea.times): from the key press to the end of the layout pulse after it"
  echo "(handling the key, building the page, CSS and layout; not the drawing, nor the key's way through X)."
  echo
  echo "| program | page change | median ms | worst ms | samples |"
  echo "| --- | --- | --- | --- | --- |"
  for name in "${names[@]}"; do
    for group in "welcome → step 1|welcome" "next step|step" "back|back" "review → result|review" "every page change|."; do
      awk -F'\t' -v p="$name" -v g="${group#*|}" '$1 == p && $2 ~ g { print $3 }' "$inapp" | sort -g |
        awk -v label="${group%%|*}" -v p="$name" '{ v[n++] = $1 } END {
          if (!n) { printf "| %s | %s | - | - | 0 |\n", p, label; exit }
          i = (n - 1) / 2; lo = int(i); hi = lo + 1 < n ? lo + 1 : lo
          printf "| %s | %s | %.0f | %.0f | %d |\n", p, label, v[lo] + (i - lo) * (v[hi] - v[lo]), v[n - 1], n }'
    done
  done
  echo
  echo "Raw figures: $raw; the last screen of the last walk: $out/page-steps-<program>-last.png"
} | tee "$out/page-steps-$stamp.md"
