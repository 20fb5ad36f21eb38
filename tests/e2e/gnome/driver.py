"""The test's hands inside the GNOME session: run by Debian's python3 (which has GObject) as the session's person.

Starts `gnome-shell --headless --wayland --virtual-monitor 1366x768`, waits until it answers (the test-hooks
extension puts it in unsafe mode), writes one JSON line {"ready": ms, "env": {...}}, then answers requests,
one JSON line each way: eval (JS in the shell), start / stop (a program of the session), run (one that
ends by itself), shot (a screenshot), quit. Programs get the session's environment (its buses, WAYLAND_DISPLAY,
Xwayland's DISPLAY and XAUTHORITY) plus what the request adds. Requests on stdin, answers on stdout.
"""

import json
import os
import re
import signal
import subprocess
import sys
import time

from gi.repository import Gio, GLib

SCREEN = "1366x768"
STARTING = 60  # seconds the shell may take to answer (1-2 s measured)
LOG = os.path.join(os.environ["HOME"], "gnome-shell.log")
READY = "imports.ui.main.layoutManager._startingUp === false && !imports.ui.main.overview.visible"
bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)


def call(interface, method, args, path="/org/gnome/Shell", timeout=20):
    return bus.call_sync(
        "org.gnome.Shell", path, interface, method, args, None, Gio.DBusCallFlags.NONE, int(timeout * 1000), None
    ).unpack()


def evaluate(js):
    ok, out = call("org.gnome.Shell", "Eval", GLib.Variant("(s)", (js,)))
    if not ok:
        raise RuntimeError(f"the shell refused or failed: {out}")
    return json.loads(out) if out else None


def within(seconds, look):
    """What `look()` gives once it gives something, or None after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            found = look()
        except GLib.Error:
            found = None  # not on the bus yet
        if found:
            return found
        time.sleep(0.1)
    return None


def start_shell():
    began = time.monotonic()
    with open(LOG, "wb") as log:
        shell = subprocess.Popen(
            ["gnome-shell", "--headless", "--wayland", "--virtual-monitor", SCREEN],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    if not within(STARTING, lambda: shell.poll() is None and evaluate(READY)):
        with open(LOG, errors="replace") as log:
            raise SystemExit("gnome-shell did not come up:\n" + log.read()[-3000:])
    # start clean: no "System was put in unsafe mode" banner over the windows, an empty event log
    evaluate("imports.ui.main.messageTray.getSources().forEach(s => s.destroy()); global._testEvents.length = 0")
    took = (time.monotonic() - began) * 1000

    def x_display():
        with open(LOG, errors="replace") as log:
            found = re.search(r"Using public X11 display (:\d+)", log.read())
        return found and found.group(1)

    env = {
        "WAYLAND_DISPLAY": "wayland-0",
        "DISPLAY": within(STARTING, x_display) or "",
        "XAUTHORITY": evaluate('imports.gi.GLib.getenv("XAUTHORITY")') or "",
    }
    return shell, took, env


def answer(request, programs, env):
    what = request["do"]
    if what == "eval":
        return {"value": evaluate(request["js"])}
    if what in ("start", "run"):
        child_env = dict(os.environ, **env, **request.get("env", {}))
        options = {"cwd": request.get("cwd", "/"), "env": child_env, "stdin": subprocess.DEVNULL}
        if what == "run":
            del options["stdin"]  # what the request gives, or nothing
            done = subprocess.run(
                request["argv"],
                input=request["input"],
                capture_output=True,
                text=True,
                timeout=request["timeout"],
                **options,
            )
            return {"code": done.returncode, "out": done.stdout, "err": done.stderr}
        with open(request["log"], "ab") as log:
            process = subprocess.Popen(request["argv"], stdout=log, stderr=subprocess.STDOUT, **options)
        programs[process.pid] = process
        return {"pid": process.pid}
    if what == "stop":
        process = programs.pop(request["pid"])
        if process.poll() is None:
            process.terminate()
        try:
            process.wait(timeout=request.get("grace", 10))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        return {"code": process.returncode}
    if what == "shot":
        ok, used = call(
            "org.gnome.Shell.Screenshot",
            "Screenshot",
            GLib.Variant("(bbs)", (False, False, request["path"])),
            path="/org/gnome/Shell/Screenshot",
        )
        return {"path": used} if ok else {"error": f"no screenshot: {used}"}
    raise ValueError(f"no such request: {what}")


def main():
    shell, took, env = start_shell()
    programs = {}
    print(json.dumps({"ready": took, "env": env}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        if request["do"] == "quit":
            break
        try:
            reply = answer(request, programs, env)
        except Exception as error:  # the test shows it; the session goes on
            reply = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(reply), flush=True)
    for process in [*programs.values(), shell]:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for process in [*programs.values(), shell]:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


main()
