# Uncaught KeyError for a missing string key
config = {"host": "localhost", "port": 8080}
print(config["host"], config["port"])
print(config.get("timeout"), config.get("timeout", 30))
print("timeout" in config, sorted(config))
config.setdefault("retries", 3)
print(config)
print(config.pop("missing", "no such key"))
del config["retries"]
print(config)
print(config["timeout"])
