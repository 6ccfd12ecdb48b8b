"""Contracts: renewal reminders as tasks, expiry when the end passes, renewing."""
