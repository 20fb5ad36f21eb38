"""Screens: what fills the window, one at a time (the start screen, exercises, care and history)."""
