"""Quotes and sales orders: documents, their lines and totals."""
