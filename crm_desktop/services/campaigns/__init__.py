"""Campaigns: their members (leads and contacts with a response each) and their results."""
