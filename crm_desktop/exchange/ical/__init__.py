"""iCalendar (.ics) import and export of activities."""
