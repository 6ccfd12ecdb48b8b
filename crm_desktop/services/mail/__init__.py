"""Mail: a user's accounts (sending and receiving), sending messages, fetching a mailbox."""
