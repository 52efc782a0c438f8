# json.dump / json.load through files and io.StringIO
import io
import json
import os

buf = io.StringIO()
json.dump({"a": [1, 2, 3], "b": "text"}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))

name = "json_files_tmp_%d.json" % os.getpid()
with open(name, "w") as f:
    json.dump([{"id": i, "sq": i * i} for i in range(4)], f)
with open(name) as f:
    print(f.read())
with open(name) as f:
    rows = json.load(f)
print(sum(r["sq"] for r in rows), rows[-1])
os.remove(name)
print(os.path.exists(name))
