"""Downloadable documents: each full syllabus, the programme passport and the study plan as DOCX and PDF."""
