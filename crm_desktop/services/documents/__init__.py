"""Documents: files kept inside the database, attached to any record, with their versions."""
