"""Activities: the calendar, repeats, reminders, history, my work."""
