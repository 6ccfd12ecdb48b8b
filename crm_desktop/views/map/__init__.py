"""The customer map: a list's customers at their address's city on an offline map, to
see where they are and plan visits to them."""
