"""`python -m contract_check API [options]`: the same as the `api-contract-check` command."""

import sys

from .cli import main

sys.exit(main())
