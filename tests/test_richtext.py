"""KIM-written Markdown: the small subset, sanitised, and the fast path identical to it."""

import nh3
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.site import richtext
from generator.site.richtext import render_markdown


def full_path(text: str) -> str:
    """What markdown-it plus the sanitiser make of a text, without the fast path."""
    html = richtext._MD.render(text)
    return nh3.clean(html, tags=richtext._TAGS, attributes={"a": {"href"}}, url_schemes={"https", "http"},
                     link_rel="nofollow ugc noopener", attribute_filter=richtext._filter,
                     strip_comments=True).strip()


def test_subset_and_sanitising():
    html = render_markdown("Halo *dunia* <script>x</script> [a](javascript:alert(1)) [b](https://a.example.org)\n\n- satu\n- dua")
    assert "<em>dunia</em>" in html
    assert "&lt;script&gt;" in html
    assert 'href="javascript' not in html
    assert '<a href="https://a.example.org" rel="nofollow ugc noopener">b</a>' in html
    assert "<ul>\n<li>satu</li>" in html


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Z1.,;:()'\"&!#|~=-+%\n\t\r  é2)\u00a0\u3000")), max_size=120))
def test_fast_path_equals_the_full_path(text):
    render_markdown.cache_clear()
    assert str(render_markdown(text)) == full_path(text)
