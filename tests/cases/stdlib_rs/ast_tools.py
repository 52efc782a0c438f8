# ast helpers: positions, walk, NodeVisitor, NodeTransformer, literal_eval, get_docstring.
import ast

tree = ast.parse("def f(x):\n    '''Doc.\n\n    more'''\n    return x + foo(bar)\n")
fn = tree.body[0]
print(type(fn).__name__, fn.name, fn.lineno, fn.col_offset, fn.end_lineno, fn.end_col_offset)
print(ast.get_docstring(fn))
print([type(n).__name__ for n in ast.walk(tree)])
print([type(n).__name__ for n in ast.iter_child_nodes(fn)])
print([k for k, v in ast.iter_fields(ast.Name(id='q', ctx=ast.Load()))])
print(isinstance(fn, ast.stmt), isinstance(fn, ast.AST), ast.FunctionDef._fields)


class Names(ast.NodeVisitor):
    def visit_Name(self, node):
        print('Name', node.id, node.lineno, node.col_offset, node.end_col_offset)


Names().visit(tree)


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.Constant(value=node.value * 2)
        return node


t2 = Double().visit(ast.parse("y = 1 + 20"))
print(ast.dump(t2))

for s in ["1", "-2.5", "(1, [2, 3], {'a': None})", "{1, 2}", "set()", "1+2j", "b'x'", "True"]:
    print(repr(ast.literal_eval(s)))
try:
    ast.literal_eval("f(x)")
except ValueError as e:
    print("ValueError", str(e).split(':')[0])
try:
    ast.parse("x = (")
except SyntaxError as e:
    print("SyntaxError", e.lineno)
node = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))
print(ast.dump(node))
print(eval(compile("1+1", "<s>", "eval")))
