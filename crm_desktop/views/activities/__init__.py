"""Activities: their form, history tabs and reminders."""
