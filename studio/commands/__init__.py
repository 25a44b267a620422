"""Sub-commands of `qalam` added by later features, each in its own module with `register`."""
