# Uncaught KeyError whose key is a tuple
grid = {(r, c): r * c for r in range(3) for c in range(3)}

def cell(r, c):
    return grid[r, c]

def row_sum(r, width):
    return sum(cell(r, c) for c in range(width))

def safe_cell(r, c):
    try:
        return cell(r, c)
    except KeyError as e:
        print("handled KeyError", e)
        return 0

print(row_sum(1, 3))
print(row_sum(2, 3))
print(safe_cell(5, 5))
print(row_sum(2, 4))
print("not reached")
