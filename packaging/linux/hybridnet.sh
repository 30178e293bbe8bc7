#!/bin/sh
# /usr/bin/hybridnet of the Debian package: starts the installed program with the launcher that suits the
# arguments. The window (no arguments, or a single diagram file) runs /opt/hybridnet/bin/hybridnet, with the
# window's Java options; a command or an option runs /opt/hybridnet/bin/hybridnet-cli, with the command line's
# (packaging/jvm.options and packaging/jvm-cli.options; docs/decisions/0023-class-data-sharing.md). The command
# names are those of dev.hybridnet.cli.Cli.COMMAND_NAMES (LauncherScriptTest keeps them in step).
launcher=/opt/hybridnet/bin/hybridnet
if [ $# -gt 1 ]; then
  launcher=/opt/hybridnet/bin/hybridnet-cli
elif [ $# -eq 1 ]; then
  case "$1" in
    -*|validate|import|export|rules|samples|generate|layout) launcher=/opt/hybridnet/bin/hybridnet-cli ;;
  esac
fi
exec "$launcher" "$@"
