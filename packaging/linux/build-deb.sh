#!/bin/sh
# Turns the PyInstaller bundle (dist/steady) into dist/steady_VERSION_ARCH.deb and a .tar.gz.
# The app lives in /opt/steady; /usr/bin/steady points at it; a .desktop entry and hicolor
# icons put it in the desktop's menu. Plan files (*.steady, application/x-steady-plan) open in
# Steady with a double click: the type goes to /usr/share/mime/packages (Debian Policy 9.7.3),
# where shared-mime-info's dpkg trigger rebuilds the database, so the package neither calls
# update-mime-database nor depends on shared-mime-info (every desktop that shows file types
# brings it; without it the file is inert). Removing the package leaves nothing behind.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUNDLE=${1:-$ROOT/dist/steady}
OUT=${2:-$ROOT/dist}
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/app/__init__.py")
ARCH=$(dpkg --print-architecture)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT

[ -x "$BUNDLE/steady" ] || { echo "No bundle at $BUNDLE: run pyinstaller packaging/steady.spec first" >&2; exit 1; }
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/icons/hicolor/scalable/mimetypes" \
         "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/doc/steady"
cp -a "$BUNDLE" "$STAGE/opt/steady"
ln -s /opt/steady/steady "$STAGE/usr/bin/steady"
# Steady's icon, for the app and for its plan files (the type's icon name: application-x-steady-plan).
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps" "$STAGE/usr/share/icons/hicolor/${size}x${size}/mimetypes"
    cp "$ROOT/resources/icons/steady-$size.png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/steady.png"
    cp "$ROOT/resources/icons/steady-$size.png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/mimetypes/application-x-steady-plan.png"
done
cp "$ROOT/resources/icons/steady.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/steady.svg"
cp "$ROOT/resources/icons/steady.svg" "$STAGE/usr/share/icons/hicolor/scalable/mimetypes/application-x-steady-plan.svg"
cp "$ROOT/packaging/linux/steady-plan.xml" "$STAGE/usr/share/mime/packages/steady.xml"
# DEP-5 copyright: Steady and every component inside the bundle; licences that are not in
# /usr/share/common-licenses ship in full inside it. A lintian overrides file names the tags any
# self-contained bundle under /opt draws, each with its reason.
cp "$ROOT/packaging/linux/copyright" "$STAGE/usr/share/doc/steady/copyright"
mkdir -p "$STAGE/usr/share/lintian/overrides"
cp "$ROOT/packaging/linux/lintian-overrides" "$STAGE/usr/share/lintian/overrides/steady"
cp "$ROOT/packaging/linux/org.steady.Steady.desktop" "$STAGE/usr/share/applications/org.steady.Steady.desktop"
# The listing software centres show (its id is the desktop entry's name), the manual page and the changelog.
mkdir -p "$STAGE/usr/share/metainfo" "$STAGE/usr/share/man/man1"
cp "$ROOT/packaging/linux/org.steady.Steady.metainfo.xml" "$STAGE/usr/share/metainfo/org.steady.Steady.metainfo.xml"
gzip -9n -c "$ROOT/packaging/linux/steady.1" > "$STAGE/usr/share/man/man1/steady.1.gz"
gzip -9n -c "$ROOT/packaging/linux/changelog" > "$STAGE/usr/share/doc/steady/changelog.gz"

# Shared libraries are read, not run (Debian Policy 10.9); the launcher stays executable.
find "$STAGE/opt/steady" -type f -name '*.so*' -exec chmod 0644 {} +
# The maintainer: DEBFULLNAME/DEBEMAIL when set (as dch reads them), else pyproject.toml's maintainers,
# the one place the project declares it: a source download with no git builds the same package.
declared() {
    "${PYTHON:-python3}" -c 'import sys, tomllib
people = tomllib.load(open(sys.argv[1], "rb"))["project"].get("maintainers", [{}])
print(people[0].get(sys.argv[2], ""))' "$ROOT/pyproject.toml" "$1"
}
MAINTAINER_NAME=${DEBFULLNAME:-$(declared name)}
MAINTAINER_EMAIL=${DEBEMAIL:-$(declared email)}
[ -n "$MAINTAINER_NAME" ] && [ -n "$MAINTAINER_EMAIL" ] || {
    echo "No maintainer: pyproject.toml's [project] maintainers names none (or set DEBFULLNAME and DEBEMAIL)" >&2; exit 1; }

# Depends, from the bundle itself: each library its files link to that it doesn't ship, by the package
# that ships it here, and libc6 at least the newest GLIBC_ version any file needs. Nothing links to the
# voice's library (loaded by name) or its player (a program): those are named.
DEPENDS=$("${PYTHON:-python3}" "$ROOT/packaging/linux/depends.py" "$BUNDLE" libespeak-ng1 alsa-utils)

cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: steady
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER_NAME <$MAINTAINER_EMAIL>
Installed-Size: $(du -sk "$STAGE" | cut -f1)
Section: misc
Priority: optional
Depends: $DEPENDS
Description: calm companion for the moment you are crying or overwhelmed
 Steady says plainly that crying is OK. If you want a moment to steady
 yourself, it guides you through short timed exercises (paced breathing,
 grounding, relaxing the face and throat...) with an optional offline voice.
 Nothing leaves your computer.
CONTROL
# Refresh the menu and icon caches when the tools are there; never fail because they are not.
for script in postinst postrm; do
    cat > "$STAGE/DEBIAN/$script" <<'SCRIPT'
#!/bin/sh
set -e
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
exit 0
SCRIPT
    chmod 0755 "$STAGE/DEBIAN/$script"
done

mkdir -p "$OUT"
DEB="$OUT/steady_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
tar -C "$STAGE/opt" -czf "$OUT/steady-${VERSION}-linux-${ARCH}.tar.gz" steady
echo "$DEB"
echo "$OUT/steady-${VERSION}-linux-${ARCH}.tar.gz"
