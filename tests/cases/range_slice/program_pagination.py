# Program-like: pagination and windowing with ranges and slices
items = [f'item{i:02d}' for i in range(1, 24)]
per_page = 5
pages = range(0, len(items), per_page)
print('pages:', len(pages), repr(pages))
for n, start in enumerate(pages, 1):
    window = slice(start, start + per_page)
    page = items[window]
    print(f'page {n}/{len(pages)}', window.indices(len(items)), page[0], '...', page[-1], len(page))
def page_numbers(current, total, radius=2):
    lo = max(1, current - radius)
    hi = min(total, current + radius)
    nums = list(range(lo, hi + 1))
    if lo > 1:
        nums = [1, '...'] + nums if lo > 2 else [1] + nums
    if hi < total:
        nums = nums + ['...', total] if hi < total - 1 else nums + [total]
    return nums
for cur in [1, 3, 5, 9, 10]:
    print(cur, page_numbers(cur, 10))
signal = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7]
k = 4
moving = [sum(signal[i:i + k]) / k for i in range(len(signal) - k + 1)]
print('moving avg:', moving)
print('every third:', signal[::3], 'reversed pairs:', list(zip(signal[::-2], signal[-2::-2]))[:4])
rows, cols = 3, 4
flat = list(range(rows * cols))
grid = [flat[r * cols:(r + 1) * cols] for r in range(rows)]
print(grid, [flat[c::cols] for c in range(cols)])
diag = [grid[i][i] for i in range(min(rows, cols))]
print('diag', diag, 'anti', [grid[i][cols - 1 - i] for i in range(rows)])
batches = [list(range(100))[i:i + 30] for i in range(0, 100, 30)]
print([len(b) for b in batches], [b[-1] for b in batches])
print(list(range(10, -1, -2)), list(range(0, 50, 7))[-3:], range(0, 50, 7)[-3:])
