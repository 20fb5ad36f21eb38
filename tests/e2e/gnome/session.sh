#!/bin/sh
# session.sh: a headless GNOME Shell session inside the Debian root (started by tests/e2e/gnome.py, entered as root).
# As root: fresh X11 and ICE socket folders (Xwayland needs the first), a system bus (the shell's quick settings
# die without one), then the same script again as the desktop's person (uid 1000: as root, GNOME nags "Logged
# in as a privileged user") in a session bus. As the person: GNOME's settings for a test (the test-hooks
# extension on, no lock screen), then driver.py, which starts the shell and answers the test on fds 3 and 4.
set -eu
here=$(dirname "$0")
if [ "$(id -u)" = 0 ]; then
    # Fresh socket folders, not a fresh /tmp: the checkout may be bound below /tmp (a CI clone is).
    for folder in /tmp/.X11-unix /tmp/.ICE-unix; do
        mkdir -p "$folder"
        mount -t tmpfs -o mode=1777 tmpfs "$folder"
    done
    mkdir -p /run/dbus "$XDG_RUNTIME_DIR"
    chown 1000:1000 "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    dbus-daemon --system --fork --nopidfile
    # the test's requests come on stdin, answers go to stdout: fds 3 and 4 for the driver, nothing else
    exec 3<&0 4>&1 </dev/null 1>&2
    exec setpriv --reuid=1000 --regid=1000 --init-groups dbus-run-session -- sh "$0"
fi
cd "$HOME"
rm -rf "$HOME/.config/dconf"  # GNOME's settings start at their defaults in each session
extensions="$HOME/.local/share/gnome-shell/extensions"
mkdir -p "$extensions"
rm -rf "$extensions/test-hooks@steady.local"
cp -r "$here/test-hooks@steady.local" "$extensions/"
gsettings set org.gnome.shell enabled-extensions "['test-hooks@steady.local']"
gsettings set org.gnome.desktop.screensaver lock-enabled false
gsettings set org.gnome.desktop.lockdown disable-lock-screen true  # else a "Screen Lock disabled" notification
gsettings set org.gnome.desktop.session idle-delay 0
exec /usr/bin/python3 "$here/driver.py" <&3 >&4 3<&- 4>&-
