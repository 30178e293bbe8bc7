#!/usr/bin/env bash
# Whole-process timings of the command line beside Graphviz dot drawing the same topology, in one hyperfine run per
# design (runs interleaved by hyperfine's order, median of N runs, default 7).
#
#   tools/bench-vs-dot.sh [RUNS]
#
# The designs are generated hub-spoke topologies of the issue's sizes: 66 spokes (406 elements), 665 spokes
# (4,008 elements) and 170 spokes (1,030 elements, for PNG). tools/to-dot.py writes each one as a dot graph of the
# same topology, once with clusters for containment and once flat; dot runs on both, and the comparison takes the
# faster of the two (the stricter one). Commands timed:
#   hybridnet  ./hybridnet (the launcher script of a checkout: class-data-sharing archive, command-line options)
#   installed  the .deb's /usr/bin/hybridnet (packaging/linux/hybridnet.sh) run on the app image, if one was built
#              (packaging/build.sh app-image): the bundled runtime, the command line's options, the image's archive
#   plain-jar  java -jar target/hybridnet.jar without any option: what the launchers save
# Needs: hyperfine, graphviz (dot), python3, jq. Writes target/bench-vs-dot/ and prints a Markdown table.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-7}
work="$here/target/bench-vs-dot"
mkdir -p "$work"
cd "$here"
for tool in hyperfine dot python3 jq; do
  command -v "$tool" >/dev/null || { echo "bench-vs-dot: needs $tool (apt-get install -y hyperfine graphviz python3 jq)" >&2; exit 2; }
done
./hybridnet --version >/dev/null   # builds the jar and its archive if the sources changed
for spokes in 66 665 170; do
  design="$work/hub-$spokes.hybridnet.json"
  [ -f "$design" ] || ./hybridnet generate --spokes "$spokes" -o "$design" >/dev/null
  python3 tools/to-dot.py "$design" >"$work/hub-$spokes.dot"
  python3 tools/to-dot.py --flat "$design" >"$work/hub-$spokes.flat.dot"
done

median() { jq -r --arg n "$2" '.results[] | select(.command == $n) | .median' "$1"; }
elements() { jq '.elements | length' "$work/hub-$1.hybridnet.json"; }

echo "| design | output | dot (clusters) | dot (flat) | ./hybridnet | installed (app image) | java -jar, no options | ./hybridnet / best dot |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
for job in "66 svg" "665 svg" "170 png"; do
  set -- $job
  spokes=$1 format=$2
  design="$work/hub-$spokes.hybridnet.json"
  cmds=(-n dot-clusters "dot -T$format $work/hub-$spokes.dot -o $work/dot-$spokes.$format"
        -n dot-flat "dot -T$format $work/hub-$spokes.flat.dot -o $work/dot-flat-$spokes.$format"
        -n hybridnet "./hybridnet export --format $format $design -o $work/hn-$spokes.$format"
        -n plain-jar "java -jar target/hybridnet.jar export --format $format $design -o $work/jar-$spokes.$format")
  if [ -x target/dist/hybridnet/bin/hybridnet-cli ]; then
    sed "s#^dir=/opt/hybridnet#dir=$here/target/dist/hybridnet#" packaging/linux/hybridnet.sh >"$work/installed.sh"
    cmds+=(-n app-image "sh $work/installed.sh export --format $format $design -o $work/img-$spokes.$format")
  fi
  json="$work/hub-$spokes-$format.json"
  hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$json" "${cmds[@]}" >/dev/null 2>&1
  ms() { local v; v=$(median "$json" "$1"); [ -n "$v" ] && awk -v v="$v" 'BEGIN { printf "%.0f ms", v * 1000 }' || echo "–"; }
  best=$(jq -r '[.results[] | select(.command | startswith("dot")) | .median] | min' "$json")
  ours=$(median "$json" hybridnet)
  ratio=$(awk -v o="$ours" -v d="$best" 'BEGIN { if (o > d) printf "%.2f× slower", o / d; else printf "%.2f× faster", d / o }')
  echo "| hub, $spokes spokes ($(elements "$spokes") elements) | $format | $(ms dot-clusters) | $(ms dot-flat) | $(ms hybridnet) | $(ms app-image) | $(ms plain-jar) | $ratio |"
done
