# Seed: "Memory Management / Garbage Collection"
# gc.get_stats() counts collections (varies); print its shape instead.
import gc

# Automatic garbage collection
print(type(gc.collect()).__name__)  # Force collection

# View statistics
stats = gc.get_stats()
print(type(stats).__name__, len(stats), sorted(stats[0]))
