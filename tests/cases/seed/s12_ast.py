# Seed: "Bytecode and Compilation / Compilation Process"
# Source code -> AST -> Bytecode -> Execution

import ast

code = "x = 1 + 2"
tree = ast.parse(code)
print(ast.dump(tree))
