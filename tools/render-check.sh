#!/usr/bin/env bash
# Cross-renderer check: exports the four sample cards and full views as SVG with `hybridnet export`, renders each
# with Batik (our own PNG export), rsvg-convert and headless Chromium at the same size on white, and prints
# ImageMagick's normalised RMSE, the perceptual hash distance of the luminance (PHASH) and the share of pixels that
# differ by more than 10 % between each pair of renderers (see image-metrics.sh).
#
# Usage: tools/render-check.sh OUT_DIR
#
# Needs java, ImageMagick (compare, identify), rsvg-convert and Chromium (chromium, chromium-browser or
# google-chrome on the PATH, or CHROMIUM=/path/to/browser). Builds target/hybridnet.jar if it is missing.
# Writes OUT_DIR/{samples,svg,batik,rsvg,chromium,diff}/ and OUT_DIR/render-check.md (the table printed).
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 OUT_DIR" >&2
    exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
jar="$root/target/hybridnet.jar"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
for tool in java compare identify rsvg-convert; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is not installed" >&2; exit 2; }
done
[ -n "$chromium" ] || { echo "$0: no Chromium found; set CHROMIUM=/path/to/chromium" >&2; exit 2; }
[ -f "$jar" ] || (cd "$root" && mvn -B -ntp -q package -DskipTests)

hybridnet() { java -Djava.awt.headless=true -jar "$jar" "$@" >/dev/null; }

# shellcheck source=image-metrics.sh
. "$root/tools/image-metrics.sh"

screenshot() { # svg png width height
    local page profile
    page="$(dirname "$1")/$(basename "$1" .svg).html"
    printf '<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff;overflow:hidden}img{display:block}</style></head><body><img src="%s" width="%s" height="%s"></body></html>\n' \
        "$(basename "$1")" "$3" "$4" > "$page"
    profile="$(mktemp -d)"
    "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
        --disable-sync --no-first-run --hide-scrollbars --force-device-scale-factor=1 --user-data-dir="$profile" \
        --window-size="$3,$4" --screenshot="$2" "file://$page" >/dev/null 2>&1
    rm -rf "$profile" "$page"
    # Chromium's screenshot is opaque; drop an alpha channel if there is one so that all three compare alike.
    convert "$2" -background white -alpha remove -alpha off "$2"
}

mkdir -p "$out"/{samples,svg,batik,rsvg,chromium,diff}
hybridnet samples write --force "$out/samples"
report="$out/render-check.md"
{
    echo "| picture | size | pair | RMSE | PHASH | pixels > 10 % off |"
    echo "|---|---|---|---:|---:|---:|"
} > "$report"

for sample in vpn expressroute expressroute-vpn-failover hub-spoke; do
    for style in card full; do
        scale=1
        [ "$style" = card ] && scale=2
        name="$sample.$style"
        input="$out/samples/$sample.hybridnet.json"
        hybridnet export "$input" -o "$out/svg/$name.svg" --style "$style" --scale "$scale"
        hybridnet export "$input" -o "$out/batik/$name.png" --style "$style" --scale "$scale"
        convert "$out/batik/$name.png" -alpha off "$out/batik/$name.png"
        read -r width height < <(identify -format '%w %h\n' "$out/batik/$name.png")
        rsvg-convert -w "$width" -h "$height" -b white "$out/svg/$name.svg" \
            | convert - -alpha off "$out/rsvg/$name.png"
        cp "$out/svg/$name.svg" "$out/chromium/$name.svg"
        screenshot "$out/chromium/$name.svg" "$out/chromium/$name.png" "$width" "$height"
        rm "$out/chromium/$name.svg"
        for pair in batik:rsvg batik:chromium rsvg:chromium; do
            a="$out/${pair%%:*}/$name.png"
            b="$out/${pair##*:}/$name.png"
            compare "$a" "$b" -compose src "$out/diff/$name.${pair/:/-}.png" 2>/dev/null || true
            echo "| $name | ${width}×${height} | ${pair/:/ – } | $(rounded "$(rmse "$a" "$b")") |" \
                "$(rounded "$(phash "$a" "$b")") | $(differing "$a" "$b") |" >> "$report"
        done
    done
done
cat "$report"
