# Seed: "Best Practices / 2. Be Aware of GIL Limitations"
# Use multiprocessing for CPU-bound tasks
from multiprocessing import Process

# Use threading for I/O-bound tasks
import threading

print(Process.__name__, threading.current_thread().name)
