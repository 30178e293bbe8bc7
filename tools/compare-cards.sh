#!/usr/bin/env bash
# Compares each sample's card with the Architecture Center card it follows: exports the card as PNG at scale 2
# (640 x 288 on white, the size and background of the reference renderings), measures its similarity to
# REFERENCE_DIR/<sample>.png with ImageMagick (normalised RMSE, normalised cross-correlation, share of pixels more
# than 10 % off, and the luminance perceptual-hash distance, also on copies blurred by 2 px, which forgives
# sub-pixel placement and anti-aliasing but keeps composition, shapes and colours), and makes a montage per sample:
# reference | ours | difference. The last column calibrates PHASH: the distance between the reference and itself
# moved by one pixel, which differs a lot between cards (near-symmetric pictures give unstable image moments).
#
# Usage: tools/compare-cards.sh REFERENCE_DIR OUT_DIR
#
# Needs java and ImageMagick (convert, compare, identify, montage). Builds target/hybridnet.jar if it is missing.
# Writes OUT_DIR/<sample>.card.png, OUT_DIR/<sample>.montage.png and OUT_DIR/compare-cards.md (the table printed).
# The reference pictures are read, never copied into OUT_DIR.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 REFERENCE_DIR OUT_DIR" >&2
    exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reference="$(cd "$1" && pwd)"
out="$(mkdir -p "$2" && cd "$2" && pwd)"
jar="$root/target/hybridnet.jar"
for tool in java convert compare identify montage; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is not installed" >&2; exit 2; }
done
[ -f "$jar" ] || (cd "$root" && mvn -B -ntp -q package -DskipTests)
# shellcheck source=image-metrics.sh
. "$root/tools/image-metrics.sh"

hybridnet() { java -Djava.awt.headless=true -jar "$jar" "$@" >/dev/null; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
hybridnet samples write --force "$work/samples"
report="$out/compare-cards.md"
{
    echo "| sample | RMSE | NCC | pixels > 10 % off | PHASH | PHASH, blurred | PHASH of the reference moved 1 px |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
} > "$report"

for sample in vpn expressroute expressroute-vpn-failover hub-spoke; do
    theirs="$reference/$sample.png"
    [ -f "$theirs" ] || { echo "$0: no reference picture $theirs" >&2; exit 2; }
    ours="$out/$sample.card.png"
    hybridnet export "$work/samples/$sample.hybridnet.json" -o "$ours" --style card --scale 2 --background white
    read -r width height < <(identify -format '%w %h\n' "$theirs")
    convert "$ours" -alpha off "$work/ours.png"
    convert "$theirs" -background white -alpha remove -alpha off -resize "${width}x${height}!" "$work/theirs.png"
    convert "$work/ours.png" -resize "${width}x${height}!" "$work/ours.png"
    convert "$work/ours.png" -blur 0x2 "$work/ours-blurred.png"
    convert "$work/theirs.png" -blur 0x2 "$work/theirs-blurred.png"
    compare "$work/theirs.png" "$work/ours.png" -compose src "$work/diff.png" 2>/dev/null || true
    montage -label 'reference' "$work/theirs.png" -label 'ours (hybridnet export)' "$work/ours.png" \
        -label 'difference' "$work/diff.png" -tile 3x1 -geometry +6+6 -pointsize 16 -background '#d0d0d0' \
        "$out/$sample.montage.png"
    convert "$work/theirs.png" -roll +1+0 "$work/theirs-moved.png"
    echo "| $sample | $(rounded "$(rmse "$work/theirs.png" "$work/ours.png")")" \
        "| $(rounded "$(ncc "$work/theirs.png" "$work/ours.png")")" \
        "| $(differing "$work/theirs.png" "$work/ours.png")" \
        "| $(rounded "$(phash "$work/theirs.png" "$work/ours.png")")" \
        "| $(rounded "$(phash "$work/theirs-blurred.png" "$work/ours-blurred.png")")" \
        "| $(rounded "$(phash "$work/theirs.png" "$work/theirs-moved.png")") |" >> "$report"
done
cat "$report"
