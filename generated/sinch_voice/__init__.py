"""A client library for accessing Sinch Voice API - Applications"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
