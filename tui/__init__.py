"""pactscope's terminal interface: the command line and the Textual explorer."""
