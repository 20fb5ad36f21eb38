"""A real GNOME Shell 43 session (Debian 12), headless at 1366x768, for end-to-end tests: what a person on GNOME sees.

`make_gnome_root` makes a Debian 12 root with mmdebstrap (tests/packaging/test_bare_machine.py's make_root; about
1 to 2.5 minutes, 1.1 GB) and adds the desktop's person (uid 1000). `Session` enters it (that file's ENTER and INIT: its
own mount and PID namespaces, pivot_root) with the checkout, the venv and the venv's interpreter bound read-only
at the same paths, and runs gnome/session.sh: a system bus, a session bus, the test-hooks extension (unsafe mode,
so org.gnome.Shell.Eval answers; a Clutter virtual keyboard; a log of notifications), then gnome/driver.py,
which starts `gnome-shell --headless --wayland` (it answers 1-2 s later) and does what the test asks: evaluate
JS in the shell, start programs in the session, take a screenshot. Everything the test reads comes from the
shell's own notion of the windows (mutter's MetaWindow), or from AT-SPI, as Orca would read it.
"""

from __future__ import annotations

import json
import os
import select
import shlex
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QRect, QSettings

from tests.conftest import ROOT, missing
from tests.e2e.desktop import WAIT, until
from tests.packaging.test_bare_machine import ENTER, INIT, Root, make_root, tail
from tests.processes import end

SUITE = "bookworm"  # Debian 12: GNOME Shell 43
MODES = {"wayland": "wayland", "xwayland": "xcb"}  # the mode's QT_QPA_PLATFORM (xcb: through Xwayland)
PACKAGES = (
    "gnome-shell", "gnome-settings-daemon", "xdg-desktop-portal-gnome", "xwayland", "dbus", "dbus-user-session",
    "at-spi2-core", "python3", "python3-gi", "python3-pyatspi", "libglib2.0-bin", "procps", "ca-certificates",
    # what Steady's Qt, voice and sound need (app/system_check.py asks a machine for the same)
    "libegl1", "libgl1", "libfontconfig1", "fonts-dejavu-core", "libdbus-1-3", "libnss3", "libxkbcommon0",
    "libxkbcommon-x11-0", "libwayland-cursor0", "libxcb-cursor0", "libxcb-xinerama0", "libxcb-icccm4", "libxcb-image0",
    "libxcb-keysyms1", "libxcb-render-util0", "libxcb-shape0", "libxcb-randr0", "libxcb-xkb1",
    "libespeak-ng1", "espeak-ng-data", "alsa-utils", "libasound2", "libpulse0",
)  # fmt: skip
HERE = Path(__file__).resolve().with_name("gnome")  # inside the root at the same path: the checkout is bound there
HOME = "/home/person"
PERSON = 1000
ENV = {
    "HOME": HOME, "USER": "person", "LOGNAME": "person", "LANG": "C.UTF-8", "LANGUAGE": "en",
    "PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin", "XDG_RUNTIME_DIR": f"/run/user/{PERSON}",
    "XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "GNOME", "XDG_SESSION_DESKTOP": "gnome",
}  # fmt: skip
SETTINGS = ".config/steady/steady.conf"  # under HOME

WINDOWS = r"""(() => {
  const {Meta} = imports.gi;
  const tab = global.display.get_tab_list(Meta.TabList.NORMAL, null);
  const focus = global.display.focus_window;
  return global.get_window_actors().map(a => { const w = a.meta_window; const r = w.get_frame_rect();
    return {title: w.title, wm_class: w.wm_class || '', minimized: w.minimized,
            shown: w.showing_on_its_workspace() && a.visible, in_alt_tab: tab.includes(w), above: w.is_above(),
            x: r.x, y: r.y, width: r.width, height: r.height, focus: w === focus}; });
})()"""
KEYS = r"""(() => {
  const {Clutter, GLib} = imports.gi;
  const syms = %s.map(name => Clutter['KEY_' + name]);
  if (syms.includes(undefined)) return false;
  let t = GLib.get_monotonic_time();
  for (const s of syms) global._testKeyboard.notify_keyval(t++, s, Clutter.KeyState.PRESSED);
  for (const s of syms.slice().reverse()) global._testKeyboard.notify_keyval(t++, s, Clutter.KeyState.RELEASED);
  return true;
})()"""
LAUNCH = """(() => {
  const {Gio} = imports.gi;
  const app = Gio.AppInfo.create_from_commandline(%s, null, Gio.AppInfoCreateFlags.SUPPORTS_STARTUP_NOTIFICATION);
  return app.launch([], global.create_app_launch_context(global.display.get_current_time_roundtrip(), -1));
})()"""
MODIFIERS = {"ctrl": "Control_L", "alt": "Alt_L", "shift": "Shift_L", "super": "Super_L"}


class Window(NamedTuple):
    """A window as mutter has it: where it is (its frame), whether it is shown, minimised, on top, focused."""

    title: str
    wm_class: str
    minimized: bool
    shown: bool
    in_alt_tab: bool
    above: bool
    x: int
    y: int
    width: int
    height: int
    focus: bool

    @property
    def frame(self) -> QRect:
        return QRect(self.x, self.y, self.width, self.height)


def interpreter_binds() -> list[str]:
    """The checkout, the venv (when it lives elsewhere) and the venv's interpreter (pyvenv.cfg's home, resolved)."""
    venv = Path(sys.prefix)
    config = venv / "pyvenv.cfg"
    if not config.is_file():
        missing("the GNOME tests run Steady from the project's venv (make venv): no pyvenv.cfg in " + str(venv))
    fields = {k.strip(): v.strip() for k, _, v in (line.partition("=") for line in config.read_text().splitlines())}
    prefix = Path(fields["home"]).resolve().parent  # .../bin's parent: the interpreter's own library
    binds = [str(ROOT)]
    if not venv.resolve().is_relative_to(ROOT):
        binds.append(str(venv.resolve()))
    if prefix not in (Path("/"), Path("/usr")):  # a system Python: the root's own of the same release stands in
        binds.append(str(prefix))
    return binds


def make_gnome_root(folder: Path) -> Path:
    """A Debian 12 root with GNOME Shell in `folder`/root, its person made, the binds' folders ready."""
    root, logs = folder / "root", folder / "logs"
    logs.mkdir(exist_ok=True)
    code, output = make_root(root, logs, SUITE, PACKAGES)
    assert code == 0, f"mmdebstrap failed ({code}):\n{tail(output)}"
    code, output, _ = Root(root, logs, []).run("person", f"useradd -u {PERSON} -m -d {HOME} -s /bin/sh person", 60)
    assert code == 0, f"could not add the desktop's person:\n{tail(output)}"
    for bind in interpreter_binds():
        (root / bind.lstrip("/")).mkdir(parents=True, exist_ok=True)
        for parent in Path(bind).parents:  # the person must reach them (Debian's /root is 0700)
            inside = root / str(parent).lstrip("/")
            inside.chmod(inside.stat().st_mode | 0o111)
    return root


class Session:
    """A GNOME Shell session in `root`, for clients in `mode` (wayland, or xwayland: Qt's xcb through Xwayland)."""

    def __init__(self, root: Path, mode: str, logs: Path) -> None:
        self.root, self.mode, self.platform = root, mode, MODES[mode]
        self.home = root / HOME.lstrip("/")
        self.log = logs / f"session-{mode}.log"
        env = [f"{key}={value}" for key, value in ENV.items()]
        command = [
            "unshare", "--mount", "--pid", "--fork", "--kill-child", "sh", "-c", ENTER, "enter", str(root),
            *interpreter_binds(), "--", "/usr/bin/python3", "-c", INIT, "env", "-i", *env, "sh", str(HERE / "session.sh"),
        ]  # fmt: skip
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log)
        self._buffer = b""
        try:
            ready = self._answer(90)
        except BaseException:
            self.close()
            raise
        self.shell_ready_ms = ready["ready"]

    # -- talking to the driver inside --------------------------------------------------------

    def _answer(self, seconds: float) -> dict[str, Any]:
        assert self.process.stdout is not None
        deadline = time.monotonic() + seconds
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.process.stdout], [], [], left)[0]:
                raise AssertionError(f"the GNOME session gave no answer within {seconds} s:\n{self.log_tail()}")
            chunk = os.read(self.process.stdout.fileno(), 65536)
            if not chunk:
                raise AssertionError(f"the GNOME session ended:\n{self.log_tail()}")
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return json.loads(line)  # type: ignore[no-any-return]

    def ask(self, seconds: float = WAIT, **request: Any) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(request).encode() + b"\n")
        self.process.stdin.flush()
        reply = self._answer(seconds + 5)
        assert "error" not in reply, f"{request['do']} failed in the session: {reply['error']}"
        return reply

    def log_tail(self) -> str:
        return tail(self.log.read_text(errors="replace"), 40) if self.log.exists() else "(no log)"

    def close(self) -> None:
        """Quit the shell and everything in the session; when the namespace's first process ends, all do."""
        if self.process.poll() is None and self.process.stdin is not None:
            try:
                self.process.stdin.write(b'{"do": "quit"}\n')
                self.process.stdin.close()
            except BrokenPipeError:
                pass
        end(self.process, grace=WAIT)  # (unshare ignores SIGTERM: after the grace, SIGKILL ends it and all inside)
        if self.process.stdout is not None:
            self.process.stdout.close()

    # -- the shell's view --------------------------------------------------------------------

    def eval(self, js: str) -> Any:
        """Evaluate JS in gnome-shell and return its JSON result."""
        return self.ask(do="eval", js=js)["value"]

    def windows(self) -> list[Window]:
        return [Window(**window) for window in self.eval(WINDOWS)]

    def window(self, title: str) -> Window | None:
        return next((window for window in self.windows() if window.title == title), None)

    def focus(self) -> str | None:
        return self.eval("global.display.focus_window ? global.display.focus_window.title : null")  # type: ignore[no-any-return]

    def screen(self) -> QRect:
        return QRect(*self.eval("(r => [r.x, r.y, r.width, r.height])(global.display.get_monitor_geometry(0))"))

    def work_area(self) -> QRect:
        """The screen less GNOME's top bar, where windows go."""
        js = "(r => [r.x, r.y, r.width, r.height])(global.workspace_manager.get_active_workspace().get_work_area_for_monitor(0))"
        return QRect(*self.eval(js))

    def top_bar(self) -> int:
        return int(self.eval("imports.ui.main.panel.height"))

    def events(self) -> list[dict[str, Any]]:
        """Notifications shown, windows demanding attention and focus changes since the last clear_events()."""
        return self.eval("global._testEvents")  # type: ignore[no-any-return]

    def clear_events(self) -> None:
        self.eval("global._testEvents.length = 0")

    def until(self, condition: Callable[[], object], what: str, seconds: float = WAIT) -> None:
        """`until`, and when it fails, what the shell showed then."""
        try:
            until(condition, what, seconds)
        except AssertionError as error:
            shown = "\n".join(f"  {window}" for window in self.windows())
            seen = f"the shell's windows:\n{shown}\nfocus: {self.focus()!r}; events: {self.events()}"
            raise AssertionError(f"{error}; {seen}") from None

    # -- doing what a person does ----------------------------------------------------------------

    def key(self, combo: str) -> None:
        """Press one key or chord (ctrl+m, Escape, alt+Tab, s) on a Clutter virtual keyboard: any client gets it."""
        names = [MODIFIERS.get(part.lower(), part) for part in combo.split("+")]
        assert self.eval(KEYS % json.dumps(names)), f"no such key: {combo}"

    def activate(self, title: str) -> None:
        """Bring the window titled `title` forward with the focus, as clicking it would."""
        js = "imports.ui.main.activateWindow(global.get_window_actors().map(a => a.meta_window).find(w => w.title === %s))"
        self.eval(js % json.dumps(title))

    def screenshot(self, name: str) -> Path:
        """The whole screen as the shell shows it, a PNG in the person's home; its path here."""
        self.ask(do="shot", path=f"{HOME}/{name}")
        return self.home / name

    # -- programs in the session ---------------------------------------------------------------

    def env(self, **extra: str) -> dict[str, str]:
        return {"QT_QPA_PLATFORM": self.platform, **extra}

    def start(self, argv: list[str], log: str, **env: str) -> int:
        """Start a program inside (output to `log` in the person's home); its process id there."""
        return int(self.ask(do="start", argv=argv, log=f"{HOME}/{log}", cwd=str(ROOT), env=self.env(**env))["pid"])

    def stop(self, pid: int) -> int:
        """End a program (SIGTERM, then SIGKILL after 10 s); its exit code."""
        return int(self.ask(WAIT, do="stop", pid=pid, grace=10)["code"])

    def run(self, argv: list[str], timeout: float = WAIT, text: str = "", **env: str) -> tuple[int, str, str]:
        """A program that ends by itself, as from a terminal (no launch token; `text` on its stdin): code, out, err."""
        done = self.ask(timeout, do="run", argv=argv, cwd=str(ROOT), env=self.env(**env), timeout=timeout, input=text)
        return done["code"], done["out"], done["err"]

    def launch(self, argv: list[str], name: str) -> Path:
        """Start `argv` as the shell's app menu and dash do: with a launch context, so it gets an activation
        token (XDG_ACTIVATION_TOKEN, DESKTOP_STARTUP_ID). The exit code lands in the returned file."""
        command = shlex.join(argv)
        line = (
            f"env QT_QPA_PLATFORM={self.platform} LANGUAGE=en sh -c "
            + shlex.quote(f"cd {shlex.quote(str(ROOT))}; {command} >>{HOME}/{name}.log 2>&1; echo $? >{HOME}/{name}.code")
        )  # fmt: skip
        assert self.eval(LAUNCH % json.dumps(line)) is True, "the shell did not launch it"
        return self.home / f"{name}.code"

    def steady_settings(self, **values: object) -> Path:
        """A first start's folders, with Steady's settings file holding `values` (section/name=value)."""
        for folder in (".config/steady", ".local/share/steady", ".cache/steady", ".local/state/steady"):
            subprocess.run(["rm", "-rf", str(self.home / folder)], check=True)
        path = self.home / SETTINGS
        store = QSettings(str(path), QSettings.Format.IniFormat)
        for name, value in values.items():
            store.setValue(name.replace("__", "/"), value)
        store.sync()
        for made in (path.parent, path):
            os.chown(made, PERSON, PERSON)
        return path

    @contextmanager
    def steady(self, *args: str, accessible: bool = False) -> Iterator[int]:
        """Steady from the venv as a person starts it, past the welcome; stopped after, its log free of tracebacks."""
        self.steady_settings(care__welcomed=True)
        extra = {"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"} if accessible else {}  # as a running Orca would
        (self.home / "steady.log").unlink(missing_ok=True)
        pid = self.start([sys.executable, "-m", "app", *args], "steady.log", **extra)
        try:
            yield pid
        finally:
            self.stop(pid)
            self.until(lambda: not any(w.wm_class.lower().endswith("steady") for w in self.windows()), "Steady gone")
        log = (self.home / "steady.log").read_text(errors="replace")
        assert "Traceback" not in log, log

    def look(self) -> list[tuple[str, str, str]]:
        """Every showing object of Steady as AT-SPI has it (role, name, description), read as Orca would."""
        code, out, err = self.run(["/usr/bin/python3", str(ROOT / "tests/e2e/atspi_reader.py")], text="Steady\n")
        assert code == 0, err
        return [tuple(item) for item in json.loads(out)["shown"]]  # type: ignore[misc]
