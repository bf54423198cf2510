"""The rules of the trade, in plain Python: no Qt, no SQL, nothing of ours below."""
