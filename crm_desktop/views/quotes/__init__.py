"""Quotes and sales orders: the form, its lines and totals, printing."""
