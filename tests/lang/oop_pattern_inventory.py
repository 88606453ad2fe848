# Inventory system: composition, class methods, __iter__, __contains__, sorting
class Item:
    def __init__(self, sku, name, price):
        self.sku, self.name, self.price = sku, name, price
    def __repr__(self):
        return f"Item({self.sku!r})"
    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku
    def __hash__(self):
        return hash(self.sku)

class Inventory:
    def __init__(self):
        self.stock = {}

    @classmethod
    def from_rows(cls, rows):
        inv = cls()
        for sku, name, price, qty in rows:
            inv.add(Item(sku, name, price), qty)
        return inv

    def add(self, item, qty=1):
        self.stock[item] = self.stock.get(item, 0) + qty
        return self

    def remove(self, item, qty=1):
        have = self.stock.get(item, 0)
        if qty > have:
            raise ValueError(f"only {have} of {item.name} in stock, {qty} requested")
        if have == qty:
            del self.stock[item]
        else:
            self.stock[item] = have - qty

    def __contains__(self, item):
        return item in self.stock

    def __iter__(self):
        return iter(sorted(self.stock, key=lambda i: i.sku))

    def __len__(self):
        return sum(self.stock.values())

    def __getitem__(self, sku):
        for item in self.stock:
            if item.sku == sku:
                return item
        raise KeyError(sku)

    def value(self):
        return round(sum(i.price * q for i, q in self.stock.items()), 2)

    def __add__(self, other):
        merged = Inventory()
        for inv in (self, other):
            for item, q in inv.stock.items():
                merged.add(item, q)
        return merged

inv = Inventory.from_rows([("B2", "bolt", 0.25, 100), ("N1", "nut", 0.1, 250), ("W9", "washer", 0.05, 40)])
print(list(inv), len(inv), inv.value())
bolt = inv["B2"]
print(bolt.name, bolt in inv, Item("B2", "other name", 9) in inv)
inv.remove(bolt, 60)
print(inv.stock[bolt], len(inv))
try:
    inv.remove(bolt, 41)
except ValueError as e:
    print(type(e).__name__, e)
inv.remove(bolt, 40)
print(bolt in inv, list(inv))
try:
    inv["B2"]
except KeyError as e:
    print(type(e).__name__, e)
other = Inventory().add(Item("N1", "nut", 0.1), 5).add(Item("S3", "screw", 0.3), 10)
total = inv + other
print(list(total), len(total), total.value(), [total.stock[i] for i in total])
print(sorted(total, key=lambda i: -i.price), max(total, key=lambda i: total.stock[i]))
