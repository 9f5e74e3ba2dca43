#!/usr/bin/env bash
# Start-up benchmark: Gray Area against the smallest JavaFX window, under Xvfb.
#
#   bench/startup.sh [-n RUNS] [-w WARMUPS] [-i INTERVAL_MS] [--image] [--image-java] [--installed]
#                    [-x NAME=OPTIONS]... [-j NAME=DIR]... [-l NAME=LAUNCHER]... [--minimal-classpath]
#                    [-q IDLE_PCT] [--cold] [--no-build] [-o DIR]
#
#   Two times are reported for each program, both from launch, both against the minimal window:
#   "window visible", the first grab in which anything appeared (the window, empty or not), and
#   "content drawn", the first grab that shows the window's content as it stays (the first
#   drawn frame of the finished page). The goal (issue 16) is for the app image: at most 1.00x
#   the minimal window's time for both, and at most 1.2x its peak memory.
#
#   -n RUNS        measured runs of each program (default 10)
#   -w WARMUPS     unmeasured runs of each program first (default 1), so that every run finds
#                  the jars in the page cache and JavaFX's native libraries already unpacked
#   -i INTERVAL_MS how often the screen is grabbed (default 20)
#   --image        also measure the app image of packaging/package-linux.sh (target/jpackage/
#                  image/grayarea/bin/grayarea, with its AppCDS archive made where it is), as
#                  "image"; the same as -l image=target/jpackage/image/grayarea/bin/grayarea
#   --image-java   also the same app image started without its jpackage launcher: its own
#                  runtime's java with the class path and options of its .cfg, as "image-java"
#                  (what the launcher itself costs before the JVM starts)
#   --minimal-classpath  also the minimal window with JavaFX on the class path (as `java -jar`
#                  runs the app), as "minimal-cp"; "minimal" runs JavaFX as modules, as the app
#                  image's launcher and `mvn javafx:run` do
#   --installed    also measure the installed app (packaging/package-linux.sh --install puts it
#                  in /opt/grayarea): as installed (with its AppCDS archive) and a copy of it
#                  without the AppCDS option
#   -x NAME=OPTS   also the installed app with these JVM options (given in JAVA_TOOL_OPTIONS,
#                  which the JVM reads whatever launches it), shown as "installed NAME";
#                  e.g. -x serial=-XX:+UseSerialGC (needs --installed)
#   -j NAME=DIR    also another build of the app: DIR holds its grayarea.jar and lib/ (as target/
#                  does), run with `java -jar` like the app and shown as NAME; e.g. to compare a
#                  change with the build before it in the same run, under the same load
#   -l NAME=LAUNCHER  also another app image's launcher (such as target/jpackage/image/grayarea/
#                  bin/grayarea from packaging/package-linux.sh --no-deb, with its AppCDS archive
#                  made where it is), run like the installed app and shown as NAME
#   -q IDLE_PCT    before each round, wait (up to 10 minutes) until the CPUs were at least
#                  IDLE_PCT % idle over one second (default 0: don't wait); on a machine shared with
#                  other builds this keeps rounds out of their busy spells. The idle share before
#                  each round is kept in the raw figures and summarised. On such a machine, also
#                  run the whole script ahead of the other work with bench/prio.sh (as root); the
#                  summary says which niceness it ran with
#   --cold         empty the system's page cache (as root) before every measured run: a first
#                  start after a reboot, when Java, JavaFX, the jars and any class-data archive
#                  are read from disk (the warm-up runs still unpack JavaFX's native libraries);
#                  it slows everything else on the machine for a moment
#   --no-build     use target/grayarea.jar as it is (default: mvn -B -q package -DskipTests)
#   -o DIR         where the results go (default target/bench)
#
# The programs run alternately (A B, B A, A B ...), each in turn started by bench/probe/probe.c,
# which grabs the screen every INTERVAL_MS from launch until it has settled, and reports the
# time until the content was drawn as it stays (not merely an empty window), and the peak
# resident memory (VmHWM) read just before it ends the program. The app gets a fresh, empty
# data folder each run (-Dgrayarea.home, or XDG_DATA_HOME for the installed launcher), so it
# starts as on a first run. Installs what it needs with apt-get (Xvfb, GTK 3, a C compiler
# and X11 headers for the probe, ImageMagick for the PNGs). Stops only the processes it started.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=10 warmups=1 interval=20 installed=0 build=1 out=target/bench quiet=0 cold=0 minimal_cp=0 image_java=0
extras=() jars=() launchers=()
while (($#)); do
  case $1 in
    -n) runs=$2; shift 2 ;;
    -w) warmups=$2; shift 2 ;;
    -i) interval=$2; shift 2 ;;
    -o) out=$2; shift 2 ;;
    --installed) installed=1; shift ;;
    --image) launchers+=("image=target/jpackage/image/grayarea/bin/grayarea"); shift ;;
    --minimal-classpath) minimal_cp=1; shift ;;
    --image-java) image_java=1; shift ;;
    -x) extras+=("$2"); shift 2 ;;
    -j) jars+=("$2"); shift 2 ;;
    -l) launchers+=("$2"); shift 2 ;;
    -q) quiet=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --cold) cold=1; shift ;;
    -h|--help) sed -n '2,61p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; sed -n '2,61p' "$0" >&2; exit 2 ;;
  esac
done

((cold == 0 || EUID == 0)) || { echo "--cold empties the page cache, which needs root" >&2; exit 2; }

source scripts/need-packages.sh
need_packages xvfb libgtk-3-0 fonts-dejavu-core gcc libc6-dev libx11-dev libxext-dev libxtst-dev imagemagick

if ((build)); then
  echo "building (mvn -B -q package -DskipTests) ..." >&2
  mvn -B -q package -DskipTests
fi
[[ -f target/grayarea.jar ]] || { echo "target/grayarea.jar is missing: build first" >&2; exit 1; }

mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d /tmp/grayarea-bench.XXXXXX)
xvfb=
cleanup() {
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# a private copy of the build, so that a rebuild during the benchmark changes nothing
source bench/copy-build.sh
jar_built=$(date -u -r target/grayarea.jar +%Y-%m-%dT%H:%MZ)
copy_build target "$work/app"
fxcp=$(ls "$work"/app/lib/javafx-{base,graphics,controls}-*-linux.jar | paste -sd:)

gcc -O2 -Wall -o "$work/probe" bench/probe/probe.c -lX11 -lXext -lXtst
javac -d "$work/minimal" -cp "$fxcp" bench/minimal/*.java

names=(app minimal)
declare -A cmd jto
cmd[app]="java -Dgrayarea.home=@HOME@ -jar $work/app/grayarea.jar"
# JavaFX as modules, as JavaFX wants to be started (and the app image's launcher starts it)
cmd[minimal]="java --module-path $fxcp --add-modules javafx.controls -cp $work/minimal bench.minimal.MinimalLauncher"
if ((minimal_cp)); then
  names+=(minimal-cp)
  cmd[minimal-cp]="java -cp $work/minimal:$fxcp bench.minimal.MinimalLauncher"
fi
add_builds "$work" "${jars[@]}"
for l in "${launchers[@]}"; do
  lname=${l%%=*} lpath=${l#*=}
  [[ -x $lpath ]] || { echo "-l $l: $lpath is not a launcher" >&2; exit 2; }
  names+=("$lname")
  cmd[$lname]="env XDG_DATA_HOME=@HOME@ $lpath"
done
if ((image_java)); then
  ia=$PWD/target/jpackage/image/grayarea/lib/app
  [[ -f $ia/grayarea.cfg ]] || { echo "--image-java: no app image in target/jpackage (packaging/package-linux.sh --no-deb)" >&2; exit 2; }
  icp=$(sed -n 's/^app.classpath=//p' "$ia/grayarea.cfg" | sed "s|\\\$APPDIR|$ia|g" | paste -sd: -)
  iopts=$(sed -n 's/^java-options=//p' "$ia/grayarea.cfg" | sed "s|\\\$APPDIR|$ia|g" | xargs)
  names+=(image-java)
  cmd[image-java]="$ia/../runtime/bin/java -Dgrayarea.home=@HOME@ $iopts -cp $icp grayarea.Main"
fi
if ((installed)); then
  launcher=/opt/grayarea/bin/grayarea
  [[ -x $launcher ]] || { echo "no installed app at $launcher: run packaging/package-linux.sh --install" >&2; exit 1; }
  # the same installed app without its AppCDS archive: a copy with the option taken out of the
  # launcher's configuration (the jlinked runtime's default CDS archive still applies)
  cp -a /opt/grayarea "$work/nocds"
  sed -i '/SharedArchiveFile/d' "$work/nocds/lib/app/grayarea.cfg"
  names+=(installed installed-nocds)
  cmd[installed]="env XDG_DATA_HOME=@HOME@ $launcher"
  cmd[installed-nocds]="env XDG_DATA_HOME=@HOME@ $work/nocds/bin/grayarea"
  for x in "${extras[@]}"; do
    xname="installed-${x%%=*}"
    names+=("$xname")
    cmd[$xname]="env XDG_DATA_HOME=@HOME@ $launcher"
    jto[$xname]=${x#*=}
  done
elif ((${#extras[@]})); then
  echo "-x needs --installed" >&2; exit 2
fi

source scripts/xvfb.sh
start_xvfb "$work"
sleep 0.5

# how each program's classes load: for an app image or installed app, whether its AppCDS
# archive is used (`java -jar` has none)
declare -A archive_note
for name in "${names[@]}"; do
  [[ $name == minimal* ]] && continue
  home=$(mktemp -d "$work/home.XXXXXX")
  # shellcheck disable=SC2086
  archive_note[$name]=$(archive_in_use "$work/probe" "$work/$name.classes.log" ${cmd[$name]//@HOME@/$home})
  rm -rf "$home"
  echo "  $name: ${archive_note[$name]}" >&2
done

stamp=$(date +%Y%m%d-%H%M%S)
raw=$out/startup-$stamp.tsv
printf 'program\trun\tcontent_ms\tfirst_change_ms\tpeak_rss_kb\tcpu_ms\tstop\tidle_before_pct\tprocs\tleft_behind\n' >"$raw"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# how idle the CPUs were over the last second, in percent (from /proc/stat)
idle_pct() {
  local a b
  a=$(awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
  sleep 1
  b=$(awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
  awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " "); t = y[1] - x[1]; v = 100
    if (t > 0) v = 100 * (y[2] - x[2]) / t
    printf "%.0f\n", v }'
}

# waits (up to 10 minutes) for the CPUs to be at least $quiet % idle; sets $idle
idle=
wait_quiet() {
  idle=$(idle_pct)
  local waited=0
  while ((quiet > 0 && idle < quiet && waited < 600)); do
    sleep 4
    waited=$((waited + 5))
    idle=$(idle_pct)
  done
  ((quiet > 0 && idle < quiet)) && echo "  (still only $idle % idle after 10 minutes: measuring anyway)" >&2
  return 0
}

# one run of a program; prints nothing, appends a row when measured
run_one() {
  local name=$1 label=$2 home line
  home=$(mktemp -d "$work/home.XXXXXX")
  # the app keeps JavaFX's native libraries in its data folder (javafx-cache), unpacked on its
  # very first start: every run gets a fresh, empty data folder except for those, copied from
  # the first run, so that each run starts like any start after the first (the minimal
  # window's are in ~/.openjfx, likewise unpacked once)
  [[ -d $work/javafx-cache ]] && cp -r "$work/javafx-cache" "$home/javafx-cache"
  if ((cold)) && [[ $label != warm-up ]]; then
    sync
    echo 3 >/proc/sys/vm/drop_caches
  fi
  local c=${cmd[$name]//@HOME@/$home}
  # shellcheck disable=SC2086
  local opts=${jto[$name]:-}
  line=$(env ${opts:+"JAVA_TOOL_OPTIONS=$opts"} "$work/probe" -i "$interval" -s 1500 -t 60000 -p 100 -l "$work/$name.timeline.tsv" \
    -f "$work/$name.ppm" -- $c 2>>"$work/$name.log" || true)
  [[ ! -d $work/javafx-cache && -d $home/javafx-cache ]] && cp -r "$home/javafx-cache" "$work/javafx-cache"
  rm -rf "$home"
  local content first hwm cpu stop procs left
  content=$(sed -n 's/.*content_ms=\([^ ]*\).*/\1/p' <<<"$line")
  first=$(sed -n 's/.*first_change_ms=\([^ ]*\).*/\1/p' <<<"$line")
  hwm=$(sed -n 's/.*vmhwm_kb=\([^ ]*\).*/\1/p' <<<"$line")
  cpu=$(sed -n 's/.*cpu_ms=\([^ ]*\).*/\1/p' <<<"$line")
  stop=$(sed -n 's/.*stop=\([^ ]*\).*/\1/p' <<<"$line")
  procs=$(sed -n 's/.*procs=\([^ ]*\).*/\1/p' <<<"$line")
  left=$(sed -n 's/.*left_behind=\([^ ]*\).*/\1/p' <<<"$line")
  printf '  %-16s %-7s content %8s ms  first change %8s ms  peak RSS %7s kB  (%s; %s process(es)%s)\n' \
    "$name" "$label" "$content" "$first" "$hwm" "${stop:-failed}" "${procs:-?}" "${left:+, $left left behind}" >&2
  if [[ $label != warm-up ]]; then
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$label" "$content" "$first" "$hwm" "$cpu" "${stop:-failed}" "$idle" \
      "$procs" "$left" >>"$raw"
  fi
  sleep 0.3
}

n=${#names[@]}
for ((w = 1; w <= warmups; w++)); do
  for name in "${names[@]}"; do run_one "$name" warm-up; done
done
for ((r = 1; r <= runs; r++)); do
  wait_quiet
  for ((k = 0; k < n; k++)); do
    # rotate the order each round, so no program always goes first
    run_one "${names[$(((k + r) % n))]}" "$r"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

for name in "${names[@]}"; do
  [[ -f $work/$name.ppm ]] && convert "$work/$name.ppm" "$out/startup-$name.png" 2>/dev/null || true
done

# median, quartiles (linear interpolation), min, max of one column for one program (settled runs only)
stats() {
  awk -F'\t' -v p="$1" -v c="$2" 'NR > 1 && $1 == p && $7 == "settled" && $c != "" { print $c }' "$raw" | sort -g |
    awk '{ v[n++] = $1 }
      function q(f,   i, lo, hi) { i = f * (n - 1); lo = int(i); hi = lo + 1 < n ? lo + 1 : lo; return v[lo] + (i - lo) * (v[hi] - v[lo]) }
      END {
        if (n == 0) { print "- - - - - 0"; exit }
        printf "%.0f %.0f %.0f %.0f %.0f %d\n", q(0.5), q(0.25), q(0.75), v[0], v[n - 1], n
      }'
}
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

{
  echo "## Start-up, $(date -u +%Y-%m-%dT%H:%MZ), HEAD $(git rev-parse --short HEAD 2>/dev/null || echo '?'), jar built $jar_built$(git diff --quiet HEAD -- src 2>/dev/null || echo ', uncommitted changes in src')"
  echo
  echo "Machine: $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) memory;" \
    "$(java -version 2>&1 | sed -n 2p); Xvfb $(dpkg-query -W -f '${Version}' xvfb), 1280x860x24."
  echo
  echo "$runs measured runs of each program after $warmups warm-up run(s), alternating; screen grabbed every $interval ms.$( ((cold)) && echo ' Cold: the page cache was emptied before every measured run.')"
  echo "Load average before: $load_before; after: $load_after. Niceness of the benchmark: $(ps -o ni= $$ | tr -d ' ')."
  awk -F'\t' 'NR > 1 && $8 != "" { print $8 }' "$raw" | sort -n | awk -v q="$quiet" '{ v[n++] = $1 }
    END { if (n) printf "CPUs idle in the second before each round: median %s %%, lowest %s %%%s.\n", v[int((n - 1) / 2)], v[0], (q > 0 ? " (each round waited for " q " %)" : "") }'
  echo
  echo "| program | window visible, median (IQR; min–max) ms | content drawn, median (IQR; min–max) ms | peak RSS, median (IQR; min–max) MB | runs | processes (most); left running after the end |"
  echo "| --- | --- | --- | --- | --- | --- |"
  declare -A med_t med_v med_m
  for name in "${names[@]}"; do
    read -r tm tq1 tq3 tmin tmax tn < <(stats "$name" 3)
    read -r vm vq1 vq3 vmin vmax _ < <(stats "$name" 4)
    read -r mm mq1 mq3 mmin mmax _ < <(stats "$name" 5)
    med_t[$name]=$tm
    med_v[$name]=$vm
    med_m[$name]=$mm
    if [[ $tm == - ]]; then
      echo "| $name | no settled run | | | 0 | |"
    else
      procs=$(awk -F'\t' -v p="$name" 'NR > 1 && $1 == p { if ($9 > m) m = $9; l += $10 } END { printf "%d; %d", m, l }' "$raw")
      echo "| $name | $vm ($vq1–$vq3; $vmin–$vmax) | $tm ($tq1–$tq3; $tmin–$tmax) | $(mb "$mm") ($(mb "$mq1")–$(mb "$mq3"); $(mb "$mmin")–$(mb "$mmax")) | $tn | $procs |"
    fi
  done
  echo
  echo "How each one loaded its classes (one run with the JVM's class-loading log, before the measured ones):"
  for name in "${names[@]}"; do
    [[ -n ${archive_note[$name]:-} ]] && echo "- $name: ${archive_note[$name]}"
  done
  echo
  echo "| ratio to minimal (medians) | window visible | content drawn | memory | window visible, median of each round's own ratio (IQR) | content drawn, the same |"
  echo "| --- | --- | --- | --- | --- | --- |"
  # each round's program / minimal for column $2, from the same round: less sensitive to a load that drifts during the run
  paired() {
    awk -F'\t' -v p="$1" -v c="$2" 'NR > 1 && $7 == "settled" { t[$2 "," $1] = $c; r[$2] = 1 }
        END { for (k in r) if ((k "," p) in t && (k ",minimal") in t && t[k ",minimal"] > 0) print t[k "," p] / t[k ",minimal"] }' "$raw" | sort -g |
      awk '{ v[n++] = $1 } function q(f,   i, lo, hi) { i = f * (n - 1); lo = int(i); hi = lo + 1 < n ? lo + 1 : lo; return v[lo] + (i - lo) * (v[hi] - v[lo]) }
        END { if (n) printf "%.2f× (%.2f–%.2f)", q(0.5), q(0.25), q(0.75); else printf "-" }'
  }
  for name in "${names[@]}"; do
    [[ $name == minimal || ${med_t[$name]} == - || ${med_t[minimal]} == - ]] && continue
    awk -v n="$name" -v v="${med_v[$name]}" -v w="${med_v[minimal]}" -v a="${med_t[$name]}" -v b="${med_t[minimal]}" \
      -v c="${med_m[$name]}" -v d="${med_m[minimal]}" -v pv="$(paired "$name" 4)" -v pt="$(paired "$name" 3)" \
      'BEGIN { printf "| %s / minimal | %.2f× | %.2f× | %.2f× | %s | %s |\n", n, v / w, a / b, c / d, pv, pt }'
  done
  echo
  echo "Goal (issue 16), for the app image (image / minimal): window visible and content drawn ≤ 1.00×, memory ≤ 1.2×."
  echo "Raw figures: $raw; the settled screen of each program's last run: $out/startup-<program>.png"
} | tee "$out/startup-$stamp.md"
