"""The window's menus, one module per menu (napari's ``qactions/_file.py`` …): each
defines its :class:`~segmenter_app.ui.window.actions.Menu` of actions; the window builds
its menu bar from :data:`MENUS` in this order."""

from __future__ import annotations

from segmenter_app.ui.window.menus import edit, file, help, settings, view

MENUS = (file.MENU, edit.MENU, view.MENU, settings.MENU, help.MENU)
