"""Files Steady reads and writes: resources, exercise files, settings and history."""
