#!/usr/bin/env bash
# Bank and scoring benchmark: loading and validating question banks, and scoring 10,000
# answer sheets in one command-line run.
#
#   bench/bank-and-score.sh [--no-build] [-c COLD_RUNS] [-s SHEETS] [-r SCORE_RUNS] [-o DIR]
#
#   --no-build     use target/grayarea.jar as it is (default: mvn -B -q package -DskipTests)
#   -c COLD_RUNS   fresh JVMs per cold measurement (default 10)
#   -s SHEETS      answer sheets to score (default 10000)
#   -r SCORE_RUNS  timed scoring runs (default 3)
#   -o DIR         where the results go (default target/bench)
#
# Measures, with the app's own classes (bench/java/BankBench.java):
#   - BankLoader.loadDefault() as the first call in a fresh JVM (cold), its steps (JSON read,
#     schema validator built, schema check), and warm (after warm-up, in one JVM);
#   - the same for a generated 2,000-question bank (bench/java/GenerateBank.java, written to
#     a temp folder and checked with `grayarea validate` first);
#   - `java -jar grayarea.jar validate` on each bank, wall-clock time of the whole command;
#   - `java -jar grayarea.jar score --answers <SHEETS files> --format json > /dev/null`, with
#     sheets generated for the default bank (bench/java/GenerateSheets.java): wall-clock time
#     and peak memory of the whole command; then once more with -Xmx64m, to show whether memory
#     stays flat (the output is streamed) or grows with the number of sheets;
#   - stylesheets on the start path, cold (bench/java/CssBench.java): the theme as JavaFX reads
#     it (AtlantaFX's precompiled .bss) and as CSS, and the app's own app.css parsed and
#     precompiled.
# All medians. Temp files go to a folder under /tmp that is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1 cold=10 sheets=10000 score_runs=3 out=target/bench
while (($#)); do
  case $1 in
    --no-build) build=0; shift ;;
    -c) cold=$2; shift 2 ;;
    -s) sheets=$2; shift 2 ;;
    -r) score_runs=$2; shift 2 ;;
    -o) out=$2; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

dpkg -s time >/dev/null 2>&1 || {
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
}
if ((build)); then
  echo "building (mvn -B -q package -DskipTests) ..." >&2
  mvn -B -q package -DskipTests
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d /tmp/grayarea-bankbench.XXXXXX)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/app"
jar_built=$(date -u -r target/grayarea.jar +%Y-%m-%dT%H:%MZ)
cp target/grayarea.jar "$work/app/"
cp -r target/lib "$work/app/lib"
jar=$work/app/grayarea.jar
cp_app="$jar:$work/app/lib/*"
javac -d "$work/classes" -cp "$cp_app" bench/java/*.java
cp_bench="$work/classes:$cp_app"

median() { sort -g | awk '{ v[n++] = $1 } END { if (!n) { print "-"; exit } i = (n - 1) / 2; lo = int(i); hi = (lo + 1 < n) ? lo + 1 : lo; printf "%.1f\n", v[lo] + (i - lo) * (v[hi] - v[lo]) }'; }
minmax() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.1f–%.1f\n", lo, hi }'; }
field() { sed -n "s/.*$1=\\([^ ]*\\).*/\\1/p"; }
now_ms() { date +%s%3N; }

echo "generating a 2,000-question bank ..." >&2
big=$work/generated-2000.json
java bench/java/GenerateBank.java 2000 "$big"
java -jar "$jar" validate "$big" >&2

report=$out/bank-and-score-$(date +%Y%m%d-%H%M%S).md
{
  echo "## Banks and scoring, $(date -u +%Y-%m-%dT%H:%MZ), HEAD $(git rev-parse --short HEAD 2>/dev/null || echo '?'), jar built $jar_built"
  echo
  echo "Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg). Times in ms, medians (min–max)."
  echo
  echo "| bank | size | cold: first load in a fresh JVM ($cold JVMs) | its steps, cold: read / build schema validator / schema check | warm load (steps: read / schema check) | \`grayarea validate\`, whole command |"
  echo "| --- | --- | --- | --- | --- | --- |"
} >"$report"

for bank in default "$big"; do
  label=$([[ $bank == default ]] && echo "default (micro-cheating.json; cold and warm as the app loads it, bundled: no schema check)" || echo "generated, 2,000 questions")
  file=$([[ $bank == default ]] && echo questions/micro-cheating.json || echo "$bank")
  echo "bank: $label" >&2
  : >"$work/cold"; : >"$work/phases"; : >"$work/validate"
  for ((i = 0; i < cold; i++)); do
    java -cp "$cp_bench" BankBench cold "$bank" | field cold_ms >>"$work/cold"
    java -cp "$cp_bench" BankBench phases "$bank" >>"$work/phases"
    t=$(now_ms); java -jar "$jar" validate "$file" >/dev/null; echo $(($(now_ms) - t)) >>"$work/validate"
  done
  n=$([[ $bank == default ]] && echo 100 || echo 20)
  warm=$(java -cp "$cp_bench" BankBench warm "$bank" "$n")
  {
    printf '| %s | %s kB | %s (%s) | %s / %s / %s | %s (%s / %s; %s runs after %s warm-up) | %s (%s) |\n' \
      "$label" "$(( $(stat -c %s "$file") / 1024 ))" \
      "$(median <"$work/cold")" "$(minmax <"$work/cold")" \
      "$(field read_ms <"$work/phases" | median)" "$(field schema_compile_ms <"$work/phases" | median)" \
      "$(field schema_check_ms <"$work/phases" | median)" \
      "$(field warm_median_ms <<<"$warm")" "$(field read_median_ms <<<"$warm")" \
      "$(field schema_check_median_ms <<<"$warm")" "$n" "$((2 * n))" \
      "$(median <"$work/validate")" "$(minmax <"$work/validate")"
  } >>"$report"
done

echo "generating $sheets answer sheets ..." >&2
java -cp "$cp_bench" GenerateSheets "$sheets" "$work/sheets"
files=("$work"/sheets/sheet-*.json)
arg_bytes=$(printf '%s\0' "${files[@]}" | wc -c)
arg_max=$(getconf ARG_MAX)
echo "scoring $sheets sheets, $score_runs runs (arguments: $arg_bytes bytes, ARG_MAX $arg_max) ..." >&2
: >"$work/score"
note=""
if ((arg_bytes + 4096 > arg_max)); then
  note="The file names ($arg_bytes bytes) do not fit in ARG_MAX ($arg_max): they were passed in a picocli @file instead."
  printf '%s\n' "${files[@]}" >"$work/args"
  answers=("@$work/args")
else
  answers=("${files[@]}")
fi
# one untimed check that every sheet was scored
java -jar "$jar" score --format json --answers "${answers[@]}" >"$work/check.json"
scored=$(grep -c '"file" :' "$work/check.json" || true)
rm -f "$work/check.json"
for ((i = 0; i < score_runs; i++)); do
  /usr/bin/time -f '%e %M' -o "$work/time" java -jar "$jar" score --format json --answers "${answers[@]}" >/dev/null
  read -r secs kb <"$work/time"
  echo "$secs $kb" >>"$work/score"
done
# the same with a small heap: the output is streamed, so memory should not grow with the sheets
small_heap=64m
if /usr/bin/time -f '%e %M' -o "$work/time-small" java -Xmx$small_heap -jar "$jar" score --format json \
    --answers "${answers[@]}" >"$work/small.json" 2>"$work/small.err"; then
  read -r small_secs small_kb <"$work/time-small"
  small="with \`-Xmx$small_heap\`: scored $(grep -c '"file" :' "$work/small.json" || true) sheets in $small_secs s, peak RSS $((small_kb / 1024)) MB."
else
  small="with \`-Xmx$small_heap\`: FAILED ($(grep -m1 -o 'OutOfMemoryError[^ ]*' "$work/small.err" || tail -1 "$work/small.err"))."
fi
rm -f "$work/small.json"
{
  echo
  echo "| scoring | sheets | whole command, median (min–max) s | per sheet | peak RSS, median MB |"
  echo "| --- | --- | --- | --- | --- |"
  s_med=$(cut -d' ' -f1 "$work/score" | median)
  printf '| `grayarea score --format json --answers <%s files> > /dev/null`, %s runs | %s (%s scored) | %s (%s) | %s ms | %s |\n' \
    "$sheets" "$score_runs" "$sheets" "$scored" "$s_med" "$(cut -d' ' -f1 "$work/score" | minmax)" \
    "$(awk -v s="$s_med" -v n="$sheets" 'BEGIN { printf "%.2f", s * 1000 / n }')" \
    "$(cut -d' ' -f2 "$work/score" | median | awk '{ printf "%.0f", $1 / 1024 }')"
  echo
  echo "The $sheets file names took $arg_bytes bytes of arguments (ARG_MAX here: $arg_max). $note"
  echo
  echo "One more run $small"
} >>"$report"
echo "stylesheets ..." >&2
# the app's own stylesheet, from the jar being measured, and a precompiled copy of it
unzip -q -o "$jar" grayarea/ui/app.css -d "$work/css"
java -cp "$cp_bench" CssBench --convert "$work/css/grayarea/ui/app.css" "$work/css/app.bss"
sheets=(/atlantafx/base/theme/primer-light.bss /atlantafx/base/theme/primer-light.css
  "$work/css/grayarea/ui/app.css" "$work/css/app.bss")
what=("the theme as JavaFX loads it: AtlantaFX primer-light.bss (JavaFX prefers a .bss beside the .css)"
  "the same theme if it were parsed: primer-light.css (-Dbinary.css=false)"
  "the app's own grayarea/ui/app.css, parsed (as the app did before the build precompiled it)"
  "app.css precompiled to .bss (Stylesheet.convertToBinary; the build ships one made by Css2Bin)")
{
  echo
  echo "| stylesheet, first read in a fresh JVM ($cold JVMs) | size | median (min–max) ms |"
  echo "| --- | --- | --- |"
} >>"$report"
for k in "${!sheets[@]}"; do
  : >"$work/css.ms"
  for ((i = 0; i < cold; i++)); do
    java -cp "$cp_bench" CssBench "${sheets[$k]}" | field ms >>"$work/css.ms"
  done
  size=$( [[ -f ${sheets[$k]} ]] && stat -c %s "${sheets[$k]}" || unzip -l "$work/app/lib/"atlantafx-base-*.jar "${sheets[$k]#/}" | awk 'NR == 4 { print $1 }')
  echo "| ${what[$k]} | $((size / 1024)) kB | $(median <"$work/css.ms") ($(minmax <"$work/css.ms")) |" >>"$report"
done
cat "$report"
