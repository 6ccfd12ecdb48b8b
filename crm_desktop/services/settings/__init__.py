"""The office's settings: company, currencies, tax rates."""
