"""Names vulture reports as unused (at 80% confidence) that must stay, each with its reason.

Read by `vulture` through pyproject.toml ([tool.vulture]); never imported or run.
"""

# registry/store.py, _Dumper.increase_indent: PyYAML's emitter calls it with the keyword
# `indentless=`, so the parameter keeps its name; the method ignores it on purpose (lists
# are indented under their key whatever the emitter asks).
indentless  # noqa: B018, F821
