# json error paths: JSONDecodeError messages and positions, encoder TypeErrors
import json

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for doc in ["", "   ", "[", "]", "{", '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', "[1,]",
            "[1 2]", '{"a" 1}', "{1:2}", '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"',
            "nul", "tru", "01", "1.", "1e", "-", "--1", "1 2", "[1]x", '\n\n  {"a": [1, 2,\n  ]}',
            "truex", "[1,,2]", '{"a":1 "b":2}', '"', "'single'", "\ufeff[]", "[-]", "{'a': 1}"]:
    t(lambda: json.loads(doc))

try:
    json.loads('[1, 2,\n oops]')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc), isinstance(e, ValueError))

t(lambda: json.loads(5))
t(lambda: json.loads(None))
t(lambda: json.dumps(object.__new__(object)) and None)
t(lambda: json.dumps({"a": {1, 2}}))
t(lambda: json.dumps({(1, 2): 3}))
t(lambda: json.dumps(float("nan"), allow_nan=False))
t(lambda: json.dumps({"b": 1, 2: "a"}, sort_keys=True))
t(lambda: json.dumps(b"bytes"))
cyc = []
cyc.append(cyc)
t(lambda: json.dumps(cyc))
d = {}
d["self"] = d
t(lambda: json.dumps(d))
print(json.JSONDecodeError.__module__, json.JSONDecodeError.__name__)
