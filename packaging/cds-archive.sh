#!/bin/sh
# Dumps the class-data-sharing archive of an installed HybridNet Designer (an app image, or /opt/hybridnet):
#   packaging/cds-archive.sh DIR     (DIR/bin/hybridnet-cli, DIR/lib/app/hybridnet.classlist -> hybridnet.jsa)
# The image's own launcher does the dump, with its runtime and class path: the launcher's options already name
# the archive file, and JAVA_TOOL_OPTIONS adds the dump request. An archive only fits the folder it was dumped in,
# so the .deb runs this at installation. docs/decisions/0023-class-data-sharing.md
set -e
dir=${1:?usage: cds-archive.sh DIR}
app="$dir/lib/app"
[ -f "$app/hybridnet.classlist" ] || { echo "cds-archive: $app/hybridnet.classlist is missing" >&2; exit 1; }
rm -f "$app/hybridnet.jsa"
# -Xshare:dump prints a warning for each listed class it cannot archive (old class file versions, the training
# run's test-only platform): expected, so only errors are shown.
JAVA_TOOL_OPTIONS="-Xshare:dump -Xlog:cds=error -Xlog:cds+dynamic=error -XX:SharedClassListFile=$app/hybridnet.classlist" \
  "$dir/bin/hybridnet-cli" --version >/dev/null 2>"$app/hybridnet.jsa.log" || {
  cat "$app/hybridnet.jsa.log" >&2
  echo "cds-archive: the archive could not be made; the program runs without it" >&2
  rm -f "$app/hybridnet.jsa" "$app/hybridnet.jsa.log"
  exit 1
}
rm -f "$app/hybridnet.jsa.log"
[ -f "$app/hybridnet.jsa" ]
