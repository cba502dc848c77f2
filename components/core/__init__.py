"""The core: pure values and rules, no drawing, no session (see README, How it works)."""
