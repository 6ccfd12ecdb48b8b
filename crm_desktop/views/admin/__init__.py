"""Settings and the database's own actions (open, backup, restore)."""
