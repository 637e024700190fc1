"""The explorer's screens: main (articles, actors, text, agreements), search, actor, agreement, help."""
