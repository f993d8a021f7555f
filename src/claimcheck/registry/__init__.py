"""The registry of reviewed claims: YAML entries under a repository's ``claims/`` folder
(``store``: entry models, loading, validation), how a draft's claims match them
(``matching``), the statuses and proposed entries (``review``), where the registry is
(``paths``) and the ClaimReview export (``claimreview``); the ``claimcheck claims`` and
``claimcheck status`` commands are :mod:`claimcheck.commands`.

It sits above extraction and below the rules that read it (RG). The old module names
``claimcheck.claims.registry``, ``.matching``, ``.review``, ``.commands`` and
``.claimreview`` still import these modules.
"""
