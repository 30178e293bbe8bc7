#!/usr/bin/env bash
# Builds the Debian package from the app image with dpkg-deb (decision 0022):
#   packaging/linux/make-deb.sh VERSION   -> target/dist/hybridnet_VERSION_<arch>.deb
# packaging/build.sh deb makes the app image (target/dist/hybridnet/) first and calls this script.
# The package has no maintainer scripts for the desktop: the desktop entry, the MIME type and the icons are plain
# files, and the dpkg triggers of desktop-file-utils, shared-mime-info and hicolor-icon-theme refresh their caches
# where those packages are installed. Needs dpkg-deb, dpkg-shlibdeps (dpkg-dev), gzip and unzip.
set -euo pipefail
version=${1:?usage: packaging/linux/make-deb.sh VERSION}
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
image=target/dist/hybridnet
linux=packaging/linux
for tool in dpkg-deb dpkg-shlibdeps unzip; do
  if ! command -v "$tool" >/dev/null; then
    echo "make-deb: $tool not found (apt-get install dpkg-dev unzip)" >&2
    exit 2
  fi
done
if [ ! -x "$image/bin/hybridnet" ]; then
  echo "make-deb: no app image in $image; run packaging/build.sh app-image first" >&2
  exit 2
fi
# The changelog's newest entry names the version: they must agree.
logged=$(sed -n '1s/^hybridnet (\([^)]*\)).*/\1/p' "$linux/changelog")
if [ "$logged" != "$version" ]; then
  echo "make-deb: $linux/changelog starts with version '$logged', the package is $version; add an entry" >&2
  exit 2
fi
arch=$(dpkg --print-architecture)
work=target/deb
root=$work/debian/hybridnet
rm -rf "$work"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin"

# The program: the app image, as it is, with plain permissions (jlink leaves some files read-only).
cp -a "$image" "$root/opt/hybridnet"
find "$root/opt" -type d -exec chmod 0755 {} +
find "$root/opt" -type f -perm /111 ! -name '*.so' -exec chmod 0755 {} +
find "$root/opt" -type f \( ! -perm /111 -o -name '*.so' \) -exec chmod 0644 {} +
# Native code without its symbol tables, as dh_strip would leave it; except libjvm.so, which keeps its symbols
# as Debian's own OpenJDK packages keep them (crash reports name the JVM's functions).
if command -v strip >/dev/null; then
  while IFS= read -r -d '' file; do
    if [ "$(head -c 4 "$file" | tail -c 3)" != "ELF" ] || [ "$(basename "$file")" = libjvm.so ]; then continue; fi
    case "$file" in
      *.so) strip --remove-section=.comment --remove-section=.note --strip-unneeded "$file" ;;
      *) strip --remove-section=.comment --remove-section=.note "$file" ;;
    esac
  done < <(find "$root/opt" -type f \( -name '*.so' -o -perm /111 \) -print0)
else
  echo "make-deb: strip (binutils) not found: native code left with its symbols" >&2
fi

# The class-data-sharing archive, where the build makes one (lib/app/hybridnet.classlist, packaging/cds-archive.sh),
# fits only the folder it was dumped in: it is left out, and postinst dumps it in /opt/hybridnet with the installed
# launcher (never failing the installation); prerm removes it. Without a class list the package has no scripts.
if [ -f "$root/opt/hybridnet/lib/app/hybridnet.classlist" ] && [ -f packaging/cds-archive.sh ]; then
  rm -f "$root/opt/hybridnet/lib/app/hybridnet.jsa"
  install -m 0755 packaging/cds-archive.sh "$root/opt/hybridnet/lib/cds-archive.sh"
  install -m 0755 "$linux/postinst" "$root/DEBIAN/postinst"
  install -m 0755 "$linux/prerm" "$root/DEBIAN/prerm"
fi

# The command on the PATH: a small script that starts the window's launcher or the command line's, each with its
# own Java options (decision 0023). The one place that installs /usr/bin/hybridnet.
install_command() {
  install -D -m 0755 "$linux/hybridnet.sh" "$root/usr/bin/hybridnet"
}
install_command

# The desktop entry, the MIME type, the icons: files only, no xdg-* tools.
install -D -m 0644 "$linux/hybridnet.desktop" "$root/usr/share/applications/hybridnet.desktop"
install -D -m 0644 "$linux/hybridnet-mime.xml" "$root/usr/share/mime/packages/hybridnet.xml"
for png in packaging/icons/hybridnet-*.png; do
  size=$(basename "$png" .png)
  size=${size#hybridnet-}
  install -D -m 0644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/hybridnet.png"
done
install -D -m 0644 packaging/icons/hybridnet.svg "$root/usr/share/icons/hicolor/scalable/apps/hybridnet.svg"

# Documentation: the manual page, the copyright file (DEP-5) and the changelog; lintian's overrides for what a
# self-contained program under /opt cannot avoid.
mkdir -p "$root/usr/share/man/man1"
gzip -9n <"$linux/hybridnet.1" >"$root/usr/share/man/man1/hybridnet.1.gz"
chmod 0644 "$root/usr/share/man/man1/hybridnet.1.gz"
doc=$root/usr/share/doc/hybridnet
install -D -m 0644 "$linux/copyright" "$doc/copyright"
gzip -9n <"$linux/changelog" >"$doc/changelog.gz"
chmod 0644 "$doc/changelog.gz"
install -D -m 0644 "$linux/lintian-overrides" "$root/usr/share/lintian/overrides/hybridnet"

# Depends: the shared libraries of every ELF file, the runtime's and JavaFX's (which are inside its jars and
# unpacked at run time, so they are unpacked here to be looked at), through dpkg-shlibdeps.
fx=$work/javafx-native
mkdir -p "$fx"
for jar in "$root"/opt/hybridnet/lib/app/javafx-*.jar; do
  unzip -q -o -d "$fx" "$jar" '*.so' 2>/dev/null || true
done
elves=()
while IFS= read -r -d '' file; do
  if [ "$(head -c 4 "$file" | tail -c 3)" = "ELF" ]; then elves+=("$file"); fi
done < <(find "$root/opt" "$fx" -type f \( -name '*.so' -o -perm /111 \) -print0)
printf 'Source: hybridnet\n\nPackage: hybridnet\nArchitecture: any\n' >"$work/debian/control"
runtime=$PWD/$root/opt/hybridnet/lib/runtime/lib
log=$PWD/$work/shlibdeps.log
top=$PWD
if ! shlibs=$(cd "$work" && dpkg-shlibdeps -O --ignore-missing-info -l"$runtime" -l"$runtime/server" \
                 "${elves[@]/#/$top/}" 2>"$log"); then
  cat "$work/shlibdeps.log" >&2
  echo "make-deb: dpkg-shlibdeps failed" >&2
  exit 1
fi
depends=${shlibs#shlibs:Depends=}
# GTK 3 is JavaFX's window toolkit on Linux; dpkg-shlibdeps finds it in libglassgtk3.so, say it in any case.
case ", $depends," in
  *", libgtk-3-0 "* | *", libgtk-3-0,"*) ;;
  *) depends="$depends, libgtk-3-0" ;;
esac

# Installed-Size in KiB, counted as dpkg-gencontrol does: each file rounded up to a KiB, one for anything else.
installed=$(find "$root" -path "$root/DEBIAN" -prune -o \( -type f -printf '%s\n' \) -o \( ! -type f -printf '0\n' \) \
            | awk '{ kib += ($1 == 0) ? 1 : int(($1 + 1023) / 1024) } END { print kib }')

cat >"$root/DEBIAN/control" <<EOF
Package: hybridnet
Version: $version
Architecture: $arch
Maintainer: ${HYBRIDNET_MAINTAINER:-HybridNet Designer maintainers <maintainers@hybridnet.invalid>}
Installed-Size: $installed
Depends: $depends
Section: net
Priority: optional
Description: design and validate how on-premises networks connect to Azure
 HybridNet Designer draws the networks, gateways, ExpressRoute circuits and
 VPN connections that join an on-premises network to Azure, checks the
 design against Azure's rules and the reference architectures, and exports
 it as SVG, PNG or PDF.
 .
 The hybridnet command opens the designer, or with a subcommand runs the
 command line: validate, export, import of ARM templates and Terraform
 plans, layout. The package bundles its own Java runtime in /opt/hybridnet.
EOF

# The checksums of every file, for debsums and dpkg --verify.
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) \
  >"$root/DEBIAN/md5sums"

mkdir -p target/dist
deb=target/dist/hybridnet_${version}_${arch}.deb
rm -f "$deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb"
