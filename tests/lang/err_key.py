# ends with an uncaught KeyError
prices = {"apple": 1.25, "pear": 0.8}
order = ["apple", "pear", "apple"]
total = 0
print(sorted(prices), list(prices.values()))
print("apple" in prices, "kiwi" in prices)
prices.setdefault("fig", 2.0)
for item in order:
    total += prices[item]
print(round(total, 2))
print(prices.get("kiwi", "n/a"))
try:
    prices["kiwi"]
except KeyError as e:
    print("caught:", repr(e), e.args)
inventory = {(1, 2): "box"}
print(inventory[(1, 2)])
order.append("banana")
for item in order:
    print(item, prices[item])
print("not reached")
