"""A list shown as a board: columns of cards, dragged from one column to another."""
