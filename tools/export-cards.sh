#!/usr/bin/env bash
# Regenerates the sample cards shown in the README: docs/images/<sample>-card.svg and docs/images/<sample>-card.png
# (scale 2, 640 x 288, white background), written by `hybridnet export` from the bundled samples.
#
# Usage: tools/export-cards.sh
#
# Needs java; builds target/hybridnet.jar if it is missing (run `mvn -B -ntp package -DskipTests` first after a
# change to the renderer, so the cards show the current code).
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
for sample in vpn expressroute expressroute-vpn-failover hub-spoke; do
    hybridnet export "$work/$sample.hybridnet.json" --style card -o "$images/$sample-card.svg"
    hybridnet export "$work/$sample.hybridnet.json" --style card --scale 2 -o "$images/$sample-card.png"
done
