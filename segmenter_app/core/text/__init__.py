"""Words and numbers as a person reads them: messages, why and action texts, formatting."""
