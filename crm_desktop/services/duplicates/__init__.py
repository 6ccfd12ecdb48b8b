"""Likely duplicates of leads, contacts and organizations: found, merged, merges undone."""
