# UNTESTED HERE: written and reviewed on Linux, never run on Windows. It mirrors
# packaging/package-linux.sh, which is tested; check the notes below on a Windows machine.
#
# Builds Gray Area for Windows with jpackage: an app image and an .msi with its own Java
# runtime, a Start-menu entry and desktop shortcut named "Gray Area", the icon, and the
# .grayarea hand-out file association.
#
#   powershell -ExecutionPolicy Bypass -File packaging\package-windows.ps1 [-NoBuild]
#
# Needs: JDK 17 (jlink, jdeps, jpackage on PATH), Maven, and WiX Toolset 3.x (candle.exe and
# light.exe on PATH): jpackage 17 builds .msi files with WiX 3 only.
# Outputs under target\jpackage\: image\Gray Area\ and Gray Area-VERSION.msi.
#
# Differences from Linux:
# - Maven resolves JavaFX's "-win" jars on Windows; their .dll files are unpacked next to the
#   jars, where JavaFX looks first, instead of into the user's profile at first start.
# - No AppCDS archive: a JDK 17 archive only maps with the jar paths it was made with, and an
#   .msi has no simple post-install step to make it at the chosen install folder (the Linux
#   .deb makes it in postinst). With a JDK 19+ runtime, -XX:+AutoCreateSharedArchive
#   -XX:SharedArchiveFile=<a per-user folder> would do it on first start.
# - Discreet mode (Settings, docs/privacy.md) changes only the window here: its title, top bar and
#   icon say "Notes". The Start-menu entry and desktop shortcut the .msi made keep "Gray Area":
#   the app changes no shortcut (the Linux .deb's per-user override has no Windows counterpart
#   the app could write inside its own folders), and the Settings page says the menu entry
#   changes only in the installed Linux app.
param([switch]$NoBuild)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

foreach ($tool in 'jlink', 'jdeps', 'jpackage', 'candle', 'light') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { throw "$tool is not on PATH (JDK 17 and WiX 3 are needed)" }
}
if (-not $NoBuild) { mvn -B -q package -DskipTests; if ($LASTEXITCODE) { throw 'mvn package failed' } }
$version = (Select-String -Path target\maven-archiver\pom.properties -Pattern '^version=(.*)').Matches[0].Groups[1].Value
# MSI versions are numeric: 0.1.0-SNAPSHOT is not accepted
$version = $version -replace '-.*$', ''

$out = 'target\jpackage'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input\lib" | Out-Null
Copy-Item target\grayarea.jar "$out\input\"
Add-Type -AssemblyName System.IO.Compression.FileSystem

# only the jars the app's manifest names: target\lib keeps jars of dependencies since removed
# (Maven copies, it never deletes), which would otherwise ship and join the class path
$zip = [System.IO.Compression.ZipFile]::OpenRead((Resolve-Path target\grayarea.jar).Path)
$reader = New-Object System.IO.StreamReader($zip.GetEntry('META-INF/MANIFEST.MF').Open())
$manifest = $reader.ReadToEnd() -replace "`r", '' -replace "`n ", ''
$reader.Dispose()
$zip.Dispose()
$classPath = [regex]::Match($manifest, '(?m)^Class-Path: (.*)$').Groups[1].Value.Trim()
foreach ($jar in $classPath -split ' ') { Copy-Item "target\$jar" "$out\input\lib\" }

# JavaFX's native libraries next to its jars
foreach ($jar in Get-ChildItem "$out\input\lib\javafx-*-win.jar") {
    $zip = [System.IO.Compression.ZipFile]::OpenRead($jar.FullName)
    foreach ($entry in $zip.Entries | Where-Object { $_.Name -like '*.dll' }) {
        [System.IO.Compression.ZipFileExtensions]::ExtractToFile($entry, (Join-Path (Resolve-Path "$out\input\lib") $entry.Name), $true)
    }
    $zip.Dispose()
}

# the JDK modules the jars need (jdeps), plus those loaded by name (see package-linux.sh)
$jars = @("$out\input\grayarea.jar") + (Get-ChildItem "$out\input\lib\*.jar" | ForEach-Object FullName)
$found = (& jdeps --ignore-missing-deps --multi-release 17 -summary @jars 2>$null |
    ForEach-Object { ($_ -split '\s+')[-1] } | Where-Object { $_ -match '^(java|jdk)\.' } | Sort-Object -Unique) -join ','
jlink --add-modules "$found,jdk.localedata,jdk.crypto.ec" --include-locales=en,es `
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$out\runtime"
if ($LASTEXITCODE) { throw 'jlink failed' }

$common = @('--name', 'Gray Area', '--app-version', $version, '--vendor', 'Gray Area',
    '--description', 'Gray Area: a private self-check on micro-cheating',
    '--copyright', 'Gray Area contributors, Apache License 2.0')
jpackage --type app-image @common --input "$out\input" --main-jar grayarea.jar --main-class grayarea.Main `
    --runtime-image "$out\runtime" --icon packaging\grayarea.ico --dest "$out\image"
if ($LASTEXITCODE) { throw 'jpackage app-image failed' }

# a fixed upgrade code, so that a newer .msi replaces an older one
jpackage --type msi @common --app-image "$out\image\Gray Area" `
    --icon packaging\grayarea.ico `
    --file-associations packaging\windows\handout.properties `
    --license-file LICENSE `
    --win-menu --win-menu-group 'Gray Area' --win-shortcut --win-dir-chooser `
    --win-upgrade-uuid 6b1f6c1e-4d0a-4f4e-9b8e-3a7c2f0d5e11 `
    --dest $out
if ($LASTEXITCODE) { throw 'jpackage msi failed' }
Get-ChildItem "$out\*.msi"
