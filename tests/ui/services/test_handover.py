"""One Steady at a time: the running window takes a second launch's request, and nothing else.

A real Unix socket in a user-only folder; the second launch's side is the same
`send` that `steady` uses, run in a thread so the window's event loop can answer it.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import subprocess
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.handover import MAX_BYTES, Request, send
from app.core.session import SessionState
from app.ui.screens.let_it_out import LetItOutScreen
from app.ui.services.handover import MAX_CALLERS, HandoverServer
from app.ui.window import MainWindow

WAIT_MS = 300  # how long the test server waits for a silent caller (Steady waits 2 s)


@pytest.fixture
def pool() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(max_workers=MAX_CALLERS + 4) as pool:
        yield pool


@pytest.fixture
def address(tmp_path: Path) -> str:
    folder = tmp_path / "runtime"
    folder.mkdir(mode=0o700)
    return str(folder / "steady-0.sock")


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


@pytest.fixture
def server(window: MainWindow, address: str) -> Iterator[HandoverServer]:
    server = HandoverServer(window.take_launch, wait_ms=WAIT_MS)
    assert server.listen(address)
    yield server
    server.close()


def answer(qtbot: QtBot, pool: ThreadPoolExecutor, address: str, request: Request) -> str | None:
    """What the running Steady answers a second launch asking `request`."""
    future = pool.submit(send, request, address, 5.0)
    qtbot.waitUntil(future.done, timeout=5000)
    return future.result()


def raw(pool: ThreadPoolExecutor, address: str, data: bytes, hang_up: bool = True) -> Future[bytes]:
    """Send bytes as they are, as a broken or hostile program would, and read the answer."""

    def talk() -> bytes:
        with socket.socket(socket.AF_UNIX) as connection:
            connection.settimeout(5)
            connection.connect(address)
            with contextlib.suppress(OSError):  # Steady hangs up on a message far too long, as it should
                connection.sendall(data)
            got = b""
            try:
                while chunk := connection.recv(4096):
                    got += chunk
            except OSError:
                pass
            return got

    return pool.submit(talk)


def test_a_second_launch_opens_and_begins_its_exercise_in_the_running_window(
    qtbot: QtBot, pool: ThreadPoolExecutor, window: MainWindow, server: HandoverServer, address: str
) -> None:
    assert answer(qtbot, pool, address, Request("calm-pace", start=True)) == "ok"
    screen = window.navigator.screen
    assert screen is not None and screen.exercise.id == "calm-pace"  # type: ignore[union-attr]
    assert screen.state is SessionState.RUNNING
    assert answer(qtbot, pool, address, Request("calm-pace", start=True)) == "ok"
    assert window.navigator.screen is screen, "the same exercise under way is only shown, not begun again"
    assert answer(qtbot, pool, address, Request(open="let-it-out")) == "ok"
    assert isinstance(window.navigator.screen, LetItOutScreen)


def test_a_second_launch_with_voice_or_no_voice_switches_the_voice_for_this_run_only(
    qtbot: QtBot, pool: ThreadPoolExecutor, window: MainWindow, server: HandoverServer, address: str
) -> None:
    from app.storage.resources import resource
    from app.storage.voice_words import load_voice_words
    from app.ui.services.narration import Narrator

    words, _problem = load_voice_words(resource("voice", "words.toml"))
    narrator = Narrator(None, words, window.settings, None)
    window.context.narrator = narrator
    assert not narrator.enabled and window.settings.get("voice/enabled") is False
    assert answer(qtbot, pool, address, Request("calm-pace", voice=True)) == "ok"  # `steady --voice --exercise …`
    screen = window.navigator.screen
    assert narrator.enabled and screen is not None and screen.voice_button.isChecked()
    assert window.settings.get("voice/enabled") is False, "--voice is for this run; the saved setting stays"
    assert answer(qtbot, pool, address, Request(voice=False)) == "ok"  # `steady --no-voice`
    assert not narrator.enabled and not screen.voice_button.isChecked()


def test_a_plain_second_launch_brings_the_window_back(
    qtbot: QtBot, pool: ThreadPoolExecutor, window: MainWindow, server: HandoverServer, address: str
) -> None:
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    assert answer(qtbot, pool, address, Request()) == "ok"
    assert window.isVisible() and not window.isMinimized()
    window.presence.open_mini()
    assert not window.isVisible()
    assert answer(qtbot, pool, address, Request()) == "ok"
    assert window.isVisible() and window.presence.mini is not None and not window.presence.mini.isVisible()


def test_an_unknown_exercise_is_refused_and_nothing_starts(
    qtbot: QtBot, pool: ThreadPoolExecutor, window: MainWindow, server: HandoverServer, address: str,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    said = answer(qtbot, pool, address, Request("no-such-thing", start=True))
    assert said == "refused: no exercise called 'no-such-thing' (see steady --list)"
    assert window.navigator.screen is None
    assert "no exercise called 'no-such-thing'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"garbage\n", b"refused: the message is not a request (not JSON text)\n"),
        (b'{"steady": 1, "run": "anything"}\n', b"refused: the request has fields Steady does not know: run\n"),
        (b"x" * (MAX_BYTES + 10), f"refused: the message is longer than {MAX_BYTES} bytes\n".encode()),
        (b"{" * (1024 * 1024), f"refused: the message is longer than {MAX_BYTES} bytes\n".encode()),
    ],
    ids=["garbage", "unknown field", "too long", "a megabyte"],
)
def test_bad_messages_are_refused_with_a_line_and_change_nothing(
    qtbot: QtBot, pool: ThreadPoolExecutor, window: MainWindow, server: HandoverServer, address: str,
    capsys: pytest.CaptureFixture[str], data: bytes, said: bytes,
) -> None:  # fmt: skip
    future = raw(pool, address, data)
    qtbot.waitUntil(future.done, timeout=5000)
    assert future.result() == said
    assert window.navigator.screen is None and window.isVisible()
    assert "refused" in capsys.readouterr().err
    assert answer(qtbot, pool, address, Request("box")) == "ok"  # and the next launch is served as usual


def test_a_caller_that_never_speaks_is_dropped_and_blocks_nobody(
    qtbot: QtBot, pool: ThreadPoolExecutor, window: MainWindow, server: HandoverServer, address: str,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    silent = socket.socket(socket.AF_UNIX)
    silent.connect(address)
    half = raw(pool, address, b'{"steady": 1, "exerc')  # half a request, then nothing
    assert answer(qtbot, pool, address, Request("calm-pace")) == "ok"  # served while the others wait
    qtbot.waitUntil(half.done, timeout=5000)
    assert half.result() == b""  # hung up on, after WAIT_MS
    qtbot.waitUntil(lambda: not server.callers, timeout=5000)
    assert silent.recv(10) == b""
    silent.close()
    assert "sent no whole request" in capsys.readouterr().err
    assert window.navigator.screen is not None and window.navigator.screen.state is SessionState.READY


def test_too_many_callers_at_once_are_turned_away_at_the_door(
    qtbot: QtBot, pool: ThreadPoolExecutor, server: HandoverServer, address: str
) -> None:
    crowd = [socket.socket(socket.AF_UNIX) for _ in range(MAX_CALLERS + 3)]
    for caller in crowd:
        caller.connect(address)
    qtbot.waitUntil(lambda: len(server.callers) == MAX_CALLERS, timeout=5000)
    for caller in crowd:
        caller.close()
    qtbot.waitUntil(lambda: not server.callers, timeout=5000)
    assert answer(qtbot, pool, address, Request()) == "ok"


def test_the_socket_is_the_users_alone(server: HandoverServer, address: str) -> None:
    mode = os.stat(address).st_mode
    assert stat.S_ISSOCK(mode)
    assert mode & 0o077 == 0, oct(mode)
    assert os.stat(Path(address).parent).st_mode & 0o077 == 0


def test_another_user_never_reaches_this_steady(
    qtbot: QtBot, window: MainWindow, server: HandoverServer, address: str
) -> None:
    if os.getuid() != 0:
        pytest.skip("only root can be another user for a moment (CI runs as root)")
    code = (
        "import socket, sys\ntry:\n    socket.socket(socket.AF_UNIX).connect(sys.argv[1])\n    print('connected')\n"
        "except OSError as error:\n    print(type(error).__name__)"
    )
    python = "/usr/bin/python3"  # the system's: the test's own may sit in a folder only root can read
    other = subprocess.Popen(
        [python, "-c", code, address], user=65534, group=65534, stdout=subprocess.PIPE, text=True, cwd="/"
    )
    qtbot.waitUntil(lambda: other.poll() is not None, timeout=20000)
    assert other.communicate()[0].strip() == "PermissionError"  # it can't even connect
    assert window.navigator.screen is None


def test_a_socket_left_by_a_crash_is_taken_over(window: MainWindow, address: str) -> None:
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(address)
    stale.close()  # the file is there, nobody listens: as after SIGKILL
    server = HandoverServer(window.take_launch)
    assert server.listen(address)
    assert server.address == address
    server.close()
    assert not os.path.exists(address)  # closing tidies up after itself


def test_a_second_server_on_the_same_address_learns_that_steady_runs(
    window: MainWindow, server: HandoverServer, address: str
) -> None:
    second = HandoverServer(window.take_launch)
    assert not second.listen(address)
    assert os.path.exists(address)  # the first one's socket is left alone


def test_a_plan_file_sent_by_a_second_launch_is_shown_before_anything_is_added(
    qtbot: QtBot, pool: ThreadPoolExecutor, window: MainWindow, server: HandoverServer, address: str, tmp_path: Path
) -> None:
    from app.core.plans import NotePart, Plan
    from app.storage.plan_files import plan_text
    from app.ui.screens.plan_import import PlanImportScreen

    shared = tmp_path / "Zoë's plan.steady"
    shared.write_text(plan_text(Plan("from-sam", "From Sam", (NotePart("Try this first."),))), encoding="utf-8")
    assert answer(qtbot, pool, address, Request(plan=str(shared))) == "ok"
    qtbot.waitUntil(lambda: isinstance(window.navigator.screen, PlanImportScreen))
    assert window.windowTitle() == "A plan to look at · Steady"
    assert not window.context.personal.plans_dir.exists()
