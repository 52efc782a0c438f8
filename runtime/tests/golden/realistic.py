"""A small inventory program touching many constructs at once."""
import json
from collections import defaultdict


class InventoryError(Exception):
    pass


class Item:
    __slots__ = ("name", "price", "qty")

    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, qty={self.qty})"

    @property
    def value(self):
        return self.price * self.qty


class Inventory:
    def __init__(self):
        self._items = {}
        self._log = defaultdict(list)

    def add(self, item):
        if item.name in self._items:
            raise InventoryError(f"duplicate {item.name}")
        self._items[item.name] = item
        self._log[item.name].append(("add", item.qty))

    def take(self, name, n=1):
        try:
            item = self._items[name]
        except KeyError:
            raise InventoryError("no such item: %s" % name) from None
        if item.qty < n:
            return False
        item.qty -= n
        self._log[name].append(("take", n))
        return True

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda i: (-i.value, i.name))

    def total(self):
        return sum(i.value for i in self)

    def report(self):
        lines = [f"{i.name:<10}{i.qty:>5}{i.value:>10.2f}" for i in self if i.qty]
        return "\n".join(lines) or "(empty)"


def main(argv=None):
    inv = Inventory()
    for name, price, qty in [("apple", 0.5, 10), ("pear", 0.75, 4), ("fig", 2.0, 0)]:
        inv.add(Item(name, price, qty))
    while inv.take("apple", 3):
        pass
    with open("inventory.json", "w") as f:
        json.dump({i.name: i.qty for i in inv}, f)
    print(inv.report(), inv.total(), sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
