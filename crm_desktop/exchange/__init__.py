"""File formats in and out of the program. No Qt."""
