"""The widgets the window is built of: the workspace (table and chart), the threshold
and customer panels, the Team view, the start page and their parts."""
