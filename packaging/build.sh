#!/usr/bin/env bash
# Builds HybridNet Designer for this platform with jpackage, bundling a Java runtime:
#   packaging/build.sh app-image   -> target/dist/hybridnet/ (run target/dist/hybridnet/bin/hybridnet)
#   packaging/build.sh deb         -> target/dist/hybridnet_<version>_amd64.deb (Debian, Ubuntu)
#   packaging/build.sh msi | dmg   -> on Windows (WiX 3 installed) or macOS; same options, see docs/packaging.md
# Needs JDK 17+ with jpackage and jlink; the deb needs dpkg-deb and dpkg-shlibdeps (dpkg-dev).
set -euo pipefail
type=${1:-app-image}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
# The project's version, from the first <version> of pom.xml (jpackage wants digits and dots only).
version=$(sed -n 's:^  <version>\([0-9.]*\).*</version>.*:\1:p' pom.xml | head -n 1)
mvn -B -q -DskipTests package
[ -f target/hybridnet.classlist ] || { echo "build.sh: target/hybridnet.classlist is missing (built with -Dcds.skip?)" >&2; exit 1; }
rm -rf target/jpackage/input
mkdir -p target/jpackage/input target/dist
cp target/hybridnet.jar target/lib/*.jar target/jpackage/input/
# The licence travels with every build: in the app image (lib/app/LICENSE) and as each installer's licence.
cp LICENSE target/jpackage/input/
# The class list of the build's training run travels with the jars: the archive is dumped from it wherever the
# program ends up (below for the app image; at installation for the .deb). docs/decisions/0023-class-data-sharing.md
cp target/hybridnet.classlist target/jpackage/input/
# The Java options of the launchers: the window's from packaging/jvm.options, the command line's from
# packaging/jvm-cli.options (one a line, # comments), each with the class-data-sharing archive.
options() { sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$1"; }
archive='-XX:SharedArchiveFile=$APPDIR/hybridnet.jsa'
# Linux builds (the app image and the .deb) add packaging/jvm-linux.options to both; Windows' and macOS's Java
# would refuse them.
linux=()
if [ "$(uname -s)" = Linux ]; then
  linux=(packaging/jvm-linux.options)
fi
java_options=()
while IFS= read -r option; do
  java_options+=(--java-options "$option")
done < <(options packaging/jvm.options; for f in "${linux[@]}"; do options "$f"; done)
java_options+=(--java-options "$archive")
# The command-line launcher (bin/hybridnet-cli): the same program with the command line's options.
mkdir -p target/jpackage
{
  echo "java-options=$( (options packaging/jvm-cli.options; for f in "${linux[@]}"; do options "$f"; done) | paste -sd' ') $archive"
  echo "win-console=true"
} > target/jpackage/hybridnet-cli.properties
common=(--name hybridnet --app-version "$version" --vendor "HybridNet Designer"
        --description "Design and validate how on-premises networks connect to Azure"
        --copyright "Copyright the HybridNet Designer contributors. Licensed under the Apache License 2.0."
        --dest target/dist)
# Installers only (jpackage refuses it for an app image): the licence the installer shows or installs.
license=(--license-file LICENSE)
case "$type" in
  app-image)
    rm -rf target/dist/hybridnet
    # A runtime of only the modules in packaging/modules.txt (jlink), with its CDS archive.
    packaging/runtime.sh target/jpackage/runtime >/dev/null
    common+=(--runtime-image target/jpackage/runtime)
    jpackage --type app-image "${common[@]}" --input target/jpackage/input --main-jar hybridnet.jar \
      --main-class dev.hybridnet.Launcher --icon packaging/icons/hybridnet-256.png "${java_options[@]}" \
      --add-launcher hybridnet-cli=target/jpackage/hybridnet-cli.properties
    # JavaFX's native libraries in lib/, where JavaFX on the class path looks first (../lib from its jars in
    # lib/app): it loads them as they are instead of copying them to ~/.openjfx/cache and checksumming them at
    # every start (decision 0026). Linux only: Windows and macOS images have another layout. Except image
    # decoding (libjavafx_iio), which the designer never uses and which carries its own copy of libjpeg: it stays
    # in its jar, from which JavaFX would copy it if it were ever needed.
    if [ "$(uname -s)" = Linux ]; then
      for lib in target/lib/*.so; do
        [ "${lib##*/}" = libjavafx_iio.so ] || cp "$lib" target/dist/hybridnet/lib/
      done
    fi
    # The archive, dumped by the image's own launcher and runtime, so that it fits them exactly.
    packaging/cds-archive.sh target/dist/hybridnet
    echo "target/dist/hybridnet/bin/hybridnet"
    ;;
  deb)
    "$0" app-image >/dev/null
    # Our own package from the app image (dpkg-deb, no xdg-* scripts): decision 0022.
    packaging/linux/make-deb.sh "$version"
    ;;
  msi)
    jpackage --type msi "${common[@]}" --input target/jpackage/input --main-jar hybridnet.jar \
      --main-class dev.hybridnet.Launcher --icon packaging/icons/hybridnet.ico --win-menu --win-shortcut \
      --win-dir-chooser --file-associations packaging/file-associations.properties "${java_options[@]}" \
      "${license[@]}"
    ;;
  dmg)
    # macOS: make the .icns from the PNGs first (iconutil ships with Xcode's command line tools).
    if [ ! -f packaging/icons/hybridnet.icns ]; then
      set_dir=target/hybridnet.iconset
      mkdir -p "$set_dir"
      for s in 16 32 128 256 512; do cp "packaging/icons/hybridnet-$s.png" "$set_dir/icon_${s}x${s}.png"; done
      iconutil -c icns -o packaging/icons/hybridnet.icns "$set_dir"
    fi
    jpackage --type dmg "${common[@]}" --input target/jpackage/input --main-jar hybridnet.jar \
      --main-class dev.hybridnet.Launcher --icon packaging/icons/hybridnet.icns "${java_options[@]}" \
      --file-associations packaging/file-associations.properties "${license[@]}"
    ;;
  *)
    echo "usage: packaging/build.sh [app-image|deb|msi|dmg]" >&2
    exit 2
    ;;
esac
