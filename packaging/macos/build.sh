#!/bin/sh
# Builds dist/Steady.app and dist/Steady-VERSION.dmg on macOS (run from the repository root).
set -eu
python3 -m pip install ".[test]"
# An .icns from the shipped PNGs (iconutil comes with macOS).
ICONSET=build/steady.iconset
mkdir -p "$ICONSET"
for size in 16 32 128 256 512; do
    cp "resources/icons/steady-$size.png" "$ICONSET/icon_${size}x${size}.png"
done
cp resources/icons/steady-32.png "$ICONSET/icon_16x16@2x.png"
cp resources/icons/steady-64.png "$ICONSET/icon_32x32@2x.png"
cp resources/icons/steady-256.png "$ICONSET/icon_128x128@2x.png"
cp resources/icons/steady-512.png "$ICONSET/icon_256x256@2x.png"
iconutil -c icns "$ICONSET" -o build/steady.icns
STEADY_MACOS_ICON=build/steady.icns python3 -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/steady.spec
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/__init__.py)
hdiutil create -volname Steady -srcfolder dist/Steady.app -ov -format UDZO "dist/Steady-$VERSION.dmg"
ls -l dist
