"""What changed in an API between two versions, classified for callers of the generated client.

- compare.py: the entry point, `compare(api, old_spec, new_spec)` -> changes.Report
- operations.py, schemas.py, connection.py, extension_changes.py: the spec, `$ref`s resolved
- surface.py: the generated packages' public Python API (griffe)
- rules.py: the one table of change kinds, their class and semver bump
- render.py: text, Markdown, JSON and CHANGELOG.md; accepted.py: the accepted-changes file
- ledger.py, record.py: the committed release ledger behind `__version__` and CHANGELOG.md
- cli.py: `python -m generator diff`
"""
