"""GitHub's REST API through urllib: the few calls the repository's workflows make.

Standard library only: the ownership workflow installs nothing but PyYAML.
"""

from __future__ import annotations

import json
import urllib.request
from typing import Any


class GitHubAPI:
    def __init__(self, token: str, repo: str, api: str = "https://api.github.com") -> None:
        self.token, self.repo, self.api = token, repo, api.rstrip("/")

    def request(self, method: str, path: str, body: Any = None) -> Any:
        """`path` is relative to the repository, e.g. "/issues?state=open"."""
        url = f"{self.api}/repos/{self.repo}{path}"
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(url, data=data, method=method, headers={
            "Authorization": f"Bearer {self.token}",
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
            "User-Agent": "direktori-kim",
            **({"Content-Type": "application/json"} if data is not None else {}),
        })
        with urllib.request.urlopen(req, timeout=30) as response:  # noqa: S310 (fixed https API)
            raw = response.read()
        return json.loads(raw) if raw else None
