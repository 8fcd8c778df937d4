"""One spec-driven ASGI mock server for any of our vendor APIs (see mock_servers/README.md).

app = create_app("cyberhaven", seed=0)        # a Starlette app; app.state.mock is the controller
with serve_in_thread(app) as base_url: ...     # a real uvicorn server on 127.0.0.1, any free port
"""

from __future__ import annotations

from .app import ConnectionDropped, MockApp, MockController, create_app
from .clock import MockClock
from .errors import ApiError
from .faults import FAULT_KINDS, Fault, FaultError, FaultRegistry
from .server import main, serve_in_thread
from .spec import Spec, SpecLoadError, available_apis

__all__ = [
    "FAULT_KINDS",
    "ApiError",
    "ConnectionDropped",
    "Fault",
    "FaultError",
    "FaultRegistry",
    "MockApp",
    "MockClock",
    "MockController",
    "Spec",
    "SpecLoadError",
    "available_apis",
    "create_app",
    "main",
    "serve_in_thread",
]
