value_b = "b"
