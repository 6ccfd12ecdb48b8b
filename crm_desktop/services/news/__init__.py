"""News: RSS and Atom subscriptions, fetched in the background, their items read and starred."""
