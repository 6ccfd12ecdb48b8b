"""RSS and Atom feeds: their bytes, in whatever encoding, read into plain items."""
