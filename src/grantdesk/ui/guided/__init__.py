"""The guided path through one application: details, each question of the funder's form, and
after the decision.

It places the budget (money/) and the plan (plan/) helpers beside the questions that ask for
them, and shows a funder's whole form (funders/): the only screen packages it imports.
"""
