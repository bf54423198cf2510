"""GrantDesk's resources (fonts, example funders, icons, translations), installed as package
data of grantdesk.resources; grantdesk.paths.resources_dir() finds them."""
