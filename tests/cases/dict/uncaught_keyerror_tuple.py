# Uncaught KeyError whose key is a tuple
board = {(0, 0): "X", (1, 1): "O", (0, 2): "X"}
for r in range(3):
    print("".join(board.get((r, c), ".") for c in range(3)))
print(sorted(board), (1, 1) in board, (2, 2) in board)
board[2, 2] = "O"
print(board[2, 2], len(board))
del board[2, 2]
print(sorted(board.items()))
for pos in [(0, 0), (1, 1), (2, 2)]:
    print(pos, board[pos])
