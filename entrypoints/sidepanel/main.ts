// Reader UI: filled in by the extension issue.
