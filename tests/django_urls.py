"""The URLconf of the Django glue tests (tests/test_receivers.py sets its routes)."""

from __future__ import annotations

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
