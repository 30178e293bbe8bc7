#!/usr/bin/env bash
# Measures the time from the JVM's start to the designer's first frame with a sample open, RUNS times (default 7),
# as users start it: ./hybridnet (window options, class-data-sharing archive), the app image's bin/hybridnet if
# packaging/build.sh app-image made one, and plain `java -jar` without any option for comparison; beside them the
# floor, a bare JavaFX window with one label (tools/startup-floor/BareWindow.java, the same Java options and an
# archive of its own), which no JavaFX program can beat on this machine. Prints each run and the median of each. The program reports the first frame itself (-Dhybridnet.measureStartup=true, given
# through JAVA_TOOL_OPTIONS so that the launchers run unchanged) once JavaFX's render thread has finished painting
# it into the window, and quits; the runs keep their recent files and window bounds in a preferences node of their
# own.
# Needs a display: on a headless machine run it under Xvfb, e.g.
#   xvfb-run -a -s "-screen 0 1400x900x24" tools/startup-time.sh 7
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-7}
cd "$here"
./hybridnet --version >/dev/null   # builds the jar and its archive if the sources changed
sample=$(mktemp -d)/hub-spoke.hybridnet.json
./hybridnet samples write "$(dirname "$sample")" >/dev/null
export JAVA_TOOL_OPTIONS="-Dhybridnet.measureStartup=true -Dhybridnet.preferencesNode=dev/hybridnet/startup-time"

measure() {
  local name=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    ms=$("$@" "$sample" 2>/dev/null | sed -n 's/^first frame \([0-9]*\) ms.*/\1/p')
    times+=("${ms:-failed}")
  done
  median=$(printf '%s\n' "${times[@]}" | grep -v failed | sort -n | awk '{a[NR]=$1} END {if (NR) print a[int((NR+1)/2)]; else print "–"}')
  echo "$name: median ${median} ms (runs: ${times[*]})"
}

measure "./hybridnet" ./hybridnet
if [ -x target/dist/hybridnet/bin/hybridnet ]; then
  measure "app image" target/dist/hybridnet/bin/hybridnet
fi
measure "java -jar, no options" java -jar target/hybridnet.jar

# The floor: compiled against the build's JavaFX jars (target/lib, with their native libraries) and its jar (whose
# FirstFrameReport times both), trained once for its own class-data-sharing archive, then started with the window's
# options from packaging/ as ./hybridnet does.
floor=$(mktemp -d)
floor_cp=$(find target/lib -name 'javafx-*.jar' | sort | tr '\n' ':')target/hybridnet.jar
env -u JAVA_TOOL_OPTIONS javac -nowarn -d "$floor/classes" -cp "$floor_cp" tools/startup-floor/BareWindow.java
env -u JAVA_TOOL_OPTIONS jar cf "$floor/floor.jar" -C "$floor/classes" .
options=$(sed -e 's/#.*//' packaging/jvm.options | tr '\n' ' ')
if [ -e /sys/kernel/mm/transparent_hugepage/enabled ]; then
  options="$options $(sed -e 's/#.*//' packaging/jvm-linux.options | tr '\n' ' ')"
fi
# shellcheck disable=SC2086
java $options -XX:ArchiveClassesAtExit="$floor/floor.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -cp "$floor/floor.jar:$floor_cp" BareWindow >/dev/null 2>&1 || true
floor_run() {
  # shellcheck disable=SC2086
  java $options -XX:SharedArchiveFile="$floor/floor.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$floor/floor.jar:$floor_cp" BareWindow
}
measure "floor: a bare JavaFX window" floor_run
rm -rf "$(dirname "$sample")" "$floor"
