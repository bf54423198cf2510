import pytest

from grantdesk.domain.organisation import NumberError, OrganisationKind, parse_count, parse_year


def test_numbers_are_asked_for_only_where_they_apply():
    assert OrganisationKind.REGISTERED_CHARITY.has_charity_number
    assert not OrganisationKind.REGISTERED_CHARITY.has_company_number
    assert OrganisationKind.COMPANY_LIMITED_BY_GUARANTEE.has_company_number
    assert OrganisationKind.COMMUNITY_INTEREST_COMPANY.has_company_number
    assert not OrganisationKind.UNCONSTITUTED_GROUP.has_charity_number
    assert not OrganisationKind.UNCONSTITUTED_GROUP.has_company_number
    assert all(kind.label for kind in OrganisationKind)


def test_counts_and_years():
    assert parse_count("1,200", "volunteers") == 1200
    assert parse_count(" ", "volunteers") is None
    for nothing in ("none", "Nil", " no ", "None.", "zero"):
        assert parse_count(nothing, "paid staff") == 0
    assert parse_year("2011", 2026) == 2011
    with pytest.raises(NumberError, match="number of volunteers in figures"):
        parse_count("about ten", "volunteers")
    with pytest.raises(NumberError, match="between 1800 and 2026"):
        parse_year("2031", 2026)
    with pytest.raises(NumberError, match="four figures"):
        parse_year("'11", 2026)
