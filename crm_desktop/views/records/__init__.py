"""The generic list and form of any record type, and their dialogs."""
