"""pactscope's tests, arranged like the code: one folder per layer."""
