"""The lowest floor: column roles and their synonyms, and the header search the reader child uses too."""
