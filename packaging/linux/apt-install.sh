#!/bin/sh
# Install Debian packages as root or with password-less sudo; otherwise print the command.
# Only what is missing is installed, and nothing is ever removed.
set -eu
[ "$#" -gt 0 ] || exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "Steady needs these system packages (Debian names): $*" >&2
    echo "Please install them with your system's package manager." >&2
    exit 1
fi
if [ "$(id -u)" = 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    echo "Steady needs a few system packages. Please run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y $*" >&2
    exit 1
fi
APT="$SUDO env DEBIAN_FRONTEND=noninteractive apt-get"
$APT update -q
# Never take away what the person has: a package whose installation would remove another (pulseaudio
# would replace PipeWire's pipewire-alsa and pipewire-audio, a desktop's sound) is left out, and said.
removed_by() { $APT install -s --no-install-recommends "$@" 2>/dev/null | sed -n 's/^Remv \([^ ]*\).*/\1/p' | tr '\n' ' '; }
if [ -n "$(removed_by "$@")" ]; then
    kept=""
    for package in "$@"; do
        gone=$(removed_by "$package")
        if [ -n "$gone" ]; then
            echo "Not installing $package: it would remove ${gone% } from this machine. Whatever needs it will say so." >&2
        else
            kept="$kept $package"
        fi
    done
    # shellcheck disable=SC2086  # package names have no spaces
    set -- $kept
fi
[ "$#" -gt 0 ] || exit 0
echo "Installing system packages: $*"
$APT install -y --no-install-recommends --no-remove "$@"
