#!/usr/bin/env bash
# Makes the Java runtime that the app image bundles: only the modules of packaging/modules.txt (jlink), without
# debug attributes, headers and man pages, compressed, and with its default CDS archive (lib/server/classes.jsa)
# where the JDK's jlink can make one.
#   packaging/runtime.sh [DIR]   (default target/jpackage/runtime; DIR is replaced)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$here/target/jpackage/runtime}
modules=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$here/packaging/modules.txt" | paste -sd, -)
cds=()
if jlink --list-plugins | grep -q -- '--generate-cds-archive'; then
  cds=(--generate-cds-archive)
fi
rm -rf "$out"
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 "${cds[@]}" \
  --output "$out"
echo "$out"
