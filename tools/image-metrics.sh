# Image similarity measures shared by render-check.sh and compare-cards.sh (sourced, not run). All take two
# pictures of the same size on an opaque background.

# Normalised root-mean-square error over all channels, 0 (identical) to 1: "0.0123" from compare's "806 (0.0123)".
# compare exits 1 when the pictures differ, which is not an error here.
rmse() {
    compare -metric RMSE "$1" "$2" null: 2>&1 | sed -n 's/.*(\(.*\)).*/\1/p' || true
}

# Perceptual-hash distance of the luminance (0 = same; below about 1 looks alike). On colour images ImageMagick
# also hashes hue, which jumps on near-grey pixels, so a difference nobody can see can score 3 or more.
phash() {
    local tmp rc
    tmp="$(mktemp -d)"
    convert "$1" -colorspace gray "$tmp/a.png"
    convert "$2" -colorspace gray "$tmp/b.png"
    compare -metric PHASH "$tmp/a.png" "$tmp/b.png" null: 2>&1 || true
    rm -rf "$tmp"
}

# Normalised cross-correlation, 1 for identical pictures (less sensitive to anti-aliasing than RMSE).
ncc() {
    compare -metric NCC "$1" "$2" null: 2>&1 || true
}

# Share of pixels whose colour differs by more than 10 %, 0 to 1.
differing() {
    local count total
    count=$(compare -metric AE -fuzz 10% "$1" "$2" null: 2>&1 || true)
    total=$(identify -format '%[fx:w*h]' "$1")
    awk -v c="$count" -v t="$total" 'BEGIN { printf "%.4f", c / t }'
}

# Rounds a measure for the tables: four significant decimals, plain notation.
rounded() {
    awk -v v="$1" 'BEGIN { printf "%.4f", v }'
}
