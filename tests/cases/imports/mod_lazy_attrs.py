"""A module with PEP 562 __getattr__ and __dir__."""
eager = 'eager value'
_calls = []
def __getattr__(name):
    _calls.append(name)
    if name.startswith('lazy_'):
        return name[5:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ['eager', 'lazy_one', 'lazy_two']
