# Uncaught KeyError whose key is a tuple
board = {(0, 0): "X", (1, 1): "O"}
for pos in [(0, 0), (1, 1), (2, 2)]:
    print(pos, board[pos])
