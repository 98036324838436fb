"""Whatever bytes arrive in a pull request, validation reports problems and never crashes."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.format.catalogue import check_bytes
from generator.format.problems import Problem

TODAY = dt.date(2026, 11, 27)
PATH = "kims/18/18.07/sinar-harapan-pekalongan.yml"
SEED = open("tests/examples/valid/kims/18/18.07/sinar-harapan-pekalongan.yml", "rb").read()

# Fragments that steer random text toward YAML's corners.
YAMLISH = st.lists(
    st.sampled_from([
        "nama: ", "- ", "  ", "\n", ": ", "{", "}", "[", "]", "&a ", "*a", "!!python/object ", "'", '"',
        "|\n  ", "#", "---\n", "...\n", "<<: ", "? ", "\t", "\r", "\\u202e", "wilayah: 18.07.04.2001",
        "kontak:\n  - jenis: pribadi\n", "bidang: [pertanian", "0274123456", ".nan", "yes", "2026-02-30",
        "javascript:alert(1)", "<script>", "\u200b", "\x00", "é", "\ud7ff",
    ]),
    max_size=40,
).map("".join)


def _check(data: bytes) -> None:
    result = check_bytes(data, PATH, TODAY)
    assert all(isinstance(p, Problem) and p.line >= 1 and p.col >= 1 for p in result.problems)
    for p in result.problems:
        p.message("id"), p.message("en")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data):
    _check(data)


@settings(max_examples=400, deadline=None)
@given(YAMLISH)
def test_yaml_like_text(text):
    _check(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(SEED) - 1), st.binary(min_size=1, max_size=8))
def test_mutated_valid_file(offset, junk):
    _check(SEED[:offset] + junk + SEED[offset:])


def test_alias_bomb_is_refused_at_the_first_alias():
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    result = check_bytes(("\n".join(levels) + "\n").encode(), PATH, TODAY)
    codes = [p.code for p in result.problems]
    assert codes[-1] == "yaml-alias" and codes.count("yaml-alias") == 1
