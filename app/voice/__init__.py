"""The optional offline voice: synthesis in a separate process, playback that never blocks."""
