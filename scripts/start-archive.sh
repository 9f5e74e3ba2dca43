#!/usr/bin/env bash
# The start-up archive of `java -jar grayarea.jar` (grayarea.FastStart; why and how:
# docs/decisions/0015-same-process-fast-start.md). Maven runs the first two on Linux.
#
#   scripts/start-archive.sh native DIR   builds DIR/libgrayarea-start.so from
#                                         src/main/native/grayarea_start.c (process-classes)
#   scripts/start-archive.sh archive DIR  makes DIR/start/grayarea.jsa for DIR/grayarea.jar and
#                                         DIR/lib from the class list src/main/start/
#                                         grayarea.classlist, proves that Java maps it, and
#                                         writes DIR/start/archive.properties (package)
#   scripts/start-archive.sh record       records src/main/start/grayarea.classlist afresh:
#                                         target/grayarea.jar's start and a walk through the
#                                         quiz under Xvfb (scripts/record-classes.sh); run it
#                                         when the start's classes have changed much
#
# The Java used is $JAVA_HOME's (Maven passes its own), else the one on the PATH: the archive
# only fits that Java, and FastStart uses it only with that Java.
#
# Nothing here ever fails a build: without a C compiler that works or the JDK's jni.h there is
# no native library, without it (or when Java would take none of the app's classes from it) no
# archive, and `java -jar` starts as it did before (in one JVM, slower).
# Each step says on standard error what it did or why it did nothing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
java=$java_home/bin/java
# START_CLASSLIST: another class list for `archive` (FastStartTest uses a small one of its own)
classlist=${START_CLASSLIST:-$root/src/main/start/grayarea.classlist}
options=$root/src/main/start/jvm-options.txt

say() { echo "start-archive: $*" >&2; }

case ${1:-} in
  native)
    dir=${2:?native DIR}
    mkdir -p "$dir"
    rm -f "$dir/libgrayarea-start.so"
    cc=$(command -v cc || command -v gcc || true)
    if [[ $(uname -s) != Linux ]]; then
      say "not Linux: no native library (java -jar starts in one JVM)"
    elif [[ -z $cc ]]; then
      say "no C compiler (apt-get install gcc libc6-dev): no native library, java -jar starts in one JVM"
    elif [[ ! -f $java_home/include/jni.h ]]; then
      say "no $java_home/include/jni.h (a JDK, not a JRE, is needed): no native library"
    else
      if ! "$cc" -O2 -Wall -Wextra -Werror -shared -fPIC -I"$java_home/include" -I"$java_home/include/linux" \
          -o "$dir/libgrayarea-start.so" "$root/src/main/native/grayarea_start.c" 2>"$dir/cc.log"; then
        rm -f "$dir/libgrayarea-start.so"
        say "the C compiler failed (see $dir/cc.log; is libc6-dev installed?): no native library, java -jar starts in one JVM"
      fi
    fi
    ;;
  archive)
    dir=$(realpath "${2:?archive DIR}")
    start=$dir/start
    rm -f "$start/grayarea.jsa" "$start/archive.properties"
    if [[ ! -f $start/libgrayarea-start.so ]]; then
      say "no native library in $start: no archive (java -jar starts in one JVM)"
      exit 0
    fi
    jar=$dir/grayarea.jar
    # an archive fits only the jar paths it was made with (JDK 17), so it is made at the jar's real path
    if ! "$java" -Xshare:dump -XX:SharedClassListFile="$classlist" -XX:SharedArchiveFile="$start/grayarea.jsa" \
        -jar "$jar" >"$start/dump.log" 2>&1; then
      say "java -Xshare:dump failed (see $start/dump.log): no archive"
      rm -f "$start/grayarea.jsa"
      exit 0
    fi
    # the proof: with -Xshare:on the JVM refuses to start unless it maps the archive; its logs
    # say which classes came from it and which jars it checked (the ones FastStart checks too)
    rm -f "$start"/check.log* "$start"/classpath.log*
    if ! "$java" -Xshare:on -XX:SharedArchiveFile="$start/grayarea.jsa" \
        -Xlog:class+load:file="$start/check.log"::filecount=0 -Xlog:class+path=info:file="$start/classpath.log"::filecount=0 \
        -jar "$jar" --version >/dev/null 2>"$start/check.err"; then
      say "Java does not map the new archive (see $start/check.err): no archive"
      rm -f "$start/grayarea.jsa"
      exit 0
    fi
    shared=$(grep -c 'source: shared objects file' "$start/check.log" || true)
    app=$(grep 'source: shared objects file' "$start/check.log" | grep -c ' grayarea\.' || true)
    if ((app == 0)); then
      # JDK 17 leaves out the classes of a jar whose path holds a space or a letter beyond ASCII
      say "the archive holds none of the app's classes (is there a space or an accent in $jar?): no archive"
      rm -f "$start/grayarea.jsa"
      exit 0
    fi
    settings=$("$java" -XshowSettings:properties -version 2>&1)
    property() { sed -n "s/^ *$1 = //p" <<<"$settings" | head -1; }
    {
      echo "# Made by scripts/start-archive.sh on $(date -u +%Y-%m-%dT%H:%MZ). grayarea.FastStart starts"
      echo "# java -jar again with grayarea.jsa only while all of this still holds: this Java, and"
      echo "# the jars Java checks before it maps the archive (SIZE SECONDS PATH; the app's first)."
      echo "java.home=$(property java.home)"
      echo "java.vm.version=$(property java.vm.version)"
      i=0
      while IFS= read -r path; do
        echo "jar.$i=$(stat -c '%s %Y' "$path") $path"
        i=$((i + 1))
      done < <(sed -n 's/.*checking shared classpath entry: \(.*\.jar\)$/\1/p' "$start/classpath.log")
      echo "options=$(grep -v '^#' "$options" | xargs)"
    } >"$start/archive.properties"
    say "$(du -h "$start/grayarea.jsa" | cut -f1) archive of $(grep -vc '^[@#]' "$classlist") listed classes for $jar;" \
      "Java maps it (-Xshare:on) and took $shared classes from it for --version, $app of them the app's"
    ;;
  record)
    [[ -f $root/target/grayarea.jar ]] || { say "target/grayarea.jar is missing: mvn -B package -DskipTests first"; exit 1; }
    home=$(mktemp -d /tmp/grayarea-record.XXXXXX)
    trap 'rm -rf "$home"' EXIT
    # recorded beside it first: a walk that fails leaves the kept list as it was
    "$root/scripts/record-classes.sh" "$home/grayarea.classlist" "$java" -Dgrayarea.faststart=off \
      -Dgrayarea.home="$home/data" -jar "$root/target/grayarea.jar"
    mv "$home/grayarea.classlist" "$classlist"
    say "$(wc -l <"$classlist") lines in $classlist"
    ;;
  *)
    sed -n '2,24p' "$0" >&2
    exit 2
    ;;
esac
