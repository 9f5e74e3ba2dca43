#!/usr/bin/env bash
# Checks the Gray Area installed from the .deb (packaging/package-linux.sh --install runs it):
# the files and desktop integration are there, the launcher maps the AppCDS archive
# (-Xshare:on fails if it can't) and loads the app's classes from it, and the app opens its
# window under Xvfb (a PNG of the first screen).
#
#   packaging/check-installed.sh [OUT_DIR]     (default target/jpackage/check)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/jpackage/check}
mkdir -p "$out"
out=$(cd "$out" && pwd)
dir=/opt/grayarea
launcher=$dir/bin/grayarea
fail=0
ok() { echo "  ok    $*"; }
bad() { echo "  FAIL  $*"; fail=1; }

echo "installed package: $(dpkg-query -W -f '${Package} ${Version}, ${Installed-Size} kB, depends: ${Depends}' grayarea)"
[[ -x $launcher ]] && ok "launcher $launcher" || bad "no launcher $launcher"
[[ -s $dir/lib/app/grayarea.jsa ]] && ok "AppCDS archive $dir/lib/app/grayarea.jsa ($(du -h "$dir/lib/app/grayarea.jsa" | cut -f1))" \
  || bad "no AppCDS archive (see $dir/lib/app/grayarea.jsa.log)"
# found by its id (PACKAGE-LAUNCHER.desktop), not its name: a --discreet package names it "Notes"
desktop=$(ls /usr/share/applications/grayarea-*.desktop 2>/dev/null | head -1 || true)
[[ -n $desktop ]] && ok "desktop entry $desktop: $(grep -m1 '^Name=' "$desktop")" || bad "no grayarea-*.desktop entry in /usr/share/applications"
[[ -n $desktop ]] && sed 's/^/          /' "$desktop"
touch "$out/example.grayarea"
type=$(xdg-mime query filetype "$out/example.grayarea" 2>/dev/null || true)
[[ $type == application/x-grayarea-handout* ]] && ok "a .grayarea file is $type" || bad "a .grayarea file is '${type:-unknown}'"
handler=$(xdg-mime query default application/x-grayarea-handout 2>/dev/null || true)
[[ -n $handler ]] && ok "application/x-grayarea-handout opens with $handler" || bad "no default application for application/x-grayarea-handout"
rm -f "$out/example.grayarea"
ls /usr/share/icons/hicolor/*/mimetypes/*grayarea* >/dev/null 2>&1 && ok "hand-out file icon installed" || true

work=$(mktemp -d /tmp/grayarea-check.XXXXXX)
xvfb=
cleanup() { [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
gcc -O2 -o "$work/probe" bench/probe/probe.c -lX11 -lXext -lXtst
source scripts/xvfb.sh
start_xvfb "$work"

# the installed launcher, as a user starts it, plus -Xshare:on (refuse to start without the
# archive) and a class-loading log; a fresh data folder, so it opens as on a first run
# (the jpackage launcher ignores JDK_JAVA_OPTIONS; the JVM itself reads JAVA_TOOL_OPTIONS)
line=$(JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load:file=$out/class-load.log -Xlog:cds:file=$out/cds.log" \
  XDG_DATA_HOME=$work/data "$work/probe" -s 1500 -t 60000 -f "$work/first-screen.ppm" -- "$launcher" \
  2>"$out/app.log" || true)
echo "  probe: $line"
if [[ $line == *stop=settled* ]]; then
  convert "$work/first-screen.ppm" "$out/first-screen.png"
  ok "the installed app opened its window: $out/first-screen.png"
else
  bad "the installed app did not draw a settled first screen (see $out/app.log)"
fi
if [[ -s $out/class-load.log ]]; then
  shared=$(grep -c 'source: shared objects file' "$out/class-load.log" || true)
  total=$(grep -c 'source:' "$out/class-load.log" || true)
  app_shared=$(grep 'source: shared objects file' "$out/class-load.log" | grep -cE ' (grayarea|javafx|tools\.jackson|com\.networknt)\.' || true)
  ((app_shared > 0)) && ok "CDS in use with -Xshare:on: $shared of $total classes from the archive, $app_shared of them the app's and its libraries' (grayarea, javafx, jackson, networknt)" \
    || bad "no application class came from the archive ($shared of $total from the JDK's)"
else
  bad "no class-loading log: the launcher did not start with -Xshare:on (see $out/app.log)"
fi
exit $fail
