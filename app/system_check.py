"""Finds the system libraries and programs Steady needs that this machine lacks.

`python -m app.system_check [--for-package] [--for-tests]` prints the missing Debian packages,
one line, space-separated (nothing when all is there); `packaging/linux/apt-install.sh` installs
them. `--for-package` adds what `make package` needs, `--for-tests` what the tests need (which
build the package too).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

# Debian package for each shared library Qt loads, where the name can't be guessed.
# The C library's parts: always there, named so that every name debian_package gives is a true one.
C_LIBRARY = ("ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1", "libc.so.6", "libm.so.6", "libdl.so.2",
             "libpthread.so.0", "librt.so.1", "libresolv.so.2")  # fmt: skip
SONAME_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",  # QtNetwork's; Debian's naming rule doesn't turn "_" into "-"
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libbrotlicommon.so.1": "libbrotli1",  # one package for both (found bare on Debian 13)
    "libbrotlidec.so.1": "libbrotli1",
    "libgcc_s.so.1": "libgcc-s1",
    **dict.fromkeys(C_LIBRARY, "libc6"),
}
VOICE_PACKAGES = {"libespeak-ng1": "the espeak-ng speech library", "alsa-utils": "aplay, to play speech"}
TEST_PROGRAMS = {
    "Xvfb": "xvfb", "xdotool": "xdotool", "xwininfo": "x11-utils", "xprop": "x11-utils", "espeak-ng": "espeak-ng",
    "makensis": "nsis",
    "strace": "strace",  # the no-network test traces every process of a real session
    "openbox": "openbox",  # a real window manager for the desktop tests (screen sizes, a second launch)
    "wmctrl": "wmctrl",  # asks that window manager to maximise, as a title bar button does
    "lintian": "lintian",  # the built .deb is checked as Debian checks a package (tests/packaging/test_deb.py)
    "desktop-file-validate": "desktop-file-utils",  # the launcher's .desktop entry is checked as the desktop reads it
    # The package's metadata: the AppStream listing, the manual page (rendered, and read for whatis) and the changelog.
    "appstreamcli": "appstream", "groff": "groff-base", "man": "man-db", "lexgrog": "man-db",
    "dpkg-parsechangelog": "dpkg-dev",
    # Plan files: a real shared MIME database and menu cache built from Steady's type and entry, and GLib's
    # own lookup and launch (gio), as a file manager finds the type and opens a double-clicked plan.
    "update-mime-database": "shared-mime-info", "update-desktop-database": "desktop-file-utils",
    "gio": "libglib2.0-bin",
    # The voice where ALSA's default device goes nowhere: a real PulseAudio server and its player.
    "pulseaudio": "pulseaudio", "paplay": "pulseaudio-utils",
    "mmdebstrap": "mmdebstrap",  # the bare-machine test makes a fresh Debian root (unshare comes with util-linux)
    # The screen reader test: Orca with its own session bus, the AT-SPI bus and a voice (paths: not on PATH).
    "orca": "orca", "dbus-daemon": "dbus-daemon", "pgrep": "procps",
    "/usr/libexec/at-spi-bus-launcher": "at-spi2-core",
    "speech-dispatcher": "speech-dispatcher",
    "/usr/lib/speech-dispatcher-modules/sd_espeak-ng": "speech-dispatcher-espeak-ng",  # only recommended by it
    # The installers workflow is read as YAML by Debian's python3 (tests/packaging/test_installers_workflow.py).
    "/usr/lib/python3/dist-packages/yaml/__init__.py": "python3-yaml",
    # The keyboard walk reads Steady's focus and words through AT-SPI with Debian's python3 (tests/e2e/atspi.py).
    "/usr/lib/python3/dist-packages/pyatspi/__init__.py": "python3-pyatspi",
    # The outside start-up bench watches the X server with Debian's python3 (tests/benchmarks/outside.py).
    "/usr/lib/python3/dist-packages/Xlib/__init__.py": "python3-xlib",
}  # fmt: skip
PACKAGE_PROGRAMS = {"objdump": "binutils"}  # PyInstaller reads each library's dependencies with it


def qt_library_dir() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    return Path(PySide6.__file__).parent / "Qt"


def missing_qt_libraries(every_library: bool = False) -> list[str]:
    """Shared libraries that Qt's GUI and its X11 platform plugin need and cannot find.

    `every_library`: those that any of Qt's libraries needs (building the installer: PyInstaller reads
    each library it bundles, and QtNetwork wants GSSAPI, which Debian 13's python3 doesn't bring along).
    Qt's plugins are not read: a database driver's client library is nothing Steady bundles.
    """
    qt = qt_library_dir()
    if qt is None or not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    targets = [qt / "lib" / "libQt6Gui.so.6", qt / "plugins" / "platforms" / "libqxcb.so"]
    if every_library:
        targets += sorted(path for path in (qt / "lib").glob("libQt6*.so.6") if path not in targets)
    missing: set[str] = set()
    for target in targets:
        if not target.exists():
            continue
        done = subprocess.run(["ldd", str(target)], capture_output=True, text=True, check=False)
        missing.update(re.findall(r"^\s*(\S+) => not found", done.stdout, re.MULTILINE))
    # Qt's own libraries are found through the plugin's rpath when loaded for real.
    return sorted(m for m in missing if not m.startswith("libQt6"))


def debian_package(soname: str) -> str:
    """The Debian package that ships a shared library, by table or by Debian's naming rule."""
    if soname in SONAME_PACKAGES:
        return SONAME_PACKAGES[soname]
    match = re.match(r"^(lib[\w+.-]*?)\.so\.(\d+)", soname)
    if not match:
        return soname
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def has_library(name: str) -> bool:
    """Whether the dynamic linker finds lib`name` (ctypes is loaded only when asked: about 2 MB)."""
    import ctypes.util

    return ctypes.util.find_library(name) is not None


def voice_problems() -> list[str]:
    """What the offline voice lacks here, in plain words (empty when it can speak)."""
    problems = []
    if sys.platform.startswith("linux"):
        if not has_library("espeak-ng") and not has_library("espeak"):
            problems.append("the espeak-ng speech library is not installed (package libespeak-ng1)")
        if shutil.which("aplay") is None:
            problems.append("aplay, which plays the speech, is not installed (package alsa-utils)")
    return problems


def has_fonts() -> bool:
    return shutil.which("fc-list") is None or bool(
        subprocess.run(["fc-list"], capture_output=True, text=True, check=False).stdout.strip()
    )


def python_library_package() -> str | None:
    """The Debian package with this Python's shared library, when PyInstaller can't find the library."""
    soname = sysconfig.get_config_var("INSTSONAME") or ""
    if not soname.startswith("libpython"):
        return None
    folders = [sysconfig.get_config_var("LIBDIR") or "", sysconfig.get_config_var("LIBPL") or ""]
    if any((Path(folder) / soname).exists() for folder in folders if folder):
        return None
    import ctypes.util

    if ctypes.util.find_library(f"python{sys.version_info.major}.{sys.version_info.minor}"):
        return None
    return f"libpython{sys.version_info.major}.{sys.version_info.minor}"


def _found(program: str) -> bool:
    """A program on PATH or, given as a path, that file (a program, or a module Debian's python3 imports)."""
    return Path(program).is_file() if program.startswith("/") else shutil.which(program) is not None


def missing_packages(for_tests: bool = False, for_package: bool = False) -> list[str]:
    """Debian packages to install so Steady (and, with `for_tests`, its tests) can run.

    `for_package` adds what building the installer needs; the tests build it too.
    """
    packages = {debian_package(so) for so in missing_qt_libraries(every_library=for_package or for_tests)}
    if not has_library("espeak-ng"):
        packages.add("libespeak-ng1")
    if shutil.which("aplay") is None:
        packages.add("alsa-utils")
    if not has_fonts():
        packages.add("fonts-dejavu-core")
    if for_tests or for_package:
        packages.update(pkg for prog, pkg in PACKAGE_PROGRAMS.items() if shutil.which(prog) is None)
        library = python_library_package()
        if library is not None:
            packages.add(library)
    if for_tests:
        packages.update(pkg for prog, pkg in TEST_PROGRAMS.items() if not _found(prog))
    return sorted(packages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--for-tests", action="store_true", help="also what the tests need (Xvfb, xdotool...)")
    parser.add_argument("--for-package", action="store_true", help="also what building the installer needs")
    args = parser.parse_args(argv)
    print(" ".join(missing_packages(args.for_tests, args.for_package)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
