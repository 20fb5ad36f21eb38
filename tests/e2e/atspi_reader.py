"""Run by Debian's python3 (which has pyatspi): for each line read, print what AT-SPI shows of an application.

The line names the application; the answer is one line of JSON, {"focus": [role, name, description] or
null, "shown": [[role, name, description], ...]}: the focused object and every showing object, in the
order a screen reader walks them. One reader stays for the whole test: AT-SPI clients that come and go
for each look made the registry drop key presses on their way to the application (seen here).
"""

import json
import sys

import pyatspi

DEEPEST = 40


def walk(node, found, depth=0):
    if depth > DEEPEST:
        return
    try:
        count = node.childCount
    except Exception:  # an object that went away while we looked
        return
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
            state = child.getState()
            if not state.contains(pyatspi.STATE_SHOWING):
                continue
            item = [child.getRoleName(), child.name or "", child.description or ""]
        except Exception:
            continue
        found["shown"].append(item)
        if state.contains(pyatspi.STATE_FOCUSED):
            found["focus"] = item
        walk(child, found, depth + 1)


def look(name):
    found = {"focus": None, "shown": []}
    for application in pyatspi.Registry.getDesktop(0):
        if application is not None and application.name == name:
            walk(application, found)
    return found


def main():
    for line in sys.stdin:
        print(json.dumps(look(line.strip())), flush=True)


main()
