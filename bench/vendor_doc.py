"""The class Cyberhaven's "API Authentication" article tells users to write ("Advanced Python with Error
Handling"; /work/shared/seeds/002_e455385cbc9c4d9a.txt): what a user writes by hand instead of our client.

Copied as the article shows it. Only type hints are added (so mypy --strict reads it) and the `ruff: noqa`
below keeps the article's exception style. The benchmarks point it at the mock by setting `base_url` after
construction (the article builds `https://{tenant}`, and the mock listens on plain http on loopback).
"""
# ruff: noqa: B904

import time
from datetime import datetime, timedelta
from typing import Any

import requests


class CyberhavenAPI:
    def __init__(self, api_key: str, tenant: str, max_retries: int = 3) -> None:
        self.api_key = api_key
        self.base_url = f"https://{tenant}"
        self.access_token: str | None = None
        self.token_expires: datetime | None = None
        self.max_retries = max_retries

    def get_access_token(self) -> str:
        """Get access token with error handling"""
        url = f"{self.base_url}/v2/auth/token/access"
        payload = {"api_key": self.api_key}

        try:
            response = requests.post(url, json=payload, timeout=30)
            response.raise_for_status()

            data = response.json()
            self.access_token = data["access_token"]
            self.token_expires = datetime.now() + timedelta(minutes=14)

            return str(self.access_token)
        except requests.exceptions.RequestException as e:
            raise Exception(f"Authentication failed: {e}")

    def make_request(self, method: str, endpoint: str, data: Any = None) -> Any:
        """Make request with retry logic and automatic token refresh"""
        for attempt in range(self.max_retries):
            try:
                # Refresh token if needed
                if not self.access_token or datetime.now() >= self.token_expires:  # type: ignore[operator]
                    self.get_access_token()

                url = f"{self.base_url}{endpoint}"
                headers = {"Authorization": f"Bearer {self.access_token}", "Content-Type": "application/json"}

                response = requests.request(method, url, headers=headers, json=data, timeout=60)

                # Handle token expiry
                if response.status_code == 401:
                    self.access_token = None  # Force token refresh
                    continue

                response.raise_for_status()
                return response.json()

            except requests.exceptions.RequestException as e:
                if attempt == self.max_retries - 1:
                    raise Exception(f"Request failed after {self.max_retries} attempts: {e}")
                time.sleep(2**attempt)  # Exponential backoff
        return None  # the article's loop ends here (every attempt got a 401)
