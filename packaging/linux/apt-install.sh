#!/bin/sh
# Install Debian packages as root or with password-less sudo; otherwise print the command.
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
echo "Installing system packages: $*"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
