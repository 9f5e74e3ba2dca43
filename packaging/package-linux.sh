#!/usr/bin/env bash
# Builds Gray Area for Linux with jpackage: a self-contained app image (its own Java runtime)
# and a .deb, with the app's name, icon, desktop entry, the hand-out file association and an
# AppCDS start-up archive.
#
#   packaging/package-linux.sh [--no-build] [--no-deb] [--discreet] [--install]
#
#   --no-build  use target/grayarea.jar and target/lib as they are (default: mvn package first)
#   --no-deb    the app image only
#   --discreet  a .deb whose menu entry is neutral from the start: "Notes" and the notepad icon
#               (the words of discreet.* in src/main/resources/grayarea/ui/messages*.properties,
#               the icon packaging/discreet.png), for a computer where even the install should
#               not draw a look. The package's name, description and files still say grayarea.
#   --install   then install the .deb here (dpkg -i) and check the installed app with
#               packaging/check-installed.sh: desktop entry and file type registered, its AppCDS
#               archive used (-Xshare:on), and it opens its window (a screenshot under Xvfb)
#
# Outputs, all under target/jpackage/:
#   image/grayarea/        the app image (run image/grayarea/bin/grayarea; JavaFX's modules in
#                          lib/app/javafx/, the other jars in lib/app/lib/)
#   grayarea_VERSION-1_amd64.deb
#   runtime/               the jlinked Java runtime, modules.txt (what went into it and why)
#   grayarea.classlist     the classes loaded from the start to the result (for AppCDS)
#   check/                 the install check's logs and screenshot
#
# How the pieces fit:
# - Runtime: jlink builds a runtime of only the JDK modules the jars need, found with jdeps
#   (plus jdk.localedata for Spanish dates and numbers, loaded by locale rather than by a class
#   reference, and jdk.crypto.ec, where JDK 17 keeps X25519). The application's own jars are NOT
#   linked into it. JavaFX's three jars (base, graphics, controls) go on the launcher's module
#   path (lib/app/javafx, --module-path and the options of src/main/start/jvm-options.txt), as
#   JavaFX wants to be loaded (decision 0024: no "Unsupported JavaFX configuration" warning);
#   the others (the app, ControlsFX, AtlantaFX, Jackson, networknt, picocli, PDFBox) stay jars
#   on the class path in lib/app/lib. The app has no module-info, PDFBox and commons-logging are
#   not modules (automatic names only), and JavaFX's Maven jars carry their native libraries
#   as resources, so a jlinked JavaFX would still unpack them at run time.
# - JavaFX natives: JavaFX unpacks libglass.so & co. from its jar into ~/.openjfx/cache on first
#   start. Here they are unpacked at build time next to the JavaFX jars in lib/app/javafx, where
#   JavaFX looks first, so the installed app writes nothing into the user's home for them.
# - AppCDS: the app image's launcher is run once under Xvfb with -XX:DumpLoadedClassList, from
#   its start through a walk of the quiz to the result (bench/wizard-walk.keys); the list ships
#   in the package, and the package's postinst turns it into lib/app/grayarea.jsa with
#   `java -Xshare:dump` at the installed path, with the launcher's own class path, module path
#   and options (a JDK 17 CDS archive only maps with the jar paths it was made with, so it can't
#   be made here for /opt). The launcher passes -XX:SharedArchiveFile=$APPDIR/grayarea.jsa;
#   without the file, the JVM starts normally (the default -Xshare:auto). The same is done for
#   the app image in target/ at its own path. Every build remakes the list, every install the
#   archive.
# - JIT: the launcher also raises C2's compile thresholds (see the jpackage step), which
#   keeps the optimizing compiler from competing with the start for the CPU.
# - Discreet mode (Settings, docs/privacy.md): the installed app then writes a per-user desktop
#   entry with the same id as the package's (grayarea-grayarea.desktop, which jpackage names
#   PACKAGE-LAUNCHER and also keeps in lib/ beside the launcher, where the app finds it) into
#   ~/.local/share/applications, showing "Notes" and a notepad icon; the desktop prefers it to
#   the system one. Nothing is needed in the package for that: the app takes the launcher's path
#   from jpackage's jpackage.app-path property, the file types from the entry in lib/, and the
#   icon from its own jar (copied into its data folder). Its TryExec names the launcher, so
#   once the package is removed, desktops hide the entry left in a home folder.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

build=1 deb=1 install=0 discreet=0
for arg in "$@"; do
  case $arg in
    --no-build) build=0 ;;
    --no-deb) deb=0 ;;
    --discreet) discreet=1 ;;
    --install) install=1 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

name=grayarea
out=target/jpackage
image=$out/image/$name

source scripts/need-packages.sh
need_packages fakeroot dpkg-dev unzip xvfb libgtk-3-0 fonts-dejavu-core gcc libc6-dev libx11-dev libxext-dev libxtst-dev xdg-utils imagemagick
for tool in jlink jdeps jpackage; do
  command -v $tool >/dev/null || { echo "$tool is missing: a full JDK 17 is needed" >&2; exit 1; }
done

if ((build)); then
  echo "building (mvn -B -q package -DskipTests) ..." >&2
  mvn -B -q package -DskipTests
fi
[[ -f target/grayarea.jar ]] || { echo "target/grayarea.jar is missing: build first" >&2; exit 1; }
version=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties 2>/dev/null || true)
[[ -n $version ]] || version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)

work=$(mktemp -d /tmp/grayarea-package.XXXXXX)
trap 'rm -rf "$work"' EXIT

rm -rf "$out"
mkdir -p "$out/input/lib" "$out/javafx"

echo "1/6 staging the jars and JavaFX's native libraries ..." >&2
cp target/grayarea.jar "$out/input/"
# only the jars the app's manifest names (packaging/manifest-jars.sh says why); JavaFX's apart,
# for the module path (jpackage puts every jar of --input on the class path): its platform jars,
# which hold the classes (the plain javafx-*.jar of Maven are empty), with their native
# libraries beside them
source packaging/manifest-jars.sh
for jar in $(manifest_jars target/grayarea.jar); do
  case ${jar#lib/} in
    javafx-*-linux.jar) cp "target/$jar" "$out/javafx/" ;;
    javafx-*) ;;
    *) cp "target/$jar" "$out/input/lib/" ;;
  esac
done
for fxjar in "$out"/javafx/javafx-*-linux.jar; do
  unzip -q -o -j "$fxjar" '*.so' -d "$out/javafx/" 2>/dev/null || true
done

echo "2/6 jlink: a runtime of the JDK modules the jars need ..." >&2
found=$(jdeps --ignore-missing-deps --multi-release 17 -summary "$out/input/grayarea.jar" "$out"/input/lib/*.jar "$out"/javafx/*.jar 2>/dev/null |
  awk '{ print $NF }' | grep -E '^(java|jdk)\.' | sort -u | paste -sd, -)
extra=jdk.localedata,jdk.crypto.ec
jlink --add-modules "$found,$extra" --include-locales=en,es \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --output "$out/runtime"
{
  echo "found by jdeps on the jars: $found"
  echo "added by name: $extra (Spanish locale data, loaded by locale; X25519 lives in jdk.crypto.ec in JDK 17)"
  echo "in the runtime:"
  "$out/runtime/bin/java" --list-modules
} >"$out/runtime-modules.txt"

echo "3/6 jpackage: the app image ..." >&2
common=(--name "$name" --app-version "$version" --vendor "Gray Area"
  --description "Gray Area: a private self-check on micro-cheating"
  --copyright "Gray Area contributors, Apache License 2.0")
# JVM options of the launcher: the AppCDS archive, JavaFX's module path, and each line of
# src/main/start/jvm-options.txt (JavaFX as modules and ControlsFX's access to it, decision 0024;
# C2 kept for code that is really hot; the file says why)
options=(--java-options '-XX:SharedArchiveFile=$APPDIR/grayarea.jsa' --java-options '--module-path=$APPDIR/javafx')
while IFS= read -r option; do
  options+=(--java-options "$option")
done < <(grep -v -e '^#' -e '^[[:space:]]*$' src/main/start/jvm-options.txt)
jpackage --type app-image "${common[@]}" \
  --input "$out/input" --main-jar grayarea.jar --main-class grayarea.Main \
  --runtime-image "$out/runtime" --icon packaging/grayarea.png \
  "${options[@]}" \
  --dest "$out/image"
cp -r "$out/javafx" "$image/lib/app/javafx"

echo "4/6 recording the classes the app loads (for AppCDS): its start, then a walk through the quiz ..." >&2
app=$root/$image/lib/app
# the class path, module path and options exactly as the launcher builds them from its .cfg
# (the archive option aside): a CDS archive only maps when they match the ones it was made with.
# packaging/linux/postinst does the same at the installed path.
launcher_classpath=$(sed -n 's/^app.classpath=//p' "$app/$name.cfg" | sed "s|\\\$APPDIR|$app|g" | paste -sd: -)
mapfile -t launcher_java_options < <(sed -n 's/^java-options=//p' "$app/$name.cfg" | grep -v SharedArchiveFile |
  sed "s|\\\$APPDIR|$app|g")
# the image's own launcher, through the quiz to the result (so the pages' classes are archived
# too), with a data folder of its own; if the walk no longer fits the quiz, the list holds less
# and the archive covers less; nothing fails
scripts/record-classes.sh "$out/grayarea.classlist" env XDG_DATA_HOME="$work/home" "$root/$image/bin/$name"
echo "   $(wc -l <"$out/grayarea.classlist") classes" >&2
cp "$out/grayarea.classlist" "$app/grayarea.classlist"

if ((deb)); then
  echo "5/6 jpackage: the .deb ..." >&2
  # packaging/linux holds the desktop entry (shown as "Gray Area"), and postinst/prerm, which
  # add the AppCDS archive to jpackage's own scripts
  resources=packaging/linux icon=packaging/grayarea.png
  if ((discreet)); then
    # the same resources, with the desktop entry's words and icon those of discreet mode
    resources=$work/linux-discreet icon=packaging/discreet.png
    cp -r packaging/linux "$resources"
    word() { sed -n "s/^discreet\.$1=//p" "src/main/resources/grayarea/ui/messages${2:-}.properties"; }
    sed -i -e "s/^Name=.*/Name=$(word name)\nName[es]=$(word name _es)/" \
      -e "s/^GenericName=.*/GenericName=$(word genericName)\nGenericName[es]=$(word genericName _es)/" \
      -e "s/^Comment=.*/Comment=$(word comment)\nComment[es]=$(word comment _es)/" "$resources/grayarea.desktop"
    echo "   discreet: the menu entry shows $(grep '^Name=' "$resources/grayarea.desktop") and $icon" >&2
  fi
  jpackage --type deb "${common[@]}" \
    --app-image "$image" \
    --resource-dir "$resources" \
    --icon "$icon" \
    --file-associations packaging/linux/handout.properties \
    --license-file LICENSE \
    --linux-package-name "$name" --linux-deb-maintainer "grayarea@example.invalid" \
    --linux-menu-group "Utility" --linux-app-category misc --linux-shortcut \
    --dest "$out"
  ls "$out"/*.deb >&2
fi

echo "6/6 the AppCDS archive for the app image in $image ..." >&2
"$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/grayarea.classlist" \
  -XX:SharedArchiveFile="$app/grayarea.jsa" "${launcher_java_options[@]}" -cp "$launcher_classpath" >"$out/cds-dump.log" 2>&1
# the jpackage launcher ignores JDK_JAVA_OPTIONS; the JVM itself reads JAVA_TOOL_OPTIONS.
# -Xshare:on makes the JVM refuse to start if it can't map the archive named in the .cfg
JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load:file=$work/image-classes.log" "$image/bin/$name" --version \
  >/dev/null 2>"$work/on.log" || {
  echo "the app image does not start with -Xshare:on:" >&2; cat "$work/on.log" >&2; exit 1; }
from_archive=$(grep 'source: shared objects file' "$work/image-classes.log" | grep -c ' grayarea\.' || true)
((from_archive > 0)) || { echo "the app image's launcher loads no app class from the archive" >&2; exit 1; }
echo "   $(du -h "$app/grayarea.jsa" | cut -f1) archive; the launcher maps it (-Xshare:on) and loads $from_archive grayarea classes from it for --version" >&2

if ((install)); then
  deb_file=$(ls "$out"/*.deb)
  # a desktop system has a menu (/etc/xdg/menus) for xdg-desktop-menu to add the entry to; a
  # headless build machine gets a small one, so the menu integration runs here as it would there
  [[ -d /etc/xdg/menus ]] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq lxmenu-data >/dev/null
  echo "installing $deb_file ..." >&2
  dpkg -i "$deb_file"
  packaging/check-installed.sh "$out/check"
fi
echo "done: $image, $(ls "$out"/*.deb 2>/dev/null || echo 'no .deb')" >&2
