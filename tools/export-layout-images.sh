#!/usr/bin/env bash
# Regenerates the layout pictures shown in the README: the hub-spoke sample laid out by `hybridnet layout`
# (docs/images/layout-hub-spoke.{svg,png}) and a generated hub of 12 spokes, which `generate` lays out
# (docs/images/layout-generated-12.{svg,png}); full style, scale 1, white background, written by `hybridnet export`.
#
# Usage: tools/export-layout-images.sh
#
# Needs java; builds target/hybridnet.jar if it is missing (run `mvn -B -ntp package -DskipTests` first after a
# change to the layout or the renderer, so the pictures show the current code).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/target/hybridnet.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -ntp -q package -DskipTests)
images="$root/docs/images"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$images"

hybridnet() { java -Djava.awt.headless=true -jar "$jar" "$@"; }

hybridnet samples write "$work" >/dev/null
hybridnet layout "$work/hub-spoke.hybridnet.json" >/dev/null
hybridnet generate --spokes 12 -o "$work/generated-12.hybridnet.json" >/dev/null
for name in hub-spoke generated-12; do
    hybridnet export "$work/$name.hybridnet.json" -o "$images/layout-$name.svg"
    hybridnet export "$work/$name.hybridnet.json" -o "$images/layout-$name.png"
done
