"""Review (REQUIREMENTS C): the transition tables (who may move what from which state to which) and
the review moves. Status is written here and nowhere else. Other areas use only PUBLIC."""

PUBLIC = ("assignments", "change_transitions", "menu", "moves", "phrases", "report_transitions", "transitions")
