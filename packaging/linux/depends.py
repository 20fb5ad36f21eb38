"""The .deb's Depends, found from the bundle itself: what its files link to and the C library they need.

Every ELF file in the bundle is read with readelf (binutils, which PyInstaller needs anyway): its NEEDED
entries that the bundle does not ship are looked up in this machine's dpkg database, and the newest
GLIBC_ symbol version any file asks for becomes libc6's minimum. So a Qt module added later, or a build on
a newer release, can't leave the package claiming less than it needs. Run by build-deb.sh:

    python3 packaging/linux/depends.py BUNDLE [EXTRA...]   ->  one line: "libc6 (>= 2.35), libx11-6, ..."

EXTRA names packages nothing links to but Steady uses: the voice's library (loaded by name) and player.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

# Loaded only where the desktop has it (Qt's GTK theme plugin), or wanted only by Qt's Adwaita title bar
# plugin (QtSvg): neither may pull its libraries into Depends.
OPTIONAL = ("platformthemes/libqgtk3",)
NEVER_FROM_THE_SYSTEM = re.compile(r"^libQt6")  # Qt comes with the bundle; a distribution's would not fit
GLIBC = re.compile(r"\bGLIBC_(\d+)\.(\d+)(?:\.(\d+))?\b")


def elf_files(bundle: Path) -> list[Path]:
    """The bundle's programs and libraries (symbolic links are read through their targets)."""
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file() or any(part in str(path) for part in OPTIONAL):
            continue
        with path.open("rb") as file:
            if file.read(4) == b"\x7fELF":
                found.append(path)
    return found


def readelf(*args: str) -> str:
    return subprocess.run(["readelf", "--wide", *args], capture_output=True, text=True, check=True).stdout


def needed(path: Path) -> set[str]:
    """The shared libraries `path` names in its NEEDED entries."""
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", readelf("-d", str(path))))


def glibc_needed(path: Path) -> tuple[int, ...]:
    """The newest GLIBC_ symbol version `path` asks for, (0,) when none."""
    versions = [tuple(int(n) for n in match if n) for match in GLIBC.findall(readelf("-V", str(path)))]
    return max(versions, default=(0,))


def owner(soname: str) -> str:
    """The Debian package that ships `soname` on this machine (its architecture qualifier dropped)."""
    done = subprocess.run(["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True, check=False)
    # "package[:arch]: /path" lines; Debian 13 also lists "diversion by package from: /path" ones.
    lines = [line for line in done.stdout.splitlines() if ":" in line and not line.startswith("diversion ")]
    packages = sorted({line.split(":")[0].split(",")[0].strip() for line in lines})
    if not packages:
        raise SystemExit(f"depends.py: no installed package ships {soname}, which the bundle links to")
    return packages[0]


def depends(bundle: Path, extra: list[str]) -> str:
    files = elf_files(bundle)
    shipped = {path.name for path in bundle.rglob("*")}
    wanted = set().union(*(needed(path) for path in files)) - shipped
    packages = {owner(soname) for soname in wanted if not NEVER_FROM_THE_SYSTEM.match(soname)}
    newest = max((glibc_needed(path) for path in files), default=(0,))
    packages.discard("libc6")
    libc = f"libc6 (>= {'.'.join(map(str, newest))})" if newest > (0,) else "libc6"
    return ", ".join([libc, *sorted(packages), *(e for e in extra if e not in packages)])


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    print(depends(Path(sys.argv[1]), sys.argv[2:]))
