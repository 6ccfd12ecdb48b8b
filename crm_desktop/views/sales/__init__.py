"""Sales screens: lead conversion, an opportunity's stage history."""
