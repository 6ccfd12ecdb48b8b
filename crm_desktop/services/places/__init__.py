"""Customers on a map: records placed by their address at city level, offline."""
