"""The history of every record: writing it with each change, reading it back."""
