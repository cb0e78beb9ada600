"""The plan (REQUIREMENTS B): the draft and its fields, validation, attachments, search, export,
statistics with their cube (tally) and the plan's mails. Other areas use only the modules in PUBLIC."""

PUBLIC = ("attachment_limits", "attachments", "documents", "draft", "export", "fields", "mails", "next_plan", "readable", "search",
          "statistics", "tally", "validation", "worker_withdrawal")
