#!/usr/bin/env bash
# Measures the time from JVM start to the designer's first frame, N times (default 5), with a sample open.
# Needs a display: run under xvfb-run on a headless machine, e.g.  xvfb-run -a tools/startup-time.sh 5
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
[ -f "$here/target/hybridnet.jar" ] || mvn -B -q -f "$here/pom.xml" -DskipTests package
sample="$here/src/main/resources/dev/hybridnet/samples/hub-spoke.hybridnet.json"
for i in $(seq "$runs"); do
  java -Dhybridnet.measureStartup=true -jar "$here/target/hybridnet.jar" "$sample" 2>/dev/null | grep "first frame"
done
