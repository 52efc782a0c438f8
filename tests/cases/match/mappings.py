# Mapping patterns: keys, **rest, extra keys, get() lookups.
import collections
import collections.abc


def m(v):
    match v:
        case {}:
            if not v:
                return "empty mapping"
            match v:
                case {"type": "point", "x": x, "y": y}:
                    return f"point {x},{y}"
                case {"type": "circle", "r": r, **rest}:
                    return f"circle r={r} rest={rest}"
                case {1: one, 2.0: two}:
                    return f"numeric keys {one} {two}"
                case {"k": [a, *_]}:
                    return f"nested {a}"
                case {**everything}:
                    return f"anything: {sorted(everything.items())}"
        case _:
            return "not a mapping"


values = [{}, {"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1},
          {"type": "circle", "r": 3, "color": "red", "z": 0},
          {1: "a", 2: "b", 3: "c"}, {"k": [9, 8]}, {"k": "str"}, {"q": 1},
          collections.OrderedDict(a=1), [("a", 1)], "not"]
for v in values:
    print(m(v))

# defaultdict: lookups use get(), so missing keys are not created.
dd = collections.defaultdict(list)
dd["present"] = 1
match dd:
    case {"present": p, "absent": a}:
        print("matched", p, a)
    case {"present": p}:
        print("only present", p, "keys now", sorted(dd))


# A Mapping subclass with a custom get.
class Config(collections.abc.Mapping):
    def __init__(self, **kw):
        self.data = kw

    def __getitem__(self, k):
        return self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def get(self, k, default=None):
        print("  get", repr(k))
        return self.data.get(k, default)


match Config(host="h", port=80):
    case {"host": h, "port": int(p), **rest}:
        print("config", h, p, rest, type(rest).__name__)


# Value patterns as keys.
class K:
    A = "a"
    B = "b"


match {"a": 1, "b": 2}:
    case {K.A: x, K.B: y}:
        print("value keys", x, y)

# Two value keys that turn out equal: ValueError at run time.
class K2:
    A = "a"
    B = "a"


try:
    match {"a": 1}:
        case {K2.A: x, K2.B: y}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

# rest is a new dict without the matched keys.
d = {"a": 1, "b": 2}
match d:
    case {"a": _, **others}:
        others["new"] = 3
        print(others, d)
