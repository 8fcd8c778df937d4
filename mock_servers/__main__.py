"""`python -m mock_servers sevco --port 8001`."""

from __future__ import annotations

import sys

from .server import main

if __name__ == "__main__":
    sys.exit(main())
