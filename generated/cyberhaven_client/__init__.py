"""A client library for accessing Cyberhaven API"""

from ._version import __generator_version__, __spec_version__, __version__
from .client import AuthenticatedClient, Client
from .connect import connect, connect_async
from .profile import PROFILE, SPEC_SHA256
from .resources import *  # the resource clients (resources.__all__), e.g. `Sevco` and `AsyncSevco`

__all__ = (
    "PROFILE",
    "SPEC_SHA256",
    "AuthenticatedClient",
    "Client",
    "connect",
    "connect_async",
)
