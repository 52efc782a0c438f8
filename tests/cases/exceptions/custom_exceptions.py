class AppError(Exception):
    """Base application error."""
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"not found: {key}")
        self.key = key
class Invalid(AppError):
    def __str__(self):
        return "invalid!" + repr(self.args)
try:
    raise NotFound("user42")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
try:
    raise Invalid(1, 2)
except Invalid as e:
    print(str(e), repr(e))
print(NotFound.__mro__[1].__name__, issubclass(NotFound, Exception))
print(AppError.__doc__)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"
print(repr(WithRepr("x")), str(WithRepr("x")))
raise NotFound("final")
