"""Steady's command line and composition root: parse the arguments, build the objects, run."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from app import __version__
from app.storage.data_language import LANGUAGES

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QWidget

    from app.core.handover import Request
    from app.storage.catalog import Catalog
    from app.storage.settings import Settings
    from app.ui.services.narration import Narrator
    from app.ui.window import MainWindow
    from app.voice.synth import VoiceOptions


def window_size(text: str) -> tuple[int, int]:
    """A window size written WIDTHxHEIGHT, as --size takes it (at least 480 x 400, Steady's smallest)."""
    import argparse

    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, for example 1024x600") from None
    if width < 480 or height < 400:
        raise argparse.ArgumentTypeError(f"{text!r} is smaller than Steady's window can be (480x400)")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    import argparse  # not on the usual start, which has no arguments to read

    parser = argparse.ArgumentParser(
        prog="steady",
        description="Steady: crying is OK. Gentle guided exercises if you want a moment to steady yourself.",
    )
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help="a plan file (.steady) to look at, and add to your plans if you like"
    )
    parser.add_argument("--exercise", metavar="ID", help="open straight into one exercise (see --list)")
    parser.add_argument("--start", action="store_true", help="with --exercise: begin at once")
    parser.add_argument("--let-it-out", action="store_true", help="open Let it out: company and a soft breath")
    parser.add_argument("--list", action="store_true", help="list the exercises: id, title, kind, seconds")
    parser.add_argument("--self-check", action="store_true", help="report whether Steady can run here")
    parser.add_argument(
        "--check-plan", metavar="FILE", help="check a plan file: print what it holds, or each problem (no window)"
    )
    parser.add_argument("--screenshot", metavar="FILE", help="render the window offscreen to a PNG and exit")
    parser.add_argument("--at", metavar="SECONDS", type=float, help="with --screenshot: this far into the exercise")
    parser.add_argument(
        "--theme", choices=("light", "dark", "contrast"), help="with --screenshot: light, dark or high-contrast colours"
    )
    parser.add_argument(
        "--text-size", metavar="PERCENT", type=int, choices=range(100, 201), help="with --screenshot: text 100-200 %%"
    )
    parser.add_argument("--step", metavar="N", type=int, help="with --screenshot: at step N of a step exercise")
    parser.add_argument(
        "--show",
        choices=(
            "help",
            "let-it-out",
            "why",
            "history",
            "checkin",
            "mini",
            "keys",
            "settings",
            "plans",
            "plan-import",
        ),
        help="with --screenshot: a care screen, the small window, the keyboard shortcuts, the settings, "
        "the plan editor or a shared plan",
    )
    parser.add_argument("--still", action="store_true", help="with --screenshot: the still pacer (no motion)")
    parser.add_argument(
        "--size", metavar="WxH", type=window_size, help="with --screenshot: the window's size (900x760 unless told)"
    )
    parser.add_argument("--language", choices=LANGUAGES, help="the language of the words, for this run")
    parser.add_argument("--voice", dest="voice", action="store_true", default=None, help="speak the prompts this run")
    parser.add_argument("--no-voice", dest="voice", action="store_false", help="no spoken prompts this run")
    parser.add_argument("--speak", metavar="TEXT", help="say TEXT with the chosen voice (or write it to --to FILE.wav)")
    parser.add_argument("--to", metavar="FILE", help="with --speak: write a WAV file instead of playing")
    parser.add_argument("--voice-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"Steady {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    if not (sys.argv[1:] if argv is None else argv):
        return run_window(None, False)  # the usual start, from the menu or the desktop: no parser to build
    args = build_parser().parse_args(argv)
    if args.voice_worker:
        from app.voice.worker import main as worker_main

        return worker_main()
    if args.to and not args.speak:
        print("steady: --to goes with --speak TEXT", file=sys.stderr)
        return 2
    if args.speak is not None:
        from app.commands.speak import speak

        return speak(args.speak, args.to, args.language)
    if args.start and not args.exercise:
        print("steady: --start needs --exercise ID (see steady --list)", file=sys.stderr)
        return 2
    if args.let_it_out and (args.exercise or args.screenshot):
        print("steady: --let-it-out opens a screen of its own: not with --exercise or --screenshot", file=sys.stderr)
        return 2
    if (
        args.at is not None or args.theme or args.still or args.step or args.show or args.text_size
    ) and not args.screenshot:
        print(
            "steady: --at, --step, --show, --theme, --text-size and --still go with --screenshot FILE",
            file=sys.stderr,
        )
        return 2
    if args.file and (args.exercise or args.let_it_out or args.screenshot or args.list or args.self_check):
        print("steady: a plan FILE opens on its own: not with --exercise, --let-it-out, --screenshot, --list "
              "or --self-check", file=sys.stderr)  # fmt: skip
        return 2
    if args.check_plan:
        from app.commands.check_plan import check_plan_command

        return check_plan_command(args.check_plan)
    if args.list:
        from app.commands.listing import list_exercises

        return list_exercises()
    if args.self_check:
        from app.commands.self_check import self_check

        return self_check()
    if args.screenshot:
        from app.commands.screenshot import take_screenshot

        return take_screenshot(
            args.screenshot,
            args.exercise,
            args.at,
            args.theme,
            args.still,
            args.step,
            args.show,
            args.text_size,
            language=args.language or "en",
            size=args.size or (900, 760),
        )
    if args.file and not os.path.isfile(args.file):
        print(f"steady: {args.file}: no such file", file=sys.stderr)
        return 2
    return run_window(args.exercise, args.start, args.voice, args.let_it_out, args.file, args.language)


def close_on_sigterm(app: QApplication) -> None:
    """SIGTERM (logout, shutdown, `kill`) closes the window as the person would; a session is kept as stopped."""
    if sys.platform == "win32":
        return
    import signal

    from PySide6.QtCore import QSocketNotifier

    # Qt's loop never returns to Python on its own: the signal's wake-up byte on a pipe makes it.
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_read, False)
    os.set_blocking(wake_write, False)
    signal.set_wakeup_fd(wake_write)
    notifier = QSocketNotifier(wake_read, QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda: os.read(wake_read, 512))

    def close(*_: object) -> None:
        app.closeAllWindows()
        app.quit()

    signal.signal(signal.SIGTERM, close)


def after_first_frame(window: QWidget, then: Callable[[], None], at_most_ms: int = 1000) -> None:
    """Run `then` once, just after the shown `window`'s first frame reaches the screen.

    Qt paints and flushes a window while it handles its first expose event, so `then` is posted
    from there and runs right after. A window that is never painted still gets `then`, after
    `at_most_ms`.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstFrame(QObject):
        fired = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Expose:
                self.fire()
            return False

        def fire(self) -> None:
            if not self.fired:
                self.fired = True
                if target is not None:
                    target.removeEventFilter(self)
                QTimer.singleShot(0, then)  # runs once this event (and with it the frame) has been handled

    target = window.windowHandle()
    watcher = FirstFrame(window)
    if target is not None:
        target.installEventFilter(watcher)
    QTimer.singleShot(at_most_ms, watcher.fire)


def make_narrator(app: QApplication, settings: Settings, voice: bool | None) -> Narrator:
    """The voice, built when an exercise or the settings first want it, not at start-up.

    That leaves ≈ 8 ms of imports and 0.6 MB out of the start. `voice` is --voice (True) or
    --no-voice (False) for this run only.
    """
    from app.storage.resources import resource
    from app.storage.toml_cache import SHIPPED
    from app.storage.voice_words import load_voice_words
    from app.ui.services.narration import Narrator
    from app.voice.launch import worker_command
    from app.voice.player import VoicePlayer
    from app.voice.sounds import phase_cues

    words, problem = load_voice_words(resource("voice", "words.toml"))
    if problem:
        print(f"steady: {problem}", file=sys.stderr)
    SHIPPED.save()  # the voice words parsed: the next time needs no TOML parser
    player = VoicePlayer(worker_command(), lambda: chosen_voice(settings), precheck=voice_problems)
    app.aboutToQuit.connect(player.shutdown)
    sounds = resource("sounds")
    narrator = Narrator(player, words, settings, sounds / "chime.wav", cues=phase_cues(sounds))
    if voice is not None:
        narrator.set_enabled(voice, remember=False)
    return narrator


def launch_token() -> str:
    """The desktop's permission for the running Steady to come to the front (Wayland's or X11's launch id)."""
    return os.environ.get("XDG_ACTIVATION_TOKEN") or os.environ.get("DESKTOP_STARTUP_ID") or ""


def listen_for_launches(app: QApplication, window: MainWindow, address: str) -> bool:
    """Let a second launch reach this Steady; False when another Steady already listens at `address`."""
    from app.ui.services.handover import HandoverServer

    server = HandoverServer(window.take_launch, app)
    if not server.listen(address):
        return False
    app.aboutToQuit.connect(server.close)
    return True


def chosen_voice(settings: Settings) -> VoiceOptions:
    """The person's voice settings, looked up when the voice first speaks (not at start-up)."""
    from app.voice.launch import voice_options

    return voice_options(settings)


def voice_problems() -> list[str]:
    """What the voice lacks here, checked when it is first wanted (the check loads ~2 MB of libraries)."""
    from app.system_check import voice_problems as check

    return check()


def hand_over(request: Request, address: str | None) -> int | None:
    """Give `request` to the Steady already running for this user and display: the exit code, or None if none runs."""
    from app.core.handover import send

    answer = None if address is None else send(request, address)
    if answer is None:
        return None
    if answer == "ok":
        return 0
    print(f"steady: the running Steady {answer}", file=sys.stderr)  # e.g. "refused: no exercise called 'x'"
    return 2


def run_window(
    exercise_id: str | None,
    start: bool,
    voice: bool | None = None,
    let_it_out: bool = False,
    plan: str | None = None,
    language: str | None = None,
) -> int:
    """Open the window; the one place where the app's objects are built and wired.

    When Steady is already open for this user and display, the request goes to it instead.
    `plan` is a plan file to show (`steady FILE`): what it holds, before anything is added.
    """
    from app.ui.display import no_display_reason

    reason = no_display_reason()
    if reason:
        print(reason, file=sys.stderr)
        return 1
    from app.core.handover import Request, socket_address

    plan = os.path.abspath(plan) if plan else ""
    request = Request(exercise_id or "", start, "let-it-out" if let_it_out else "", launch_token(), plan, voice)
    address = socket_address()
    handed_over = hand_over(request, address)
    if handed_over is not None:
        return handed_over
    from app.ui.bindings import skip_feature_scan

    skip_feature_scan()  # before Steady's Qt modules are imported: each would be read again as text
    from PySide6.QtWidgets import QApplication

    from app.core.clock import MonotonicClock
    from app.storage.paths import cache_dir, data_dir
    from app.storage.personal import PersonalData
    from app.storage.resources import resource
    from app.storage.settings import Settings
    from app.storage.toml_cache import SHIPPED
    from app.ui.parts.motion import os_prefers_reduced_motion
    from app.ui.window import MainWindow

    app = QApplication(sys.argv[:1])
    from app.ui.i18n import chosen_language, install_language

    settings = Settings.for_user()
    SHIPPED.keep_in(cache_dir() / "shipped-files.json")  # Steady's own files, already parsed
    install_language(language or chosen_language(settings.get("appearance/language")))  # before any words are made
    app.setApplicationName("Steady")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.steady.Steady")  # the desktop entry, without .desktop: the Wayland app_id
    personal = PersonalData(data_dir())

    def reload_catalog() -> Catalog:
        from app.storage.catalog import load_catalog

        catalog = load_catalog(resource("exercises"), personal.exercises_dir, personal.plans_dir)
        for problem in catalog.problems:
            print(f"steady: skipped {problem}", file=sys.stderr)
        return catalog

    catalog = reload_catalog()  # from the cache of parsed files: the lists are in the first frame
    if exercise_id and catalog.get(exercise_id) is None:
        print(f"steady: no exercise called {exercise_id!r} (see steady --list)", file=sys.stderr)
        return 2
    window = MainWindow(catalog, MonotonicClock(), settings, os_prefers_reduced_motion, personal, reload_catalog)
    from PySide6.QtGui import QCursor

    window.place_on(app.screenAt(QCursor.pos()) or app.primaryScreen())  # where the person is looking
    if sys.platform == "darwin":
        from app.ui.services.planning import FileOpenWatcher

        app.installEventFilter(FileOpenWatcher(window.planner, app))  # a double-clicked plan, on macOS
    window.navigator.show_home()
    window.show()
    from PySide6.QtCore import QEvent

    # Lay out now what show() asked to lay out (the scroll area, for the lists in it): left to the
    # event loop, it would come after the first frame, and with it a second frame.
    app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    if os.environ.get("STEADY_BENCH"):
        from app.ui.services.diagnostics import install

        install(app, window)

    # The first frame is the whole start screen: the words, the two doors and the lists (from the
    # cache of parsed files). Everything else waits until it is on screen.
    def after_start_screen() -> None:
        window.keep_on_screen()  # the window manager's frame is known now
        if os.environ.get("STEADY_BENCH"):
            from app.ui.services.diagnostics import note_start_complete

            note_start_complete()
        if address is not None and not listen_for_launches(app, window, address):
            window.close()  # another Steady opened in the same moment and answers there: it takes over
            app.exit(hand_over(request, address) or 0)
            return
        close_on_sigterm(app)
        from PySide6.QtGui import QIcon

        from app.storage.care import load_care
        from app.storage.history import History

        app.setWindowIcon(QIcon(str(resource("icons", "steady-256.png"))))  # decoding it cost ~2.5 ms before the paint
        window.context.care = load_care(resource("care"))
        for problem in window.context.care.problems:
            print(f"steady: {problem}", file=sys.stderr)
        window.context.history = History(personal.folder / "history.sqlite3")  # opened when first used
        app.aboutToQuit.connect(window.context.history.close)
        window.context.make_narrator = lambda: make_narrator(app, settings, voice)  # built when first wanted
        SHIPPED.save()  # after the care texts: the next start needs no TOML parser
        window.presence.add_tray()  # where the desktop has a tray: Steady me now, show or hide, the small window, quit
        if sys.platform == "darwin":
            from app.ui.services.tray import add_dock_menu

            add_dock_menu(window.take_launch, window)  # the Dock's right-click: Steady me now, Let it out
        window.show_welcome_if_new()
        window.keeper.tell_problems()
        if exercise_id:
            window.navigator.open_exercise(exercise_id, start=start)
        elif let_it_out:
            window.navigator.open_let_it_out()
        elif plan:
            from pathlib import Path

            window.planner.open_file(Path(plan))

    after_first_frame(window, after_start_screen)
    return app.exec()
