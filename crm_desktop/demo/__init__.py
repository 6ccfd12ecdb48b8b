"""Realistic multilingual demonstration data, written fast and in batches."""
