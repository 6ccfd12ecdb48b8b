"""Importing CSV and vCard files into records, as batches that can be undone (no Qt)."""
