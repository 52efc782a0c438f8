from .b import value_b
value_a = "a+" + value_b
