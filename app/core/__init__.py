"""The pure-Python heart of Steady: time, exercises and sessions (never imports Qt)."""
