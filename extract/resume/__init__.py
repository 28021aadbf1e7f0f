"""Resume extractors: experience, education, skills, publications, patents, awards, projects."""
