"""A campaign's form parts and tabs: its results, its members, the messages sent."""
