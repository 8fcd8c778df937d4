"""The user-facing runtime of the generated clients (hand-written).

`auth_plugins/` is the auth and transport layer: what plugs into httpx (auth flows, retries, limits,
typed errors, secrets). This package is what a user touches above it and what generated code calls
to stay thin: lenient model parsing, resource classes, paging objects, argument conversion.
Nothing here names a vendor; vendor behaviour comes from the generated profile of each package.
"""
