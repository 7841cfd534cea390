"""Project file, snapshot, recovery journal, update from a newer list."""
