from __future__ import annotations

x: list[int] = []

def f(a: Dict[str,  int], b: Optional[C] = None) -> Tuple[int, ...]:
    return a
