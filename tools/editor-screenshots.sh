#!/usr/bin/env bash
# Takes the editor screenshots of README.md and docs/editor.md: the context menu with a quick fix, smart guides during
# a drag, and the minimap. Runs the packaged designer under Xvfb (a 1400x900 screen, fresh preferences) and drives it
# with xdotool; the pointer positions below are those of that screen and of the designer's default window.
#
#   mvn -B -q package -DskipTests && tools/editor-screenshots.sh [OUT_DIR]
#
# Needs: xvfb-run, xdotool, ImageMagick (apt-get install -y xvfb xdotool imagemagick libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/images}
jar=target/hybridnet.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$jar" samples write --force "$work" >/dev/null
java -jar "$jar" generate --spokes 24 -o "$work/hub24.hybridnet.json" >/dev/null
# The VPN sample with a GatewaySubnet smaller than /27, so that its context menu offers a quick fix.
sed 's#10.20.255.224/27#10.20.255.240/28#' "$work/vpn.hybridnet.json" > "$work/vpn-small-gw.hybridnet.json"

# shoot FILE OUT COMMANDS: opens FILE, waits for the window, focuses the canvas at 100 %, runs COMMANDS, grabs the screen.
shoot() {
  local file=$1 png=$2 commands=$3
  local data="$work/data"
  rm -rf "$data" && mkdir -p "$data"
  xvfb-run -a -s "-screen 0 1400x900x24" bash -c "
    java -Djava.util.prefs.userRoot='$data/prefs' -Dhybridnet.dataDir='$data' -jar '$jar' '$file' &
    app=\$!
    sleep 12
    xdotool mousemove 660 200 click 1; sleep 0.5; xdotool key ctrl+0; sleep 1
    $commands
    import -window root '$work/shot.png'
    kill \$app
  " 2>/dev/null
  convert "$work/shot.png" -trim +repage "$png"
  echo "$png"
}

shoot "$work/vpn-small-gw.hybridnet.json" "$out/editor-context-menu.png" \
  "xdotool mousemove 668 390 click 3; sleep 1.5"
shoot "$work/vpn.hybridnet.json" "$out/editor-smart-guides.png" \
  "xdotool key ctrl+m; sleep 0.7; xdotool mousemove 680 530 mousedown 1; sleep 0.3; xdotool mousemove 690 540; sleep 0.2; xdotool mousemove 700 548; sleep 0.2; xdotool mousemove 684 560; sleep 1"
shoot "$work/hub24.hybridnet.json" "$out/editor-minimap.png" "sleep 0.5"
