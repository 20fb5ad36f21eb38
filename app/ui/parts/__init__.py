"""Pieces the screens share: widgets, the pacer and gaze dot, theme, motion, keys, the session driver."""
