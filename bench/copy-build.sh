# Sourced by the benchmarks (from the repository's root):
#   copy_build SRC DEST   copies a build (SRC/grayarea.jar and SRC/lib, as in target/) to DEST.
copy_build() {
  local src=$1 dest=$2
  mkdir -p "$dest"
  cp "$src/grayarea.jar" "$dest/"
  cp -r "$src/lib" "$dest/lib"
}

# add_builds WORK NAME=DIR...   for each build given with -j (a folder with grayarea.jar and lib/):
#                         copies it to WORK/jar-NAME and adds NAME to the caller's names array and
#                         its command (java -jar, with @HOME@ for the run's data folder) to cmd
add_builds() {
  local work=$1 j jname jdir
  shift
  for j in "$@"; do
    jname=${j%%=*} jdir=${j#*=}
    [[ -f $jdir/grayarea.jar && -d $jdir/lib ]] || { echo "-j $j: no grayarea.jar and lib/ in $jdir" >&2; exit 2; }
    copy_build "$jdir" "$work/jar-$jname"
    names+=("$jname")
    cmd[$jname]="java -Dgrayarea.home=@HOME@ -jar $work/jar-$jname/grayarea.jar"
  done
}

# archive_in_use PROBE LOG COMMAND...   runs COMMAND once under PROBE with the JVM's class-loading
#                         log in LOG and prints how the start went: whether the app's classes came
#                         from a class-data archive (an app image or installed app with its
#                         AppCDS archive; `java -jar` has none)
archive_in_use() {
  local probe=$1 log=$2
  shift 2
  rm -f "$log"
  JAVA_TOOL_OPTIONS="-Xlog:class+load:file=$log" "$probe" -s 1500 -t 60000 -- "$@" >/dev/null 2>&1 || true
  local total shared app
  total=$(grep -c 'source:' "$log" 2>/dev/null || true)
  shared=$(grep -c 'source: shared objects file' "$log" 2>/dev/null || true)
  app=$(grep 'source: shared objects file' "$log" 2>/dev/null | grep -c ' grayarea\.' || true)
  if ((app > 0)); then
    echo "classes from an archive: ${shared:-0} of ${total:-0}, $app of them the app's"
  else
    echo "no app class from an archive (${shared:-0} of ${total:-0} classes from Java's own)"
  fi
}
