"""Operations on GitHub: the API client, the review-ownership decision for pull requests,
the weekly link check and the pull request's validation summary.

May import `generator.format` and `generator.model`; never the site or MkDocs.
"""
