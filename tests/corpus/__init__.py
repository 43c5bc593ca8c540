"""Bad input files for the corpus tests, generated from a valid base."""
