"""The generator's own YAML files (generator/data/) read alike by libyaml, which the build
uses, and by PyYAML's pure-Python loader, which a machine without libyaml falls back to: the
two disagree on some plain scalars, so a maintainer's edit could pass on one and not the other."""

from __future__ import annotations

import pytest
import yaml

from generator.model import datafiles

FILES = sorted(datafiles.PACKAGE.rglob("*.yml"))


def test_every_data_file_is_checked():
    assert {f.name for f in FILES} >= {"antarmuka.yml", "kosakata.yml", "kelembagaan.yml"}


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="libyaml is not installed")
@pytest.mark.parametrize("file", FILES, ids=lambda f: f.name)
def test_both_loaders_read_a_data_file_alike(file):
    text = file.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=yaml.CSafeLoader) == yaml.load(text, Loader=yaml.SafeLoader)
    assert datafiles.read_yaml(file) == yaml.load(text, Loader=yaml.SafeLoader)


def test_the_loaders_do_disagree_where_the_check_looks():
    """The case the check exists for, so that it cannot pass by reading nothing."""
    text = "- {id: Cari di direktori?, en: Search?}\n"
    with pytest.raises(yaml.YAMLError):
        yaml.load(text, Loader=yaml.SafeLoader)
    if hasattr(yaml, "CSafeLoader"):
        assert yaml.load(text, Loader=yaml.CSafeLoader)[0]["en"] == "Search?"
