# Seed: "Best Practices / 5. Profile Before Optimizing"
# cProfile.run prints timings (they vary); profile the same call and print the call count.
import cProfile
import pstats

def my_function():
    # Code to profile
    pass

profiler = cProfile.Profile()
profiler.runcall(my_function)
stats = pstats.Stats(profiler)
calls = [v[1] for k, v in stats.stats.items() if k[2] == "my_function"]
print(calls)
