"""The database as a whole: backups, restore, transfer, presence."""
