"""What a second launch may ask the running Steady: only the few well-formed requests, never anything else."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.core.handover import (
    MAX_BYTES,
    Request,
    RequestRefusedError,
    display_name,
    read_request,
    runtime_folder,
    send,
    socket_address,
)


@pytest.mark.parametrize(
    "request_",
    [Request(), Request("calm-pace"), Request("calm-pace", start=True), Request(open="let-it-out"),
     Request(token="gnome-shell/Steady/1234-5-host_TIME12345"), Request(plan="/home/Zoë Smith/from Sam.steady"),
     Request("calm-pace", start=True, voice=False), Request(voice=True)],
)  # fmt: skip
def test_every_request_a_launch_makes_reads_back_the_same(request_: Request) -> None:
    line = request_.line()
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert read_request(line.rstrip(b"\n")) == request_


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"garbage", "not JSON"),
        (b"\xff\xfe\x00bytes", "not JSON"),
        (b"", "not JSON"),
        (b"[1, 2]", "not a version 1"),
        (b'{"exercise": "calm-pace"}', "not a version 1"),
        (b'{"steady": 2}', "not a version 1"),
        (b'{"steady": 1, "run": "rm -rf /"}', "does not know: run"),
        (b'{"steady": 1, "exercise": "../../etc/passwd"}', "exercise id"),
        (b'{"steady": 1, "exercise": 7}', "exercise id"),
        (b'{"steady": 1, "exercise": "calm-pace", "start": "yes"}', "true or false"),
        (b'{"steady": 1, "open": "settings"}', "'open' must be one of: let-it-out"),
        (b'{"steady": 1, "exercise": "calm-pace", "open": "let-it-out"}', "opens one thing"),
        (b'{"steady": 1, "exercise": "calm-pace", "plan": "/home/sam/a.steady"}', "opens one thing"),
        (b'{"steady": 1, "plan": "a.steady"}', "full path of a plan file"),
        (b'{"steady": 1, "plan": "/tmp/a\\u0000.steady"}', "full path of a plan file"),
        (b'{"steady": 1, "plan": "/' + b"a" * 1100 + b'"}', "full path of a plan file"),
        (b'{"steady": 1, "plan": ["/a.steady"]}', "full path of a plan file"),
        (b'{"steady": 1, "token": "with space\\nand newline"}', "launch token"),
        (b'{"steady": 1, "voice": "on"}', "'voice' must be true or false"),
        (b'{"steady": 1, "exercise": "' + b"a" * MAX_BYTES + b'"}', "too long"),
    ],
)
def test_anything_else_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(RequestRefusedError, match=reason):
        read_request(data)


def test_start_without_an_exercise_starts_nothing() -> None:
    assert read_request(json.dumps({"steady": 1, "start": True}).encode()) == Request()


def test_the_socket_is_per_display_in_the_users_own_folder(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {"XDG_RUNTIME_DIR": str(runtime), "DISPLAY": ":0"}
    assert socket_address(env) == str(runtime / "steady-0.sock")
    assert socket_address({**env, "DISPLAY": "localhost:10.0"}) == str(runtime / "steady-localhost_10.0.sock")
    assert socket_address({**env, "WAYLAND_DISPLAY": "wayland-1"}) == str(runtime / "steady-wayland-1.sock")
    assert "/" not in display_name({"DISPLAY": "/../../x"})  # a file name in the folder, never a path


def test_a_folder_others_can_enter_or_that_is_not_ours_is_not_used(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    assert runtime_folder({"XDG_RUNTIME_DIR": str(shared)}) is None
    link = tmp_path / "link"
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    link.symlink_to(private)
    assert runtime_folder({"XDG_RUNTIME_DIR": str(link)}) is None
    assert runtime_folder({"XDG_RUNTIME_DIR": str(private)}) == private
    if os.getuid() == 0:  # root can give a folder away, as another user's would be
        os.chown(private, 65534, 65534)
        assert runtime_folder({"XDG_RUNTIME_DIR": str(private)}) is None


def test_without_a_runtime_folder_a_private_one_is_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    folder = runtime_folder({})
    assert folder == tmp_path / f"steady-{os.getuid()}"
    assert folder.stat().st_mode & 0o777 == 0o700


def test_with_no_steady_running_a_launch_learns_so_at_once(tmp_path: Path) -> None:
    assert send(Request(), str(tmp_path / "steady-0.sock")) is None  # no socket file
    import socket

    stale = tmp_path / "stale.sock"
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(stale))
    listener.close()  # the file stays, as after a crash, but nobody listens
    assert stale.exists()
    assert send(Request(), str(stale)) is None
