"""An application's money: the budget, match funding, the chart, and their shared state."""
