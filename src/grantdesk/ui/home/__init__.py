"""The home screen: every application, what is coming up, and starting, copying and deleting."""
