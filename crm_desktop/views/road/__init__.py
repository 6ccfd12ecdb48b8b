"""Road copies in the window: taking one, syncing it, deciding its conflicts."""
