#!/usr/bin/env bash
# Checks packaging/modules.txt against jdeps: every JDK module that our jars need (hybridnet.jar and every jar of
# target/lib/, JavaFX's modular jars included) must be in the list. Modules of the list that jdeps does not ask
# for are printed: each must say in modules.txt why it is there. Needs target/hybridnet.jar (mvn package).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
if [ ! -f target/hybridnet.jar ]; then
  echo "check-modules: target/hybridnet.jar not found; run mvn -B -DskipTests package first" >&2
  exit 2
fi
listed=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' packaging/modules.txt | sort -u)
# Every jar as an input, on the class path too, so that each jar's own needs are counted, not only those that
# hybridnet.jar reaches. Modules of our jars (javafx.*, org.controlsfx.*, com.fasterxml.*) are not JDK modules.
found=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 --class-path 'target/lib/*' \
          target/hybridnet.jar target/lib/*.jar 2>/dev/null | tail -n 1 | tr ',' '\n' \
        | grep -E '^(java|jdk)\.' | sort -u)
if [ -z "$found" ]; then
  echo "check-modules: jdeps gave no module list" >&2
  exit 2
fi
# jlink adds what a module requires (java.sql brings java.logging and java.xml), so both lists are compared by
# their closures, which the JDK computes.
closure() { java --limit-modules "$(echo "$1" | paste -sd, -)" --list-modules | sed 's/@.*//' | sort -u; }
missing=$(comm -23 <(echo "$found") <(closure "$listed"))
extra=$(comm -13 <(closure "$found") <(echo "$listed"))
echo "jdeps: $(echo "$found" | paste -sd, -)"
if [ -n "$extra" ]; then
  echo "listed, not asked for by jdeps (modules.txt says why): $(echo "$extra" | paste -sd, -)"
fi
if [ -n "$missing" ]; then
  echo "check-modules: packaging/modules.txt lacks $(echo "$missing" | paste -sd, -), which jdeps finds in our jars" >&2
  exit 1
fi
echo "packaging/modules.txt covers every module jdeps finds"
