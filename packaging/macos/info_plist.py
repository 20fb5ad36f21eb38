"""What Steady.app says about itself in its Info.plist: packaging/steady.spec gives it to PyInstaller's BUNDLE.

Plain data, loaded by path (runpy), never imported as a package: packaging/ must not shadow the
`packaging` library. Plan files (*.steady) are Steady's own type, declared here (an exported UTI)
and claimed as the owner, so Finder shows them as Steady plans and a double click opens Steady.
macOS hands the file to the running app as an open-document event (a QFileOpenEvent in Qt), not
on the command line.
"""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Who and since when, for the copyright line Finder's "Get Info" and the About box show.
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
AUTHORS = ", ".join(author["name"] for author in PROJECT["authors"])
FIRST_YEAR = 2026  # the year Steady's first version was written
# Steady is for steadying oneself (breathing, grounding, letting it out): Apple's category for
# wellbeing, breathing and meditation apps is Health & Fitness (Medical is for clinical use, which Steady is not).
CATEGORY = "public.app-category.healthcare-fitness"
# PySide6 6.11 is Qt 6.11, which runs on macOS 13 or later (doc.qt.io/qt-6.11/macos.html, "Supported Configurations").
MINIMUM_MACOS = "13.0"

PLAN_UTI = "org.steady.plan"  # under the bundle identifier's domain, org.steady.Steady
PLAN_EXTENSION = "steady"
PLAN_MIME_TYPE = "application/x-steady-plan"  # the same type as on Linux (packaging/linux/steady-plan.xml)


def info_plist(version: str) -> dict[str, object]:
    """The keys BUNDLE adds to Steady.app's Info.plist, for Steady `version`."""
    return {
        "CFBundleName": "Steady",
        "CFBundleDisplayName": "Steady",
        "CFBundleShortVersionString": version,  # what people see: "Version 0.1.0"
        "CFBundleVersion": version,  # the build macOS compares to tell which copy is newer
        "NSHumanReadableCopyright": f"Copyright © {FIRST_YEAR} {AUTHORS}. Licensed under {PROJECT['license']}.",
        "LSApplicationCategoryType": CATEGORY,
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "NSHighResolutionCapable": True,
        # Steady opens a plan to show what it holds and add it to the person's plans; it never
        # saves over the file it opened, so it is the plan's viewer (and, having defined it, its owner).
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Steady plan",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [PLAN_UTI],
            }
        ],
        # A plan is TOML, which is UTF-8 text: conforming to public.utf8-plain-text makes it (through
        # public.plain-text and public.text) data and content too, so Quick Look shows its words and
        # "Open With" offers a text editor for writing one by hand.
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": PLAN_UTI,
                "UTTypeDescription": "Steady plan",
                "UTTypeConformsTo": ["public.utf8-plain-text"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": [PLAN_EXTENSION],
                    "public.mime-type": [PLAN_MIME_TYPE],
                },
            }
        ],
    }
