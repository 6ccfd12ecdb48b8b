"""The command line: the window by default, and the admin commands."""
