#!/usr/bin/env bash
# Installs the .deb in a minimal Debian 12 (debootstrap --variant=minbase, no desktop) with chroot and checks it:
# the install succeeds without /etc/xdg/menus and /usr/share/applications, `hybridnet` runs from the PATH, the
# desktop entry passes desktop-file-validate, and `apt-get purge` leaves nothing of ours. Run as root:
#   packaging/linux/test-deb-in-chroot.sh [DEB] [BASE]
# DEB defaults to target/dist/hybridnet_*.deb (packaging/build.sh deb). BASE, the pristine minimal root, defaults
# to target/deb-test/bookworm and is made with debootstrap the first time (about 2 minutes, needs the network;
# mirror: $DEBIAN_MIRROR, default http://deb.debian.org/debian). Each run works on a fresh copy of BASE.
# Exit status: 0 passed, 1 a check failed, 2 usage, 77 this machine cannot make or enter the minimal Debian (no
# network for debootstrap, no permission to mount /proc or to chroot, as in some containers).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
deb=${1:-$(ls target/dist/hybridnet_*.deb 2>/dev/null | tail -n 1)}
base=${2:-target/deb-test/bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
fail() { echo "test-deb-in-chroot: FAILED: $*" >&2; exit 1; }
cannot() { echo "test-deb-in-chroot: cannot run here: $*" >&2; exit 77; }
if [ "$(id -u)" != 0 ]; then echo "test-deb-in-chroot: needs root (debootstrap, chroot, mount)" >&2; exit 2; fi
if [ -z "$deb" ] || [ ! -f "$deb" ]; then echo "test-deb-in-chroot: no .deb; run packaging/build.sh deb" >&2; exit 2; fi
for tool in debootstrap chroot mount; do
  command -v "$tool" >/dev/null || { echo "test-deb-in-chroot: $tool not found" >&2; exit 2; }
done
start=$SECONDS
step() { echo "== [$((SECONDS - start)) s] $*"; }

if [ ! -x "$base/bin/sh" ]; then
  step "debootstrap --variant=minbase bookworm $base"
  rm -rf "$base.tmp"
  mkdir -p "$(dirname "$base")"
  debootstrap --variant=minbase bookworm "$base.tmp" "$mirror" >"$base.log" 2>&1 \
    || { tail -n 20 "$base.log" >&2; cannot "debootstrap failed (log: $base.log)"; }
  mv "$base.tmp" "$base"
fi
root=$base.run
step "fresh copy of $base in $root"
rm -rf "$root"
cp -a "$base" "$root"
cleanup() {
  umount "$root/proc" 2>/dev/null || true
  if [ -z "${KEEP_ROOT:-}" ]; then rm -rf "$root"; fi
}
trap cleanup EXIT
mount -t proc proc "$root/proc" || cannot "mount -t proc in $root failed"
chroot "$root" /bin/true || cannot "chroot $root failed"
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"; }

# A system without desktop menus: the folders the xdg-* tools want must not exist.
rm -rf "$root/etc/xdg/menus" "$root/usr/share/applications"
[ ! -e "$root/etc/xdg/menus" ] && [ ! -e "$root/usr/share/applications" ] || fail "menu folders exist"

name=$(basename "$deb")
cp "$deb" "$root/tmp/$name"
step "apt-get install -y ./$name"
in_root apt-get update -q >/dev/null
in_root sh -c "cd /tmp && apt-get install -y -q ./$name" >"$root.install.log" 2>&1 \
  || { tail -n 30 "$root.install.log" >&2; fail "apt-get install (log: $root.install.log)"; }
grep -E '^(Setting up|Processing triggers for) ' "$root.install.log" | grep -E 'hybridnet|mime|icon|desktop' || true
status=$(in_root dpkg-query -W -f '${Status}' hybridnet)
[ "$status" = "install ok installed" ] || fail "dpkg status of hybridnet: $status"
echo "dpkg: hybridnet $status"

step "hybridnet from the PATH"
in_root hybridnet --version
in_root hybridnet samples write /tmp/designs >/dev/null
in_root sh -c 'hybridnet validate /tmp/designs/*.hybridnet.json'
in_root hybridnet export /tmp/designs/hub-spoke.hybridnet.json -o /tmp/hub-spoke.png >/dev/null
[ -s "$root/tmp/hub-spoke.png" ] || fail "no PNG exported"
echo "export PNG: $(stat -c %s "$root/tmp/hub-spoke.png") bytes"
# shared-mime-info's trigger made our type known.
[ -f "$root/usr/share/mime/application/x-hybridnet+json.xml" ] || fail "MIME type not in the MIME database"
echo "MIME database: application/x-hybridnet+json"

# Where the build makes a class-data-sharing archive, postinst dumps it for /opt/hybridnet: it must be there and fit.
if [ -x "$root/opt/hybridnet/lib/cds-archive.sh" ]; then
  [ -f "$root/opt/hybridnet/lib/app/hybridnet.jsa" ] || fail "postinst made no class-data-sharing archive"
  launcher=/opt/hybridnet/bin/hybridnet-cli
  [ -x "$root$launcher" ] || launcher=/opt/hybridnet/bin/hybridnet
  in_root env JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>&1 \
    || fail "the archive postinst made does not fit (-Xshare:on refuses it)"
  echo "class-data-sharing archive: made by postinst, $(stat -c %s "$root/opt/hybridnet/lib/app/hybridnet.jsa") bytes, fits"
fi

step "desktop-file-utils, installed after the program"
in_root apt-get install -y -q --no-install-recommends desktop-file-utils >"$root.dfu.log" 2>&1 \
  || { tail -n 30 "$root.dfu.log" >&2; fail "apt-get install desktop-file-utils"; }
in_root desktop-file-validate /usr/share/applications/hybridnet.desktop || fail "desktop-file-validate"
echo "desktop-file-validate: no complaint"
grep -q 'application/x-hybridnet+json=hybridnet.desktop' "$root/usr/share/applications/mimeinfo.cache" \
  || fail "desktop-file-utils' trigger did not list our entry in mimeinfo.cache"
echo "mimeinfo.cache: application/x-hybridnet+json=hybridnet.desktop"

step "apt-get purge -y hybridnet"
files=$(in_root dpkg-query -L hybridnet | grep -v '^/\.$')
in_root apt-get purge -y -q hybridnet >"$root.purge.log" 2>&1 || { tail -n 30 "$root.purge.log" >&2; fail "purge"; }
in_root dpkg-query -W hybridnet >/dev/null 2>&1 && [ "$(in_root dpkg-query -W -f '${Status}' hybridnet)" != "unknown ok not-installed" ] \
  && fail "hybridnet still known to dpkg"
left=""
while IFS= read -r path; do
  # Folders the package shared with others (/usr/share/icons/hicolor/...) may stay; nothing of ours.
  if [ -e "$root$path" ] && { [ ! -d "$root$path" ] || [[ "$path" == /opt/hybridnet* ]]; }; then left+="$path "; fi
done <<<"$files"
[ -z "$left" ] || fail "left behind: $left"
ours=$(cd "$root" && find . -xdev \( -path ./proc -o -path ./tmp -o -path ./var/log -o -path ./var/cache/apt \) -prune \
         -o -iname '*hybridnet*' -print)
[ -z "$ours" ] || fail "files named after us remain: $ours"
mentions=$(grep -rls hybridnet "$root/usr/share/applications" "$root/usr/share/mime" "$root/usr/share/icons" \
             "$root/etc" "$root/opt" 2>/dev/null || true)
[ -z "$mentions" ] || fail "files still mention hybridnet: $mentions"
for list in defaults.list mimeapps.list; do
  if find "$root/usr/share/applications" "$root/etc/xdg" -name "$list" 2>/dev/null | grep -q .; then
    fail "a $list exists"
  fi
done
echo "purge: none of the package's $(wc -l <<<"$files") paths remain; no file names or mentions us; no defaults.list or mimeapps.list"
step "passed"
