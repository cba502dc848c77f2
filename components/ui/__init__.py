"""The UI: each panel draws what it is given and returns what happened."""
