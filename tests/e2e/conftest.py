"""End-to-end tests use the UI fixtures (offscreen Qt, isolated settings and data)."""

from tests.ui.conftest import isolated_settings, opened, window  # noqa: F401
