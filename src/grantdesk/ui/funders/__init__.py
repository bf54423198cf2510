"""Funders and their forms: the list, the editor, and dialogs showing a whole form."""
