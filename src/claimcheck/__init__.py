"""claimcheck: extract checkable claims from report drafts and flag what does not add up."""

__version__ = "0.1.0"
