"""Cases: due times from the response targets per priority, the queue's order, closing."""
