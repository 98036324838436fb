import datetime as dt

import pytest

# Tests pin "today" so that staleness, future dates and golden files never drift.
TODAY = dt.date(2026, 11, 27)


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite expected outputs and golden files from the current code",
    )


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture
def today() -> dt.date:
    return TODAY
