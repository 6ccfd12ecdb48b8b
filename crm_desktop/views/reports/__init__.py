"""The reports screen: the figures as tables, exported to CSV, Excel or PDF."""
