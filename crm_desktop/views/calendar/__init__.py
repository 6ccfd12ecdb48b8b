"""The calendar screen: month, week and day views."""
