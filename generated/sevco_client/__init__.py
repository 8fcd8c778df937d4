"""A client library for accessing Sevco API"""

from .client import AuthenticatedClient, Client
from .connect import connect
from .profile import PROFILE, SPEC_SHA256

__all__ = (
    "PROFILE",
    "SPEC_SHA256",
    "AuthenticatedClient",
    "Client",
    "connect",
)
