# json.loads: values, hooks, round trips
import json
from collections import OrderedDict

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}}'))
print(json.loads('  "esc \\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 \\ud83d\\ude00"  '))
print(json.loads("[]"), json.loads("{}"), json.loads("0"), json.loads("-0"), json.loads("-0.0"), json.loads("1E+2"))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads("123456789012345678901234567890"), json.loads("1.5e300"))
print(json.loads(b'{"bytes": 1}'), json.loads(bytearray(b"[2]")))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"x": 1.5, "y": 2}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('[NaN]', parse_constant=lambda c: "const:" + c))
print(json.loads('"a\\tb"'), json.loads('"a\tb"', strict=False))
print(json.loads("\n\t [ 1 ,\n 2 ] \r\n"))
obj = {"k": [1, {"z": [None, "s", 2.0]}], "u": "\u00fc"}
print(json.loads(json.dumps(obj)) == obj, json.loads(json.dumps(obj, indent=4)) == obj)
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} tail'))
print(dec.decode(' [1] '))
