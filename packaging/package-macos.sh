#!/usr/bin/env bash
# UNTESTED HERE: written and reviewed on Linux, never run on macOS. It mirrors
# packaging/package-linux.sh, which is tested; check the notes below on a Mac.
#
# Builds Gray Area for macOS with jpackage: Gray Area.app with its own Java runtime, in a
# .dmg, with the icon and the .grayarea hand-out file association.
#
#   packaging/package-macos.sh [--no-build]
#
# Needs: JDK 17 (jlink, jdeps, jpackage), Maven, Xcode command line tools (sips, iconutil,
# hdiutil come with macOS). Build on the architecture you ship for: Maven resolves JavaFX's
# "-mac" (Intel) or "-mac-aarch64" (Apple silicon) jars for the machine it runs on.
# Outputs under target/jpackage/: image/Gray Area.app and Gray Area-VERSION.dmg.
#
# Differences from Linux:
# - The .icns is made from packaging/grayarea.png with sips and iconutil (ImageMagick 6 can't
#   write .icns), into target/icons/.
# - JavaFX's .dylib files are unpacked next to its jars in the app, where JavaFX looks first.
# - Not signed or notarised: Gatekeeper will warn. For release, add --mac-sign
#   --mac-signing-key-user-name "Developer ID Application: ..." and notarise the .dmg.
# - No AppCDS archive: a JDK 17 archive only maps with the jar paths it was made with, and
#   the .app may be dragged anywhere. With a JDK 19+ runtime, -XX:+AutoCreateSharedArchive
#   -XX:SharedArchiveFile=<a folder under ~/Library/Caches> would do it on first start.
# - Discreet mode (Settings, docs/privacy.md) changes only the window here: its title and top bar
#   say "Notes". The .app's name and icon in Finder, Launchpad and the Dock stay Gray Area's (a
#   window icon set by JavaFX does not change the Dock's): the app never edits its own bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
build=1
[[ ${1:-} == --no-build ]] && build=0
for tool in jlink jdeps jpackage sips iconutil; do
  command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
((build)) && mvn -B -q package -DskipTests
version=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)
version=${version%%-*}   # CFBundleVersion: numbers only
# jpackage on macOS refuses an app version whose first number is 0 (0.1.0): set
# MAC_APP_VERSION to choose one, else 0.x is packaged as 1.0.0
if [[ -n ${MAC_APP_VERSION:-} ]]; then
  version=$MAC_APP_VERSION
elif [[ $version == 0.* ]]; then
  echo "note: app version $version starts with 0, which jpackage on macOS refuses; packaging as 1.0.0" >&2
  version=1.0.0
fi

out=target/jpackage
rm -rf "$out" target/icons
mkdir -p "$out/input/lib" target/icons/grayarea.iconset
for size in 16 32 64 128 256; do
  sips -z $size $size packaging/grayarea.png --out target/icons/grayarea.iconset/icon_${size}x${size}.png >/dev/null
done
for size in 16 32 64 128; do
  cp target/icons/grayarea.iconset/icon_$((size * 2))x$((size * 2)).png target/icons/grayarea.iconset/icon_${size}x${size}@2x.png
done
iconutil -c icns target/icons/grayarea.iconset -o target/icons/grayarea.icns

cp target/grayarea.jar "$out/input/"
# only the jars the app's manifest names (packaging/manifest-jars.sh says why)
source packaging/manifest-jars.sh
for jar in $(manifest_jars target/grayarea.jar); do
  cp "target/$jar" "$out/input/lib/"
done
for fxjar in "$out"/input/lib/javafx-*-mac*.jar; do
  unzip -q -o -j "$fxjar" '*.dylib' -d "$out/input/lib/" 2>/dev/null || true
done

found=$(jdeps --ignore-missing-deps --multi-release 17 -summary "$out/input/grayarea.jar" "$out"/input/lib/*.jar 2>/dev/null |
  awk '{ print $NF }' | grep -E '^(java|jdk)\.' | sort -u | paste -sd, -)
jlink --add-modules "$found,jdk.localedata,jdk.crypto.ec" --include-locales=en,es \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$out/runtime"

common=(--name "Gray Area" --app-version "$version" --vendor "Gray Area"
  --description "Gray Area: a private self-check on micro-cheating"
  --copyright "Gray Area contributors, Apache License 2.0")
# on macOS the file association lives in the app's Info.plist, so it goes with the app image
jpackage --type app-image "${common[@]}" \
  --input "$out/input" --main-jar grayarea.jar --main-class grayarea.Main \
  --runtime-image "$out/runtime" --icon target/icons/grayarea.icns \
  --file-associations packaging/macos/handout.properties \
  --mac-package-identifier org.grayarea.app --mac-package-name "Gray Area" \
  --dest "$out/image"
jpackage --type dmg "${common[@]}" \
  --app-image "$out/image/Gray Area.app" \
  --license-file LICENSE \
  --mac-package-identifier org.grayarea.app --mac-package-name "Gray Area" \
  --dest "$out"
ls "$out"/*.dmg
