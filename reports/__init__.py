"""Reports of steered evaluations: the rich terminal report (:mod:`.terminal`)."""
