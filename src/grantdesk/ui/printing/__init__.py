"""Printing: the check of what is missing, making the PDF off the window's thread, and sending
it to a printer."""
