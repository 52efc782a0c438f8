from typing import Any, List, Dict, Tuple, Set, Optional, Union, Callable, Iterable, Iterator, TypeVar, Generic, Protocol, NamedTuple, TypedDict, cast, TYPE_CHECKING, overload, final, Sequence, Mapping, ClassVar, Literal
import typing

T = TypeVar('T')

def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

class Greeter(Protocol):
    def greet(self) -> str: ...

class Emp(NamedTuple):
    name: str
    id: int = 3

class Movie(TypedDict):
    title: str
    year: int

print(first([1, 2]), Box(5).item, TYPE_CHECKING, cast(int, "x"))
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Callable[[int], str])
print(List, Any, T, Union[int, None], Set[str], Sequence[int], Mapping[str, List[int]])
e = Emp('a')
print(e, e._fields, Emp('b', 5).id, isinstance(e, tuple))
m = Movie(title='x', year=1)
print(m, type(m) is dict)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), Union[int, Union[str, int]])
def f(x: Dict[str, Any], y: Callable[..., None] = print) -> Iterator[int]:
    yield 1
print(list(f({})), f.__annotations__['x'])
print(ClassVar[int], Literal['a', 1], Box[int])
print(isinstance([], typing.List), List[int] == List[int])
