x = 1
raise ValueError("error during import of mod_raises")
