# json.dumps: formatting options, floats, escapes, key conversion
import json

data = {"name": "Heron", "version": 3.11, "tags": ["py", "rust"], "nested": {"a": None, "b": True, "c": False}, "n": -7}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=2, separators=(", ", " = ")))
print(json.dumps([1.0, 0.1, 1e100, 1e-7, -0.0, 2**70, 3.141592653589793]))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
print(json.dumps("caf\u00e9 \U0001f600 \x00\x1f\x7f \"q\" \\ \n\t\r\b\f /"))
print(json.dumps("caf\u00e9 \U0001f600 \x1f", ensure_ascii=False))
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}))
print(json.dumps((1, (2, 3)), indent=1))
print(json.dumps([[], {}, [[]], {"k": {}}], indent=2))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
print(json.dumps({1, 2} and sorted({3, 1, 2})), json.dumps("plain"), json.dumps(None), json.dumps(True))
print(json.dumps(complex(1, 2), default=lambda o: [o.real, o.imag]))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(Enc(indent=1).encode([1, {"a": {2}}]))

class MyInt(int):
    pass

class MyStr(str):
    pass

print(json.dumps([MyInt(5), MyStr("x")]))
