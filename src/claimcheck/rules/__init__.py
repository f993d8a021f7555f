"""The rule catalogue (see ``catalogue``); one module per rule."""
