"""Findings: what the rules report, and what happens to them afterwards.

``model`` defines :class:`Finding`; ``suppress`` applies inline suppression comments.
"""

from claimcheck.findings.model import Finding, Related, Severity

__all__ = ["Finding", "Related", "Severity"]
