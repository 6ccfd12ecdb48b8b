"""Mail formats: IMAP's FETCH answers and body structures, message headers and text parts."""
