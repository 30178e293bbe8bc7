#!/bin/sh
# /usr/bin/hybridnet of the Debian package: starts the installed program in the mode its arguments ask for. The
# window (no arguments, or a single diagram file) takes the options of /opt/hybridnet/lib/app/hybridnet.cfg, a
# command or an option those of hybridnet-cli.cfg (packaging/jvm.options and packaging/jvm-cli.options, decision
# 0023). The command names are those of dev.hybridnet.cli.Cli.COMMAND_NAMES (LauncherScriptTest keeps them in step).
#
# It starts the bundled Java itself, with the class path and options of the launcher's configuration, rather than
# the launcher (bin/hybridnet, bin/hybridnet-cli): jpackage's Linux launcher asks rpm and dpkg which package owns
# it at every start, and `dpkg -S` alone took 0.3 to 0.7 s. The class path is the launcher's, in its order, so the
# class-data-sharing archive fits. Without the runtime's java or the configuration it falls back to the launcher.
dir=/opt/hybridnet
name=hybridnet
if [ $# -gt 1 ]; then
  name=hybridnet-cli
elif [ $# -eq 1 ]; then
  case "$1" in
    -*|validate|import|export|rules|samples|generate|layout) name=hybridnet-cli ;;
  esac
fi
app=$dir/lib/app
cfg=$app/$name.cfg
java=$dir/lib/runtime/bin/java
if [ ! -x "$java" ] || [ ! -f "$cfg" ]; then
  exec "$dir/bin/$name" "$@"
fi
# The configuration is read with the shell's own means: each process started before Java (sed, paste) cost about
# 10 ms, and the first version's seven of them took longer than drawing a picture.
with_app() {
  rest=$1 done=
  while :; do
    case $rest in
      *'$APPDIR'*) done=$done${rest%%'$APPDIR'*}$app; rest=${rest#*'$APPDIR'} ;;
      *) done=$done$rest; break ;;
    esac
  done
}
classpath= main= options=
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    app.classpath=*) with_app "${line#app.classpath=}"; classpath=$classpath${classpath:+:}$done ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    # One option a line, none with spaces (they come from packaging/jvm*.options and build.sh).
    java-options=*) with_app "${line#java-options=}"; options=$options${options:+ }$done ;;
  esac
done <"$cfg"
# shellcheck disable=SC2086
exec "$java" $options -cp "$classpath" "$main" "$@"
