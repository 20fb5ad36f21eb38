"""The helplines Steady ships: an emergency number for every country, checked within a year, sources beside them."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from app.storage.care import Country, load_care
from app.storage.data_language import use_language
from app.storage.resources import resource

HELPLINES = resource("care", "helplines.toml")
CARE = load_care(resource("care"))
VERIFIED = [c for c in CARE.countries if c.verified]
HOW_TO_RECHECK = (
    "Re-check its emergency number, helplines, hours and cost against the sources named in the comments beside it "
    "in resources/care/helplines.toml and in the helpline list of CONTENT.md (shared/CONTENT.md §5). Then set "
    'last_verified to the day you checked, or set verified = false with a note saying "Please check this number '
    'before relying on it." if the sources no longer agree.'
)


pytestmark = pytest.mark.usefixtures("english_afterwards")


def entry_text(code: str) -> str:
    """The lines of helplines.toml for one country, comments included."""
    text = HELPLINES.read_text(encoding="utf-8")
    blocks = text.split("[[countries]]")[1:]
    found = [block for block in blocks if re.search(rf'^code = "{code}"$', block, re.MULTILINE)]
    assert len(found) == 1, f"{code} is listed {len(found)} times"
    return found[0]


def test_the_shipped_helplines_load_without_problems() -> None:
    assert CARE.problems == ()
    assert len({c.code for c in CARE.countries}) == len(CARE.countries)


@pytest.mark.parametrize("country", CARE.countries, ids=lambda c: c.code)
def test_every_country_has_an_emergency_number(country: Country) -> None:
    assert re.search(r"\d{2,}", country.emergency), f"{country.name} has no emergency number: {country.emergency!r}"


@pytest.mark.parametrize("country", VERIFIED, ids=lambda c: c.code)
def test_every_verified_country_was_checked_within_the_last_twelve_months(country: Country) -> None:
    try:
        checked = date.fromisoformat(country.last_verified)
    except ValueError:
        pytest.fail(f"{country.code}: last_verified must be a date like 2026-11-27, not {country.last_verified!r}")
    today = date.today()  # the real date on purpose: this test is meant to fail once the data gets stale
    assert checked <= today, f"{country.code}: last_verified {checked} is in the future"
    assert today - checked <= timedelta(days=365), (
        f"{country.name} ({country.code}) was last checked on {checked}, more than 12 months ago. {HOW_TO_RECHECK}"
    )


@pytest.mark.parametrize("country", VERIFIED, ids=lambda c: c.code)
def test_every_verified_country_names_its_sources_beside_it(country: Country) -> None:
    comments = [line for line in entry_text(country.code).splitlines() if line.startswith("#")]
    assert any("Sources" in line for line in comments), f"{country.code}: add a '# ... Sources: ...' comment"
    assert any(country.last_verified in line for line in comments), f"{country.code}: say in the comment when"


@pytest.mark.parametrize("country", CARE.countries, ids=lambda c: c.code)
def test_only_an_unchecked_number_asks_the_person_to_check_it(country: Country) -> None:
    asks = "Please check this number" in country.note
    assert asks != country.verified, f"{country.code}: verified = {country.verified}, note = {country.note!r}"


def test_the_countries_of_issue_15_have_helplines_and_are_checked() -> None:
    for code in ("DE", "FR", "ES", "NL", "IT", "AU"):
        country = CARE.country(code)
        assert country is not None and country.verified and country.helplines, code
    germany = CARE.country("DE")
    assert germany is not None and germany.emergency == "112, or 110 for the police"
    assert [h.name for h in germany.helplines] == ["TelefonSeelsorge"]
    assert all(n in germany.helplines[0].contact for n in ("0800 111 0 111", "0800 111 0 222", "116 123"))
    france = CARE.country("FR")
    assert france is not None and "3114" in france.helplines[0].contact and "15" in france.emergency
    italy = CARE.country("IT")
    assert italy is not None and "telefonoamico.it" in italy.helplines[0].hours and "hours" in italy.note


def test_a_german_reader_sees_the_german_helpline_in_german() -> None:
    use_language("de")
    care = load_care(resource("care"))
    assert care.problems == ()
    germany = care.country("DE")
    assert germany is not None and germany.name == "Deutschland"
    (line,) = germany.helplines
    assert line.name == "TelefonSeelsorge"  # its own name, never translated
    assert line.contact.startswith("0800 111 0 111 oder 0800 111 0 222 anrufen")
    assert line.hours.startswith("kostenlos, rund um die Uhr, anonym")
    assert [c.code for c in care.countries[:3]] == ["DE", "AT", "CH"]
    austria = care.country("AT")
    assert austria is not None and austria.name == "Österreich" and "142 anrufen" in austria.helplines[0].contact
