# Sourced by the packaging scripts (from the repository's root):
#   manifest_jars JAR   prints the Class-Path entries of JAR's manifest (lib/x.jar ...), one per
#                       line: the jars the app runs with. target/lib may hold more (jars of
#                       dependencies since removed: Maven copies, it never deletes), which must
#                       not ship and join the installed app's class path.
manifest_jars() {
  # a manifest folds long lines at 72 bytes, continuing them after a newline and a space
  unzip -p "$1" META-INF/MANIFEST.MF | tr -d '\r' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' |
    sed -n 's/^Class-Path: //p' | tr ' ' '\n' | sed '/^$/d'
}
