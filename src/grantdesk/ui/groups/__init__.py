"""Groups on one computer: choosing one, adding one, and locking a group's work away."""
