#!/usr/bin/env bash
# Measures the time from the JVM's start to the designer's first frame with a sample open, RUNS times (default 7),
# as users start it: ./hybridnet (window options, class-data-sharing archive), the app image's bin/hybridnet if
# packaging/build.sh app-image made one, and plain `java -jar` without any option for comparison. Beside them, two
# reference windows started with the same Java options and an archive of their own (tools/startup-floor/):
#   - the diagram alone: the designer's canvas with the sample open and nothing else in the window
#     (DiagramOnlyWindow), which shows what the menus, toolbar and panels add to a start;
#   - the floor: a bare JavaFX window with one label (BareWindow), which no JavaFX program can beat on this machine
#     and which shows how fast the machine is in those minutes.
# Prints each run and the median of each. The programs report the first frame themselves
# (-Dhybridnet.measureStartup=true, given through JAVA_TOOL_OPTIONS so that the launchers run unchanged) once
# JavaFX's render thread has finished painting it into the window, and quit; the runs keep their recent files and
# window bounds in a preferences node of their own.
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

# The reference windows: compiled against the build's JavaFX jars (target/lib, with their native libraries) and its
# jar (whose FirstFrameReport times them, and whose classes the diagram-only window uses), each trained once for a
# class-data-sharing archive of its own, then started with the window's options from packaging/ as ./hybridnet does.
refs=$(mktemp -d)
refs_cp=$(find target/lib -name 'javafx-*.jar' | sort | tr '\n' ':')target/hybridnet.jar
env -u JAVA_TOOL_OPTIONS javac -nowarn -d "$refs/classes" -cp "$refs_cp" tools/startup-floor/*.java
env -u JAVA_TOOL_OPTIONS jar cf "$refs/refs.jar" -C "$refs/classes" .
options=$(sed -e 's/#.*//' packaging/jvm.options | tr '\n' ' ')
if [ -e /sys/kernel/mm/transparent_hugepage/enabled ]; then
  options="$options $(sed -e 's/#.*//' packaging/jvm-linux.options | tr '\n' ' ')"
fi
reference() {
  local main=$1; shift
  # shellcheck disable=SC2086
  java $options -XX:SharedArchiveFile="$refs/$main.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$refs/refs.jar:$refs_cp" "$main" "$@"
}
for main in dev.hybridnet.app.DiagramOnlyWindow BareWindow; do
  # shellcheck disable=SC2086
  java $options -XX:ArchiveClassesAtExit="$refs/$main.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$refs/refs.jar:$refs_cp" "$main" "$sample" >/dev/null 2>&1 || true
done
measure "the diagram alone" reference dev.hybridnet.app.DiagramOnlyWindow
measure "floor: a bare JavaFX window" reference BareWindow
rm -rf "$(dirname "$sample")" "$refs"
