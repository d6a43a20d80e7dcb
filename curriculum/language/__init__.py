"""Words in Kazakh, Russian and English: inflection, scripts, dates, and which translations are missing or out of date."""
