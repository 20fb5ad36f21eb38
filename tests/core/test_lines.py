"""Gentle lines never repeat within a session until every one has been shown."""

from app.core.lines import LineDeck


def test_no_line_repeats_until_all_have_been_shown() -> None:
    deck = LineDeck([f"line {i}" for i in range(12)], seed=3)
    first = [deck.next() for _ in range(12)]
    assert sorted(first) == sorted(f"line {i}" for i in range(12))
    assert deck.next() in first  # only then does the deck start again


def test_duplicates_and_blanks_in_the_data_are_dealt_once_and_an_empty_deck_says_nothing() -> None:
    deck = LineDeck(["a", "a", "", "b"], seed=1)
    assert sorted([deck.next(), deck.next()]) == ["a", "b"]
    assert LineDeck([]).next() == ""
