"""App-level services the composition root wires in: tray, small window, voice narration, hand-over, placement."""
