"""The news: feeds and their items, the news screen and the panel of "My work today"."""
