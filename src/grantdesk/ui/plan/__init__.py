"""An application's plan (needs, inputs, outputs, outcomes), its exit strategy, and the drafts
written from them. The plan page links inputs to budget categories, so it reads money/."""
