# Seed: "Best Practices / 3. Understand Scope"
# Know LEGB rule
# Use global/nonlocal when needed
