"""The explorer's widgets: lists, the article text view, and shared labels."""
