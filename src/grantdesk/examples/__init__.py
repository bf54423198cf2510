"""What GrantDesk ships to start from: the first-run example funders, and the demo group that
`grantdesk demo` adds. Their data is JSON under resources/ (funders/ and demo/), read through
the one mapper in domain/plain.py."""
