"""Messages to a segment: the New message dialog, sending by e-mail in the background,
the chat apps' walk, and the Messages screen with the send log."""
