# Uncaught user-defined exception raised several method calls deep
class OrderError(Exception):
    pass

class OutOfStock(OrderError):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, only {have} left")
        self.item = item

class Warehouse:
    def __init__(self, stock):
        self.stock = dict(stock)

    def take(self, item, n):
        have = self.stock.get(item, 0)
        if n > have:
            raise OutOfStock(item, n, have)
        self.stock[item] = have - n
        return n

class Shop:
    def __init__(self, warehouse):
        self.warehouse = warehouse
        self.orders = []

    def order(self, item, n):
        got = self.warehouse.take(item, n)
        self.orders.append((item, got))
        return got

    def bulk(self, wanted):
        return [self.order(item, n) for item, n in wanted]

shop = Shop(Warehouse({"apple": 5, "pear": 2}))
print(shop.bulk([("apple", 2), ("pear", 1)]))
try:
    shop.order("pear", 5)
except OrderError as e:
    print("handled:", type(e).__name__, e, e.item)
print(shop.orders, shop.warehouse.stock)
shop.bulk([("apple", 3), ("pear", 2)])
print("not reached")
