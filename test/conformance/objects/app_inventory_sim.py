# A small simulation: classes with properties, class-level registries, sorting and formatting.
class Product:
    registry = {}
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self._qty = sku, name, price, qty
        Product.registry[sku] = self
    @property
    def qty(self):
        return self._qty
    @qty.setter
    def qty(self, v):
        if v < 0:
            raise ValueError(f'{self.sku}: negative stock {v}')
        self._qty = v
    @property
    def value(self):
        return round(self.price * self._qty, 2)
    def __repr__(self):
        return f'<{self.sku} {self.name} x{self._qty}>'
class Order:
    next_id = 1
    def __init__(self, lines):
        self.id = Order.next_id
        Order.next_id += 1
        self.lines = lines
    def apply(self):
        done = []
        try:
            for sku, n in self.lines:
                p = Product.registry[sku]
                p.qty -= n
                done.append((p, n))
        except (KeyError, ValueError) as e:
            for p, n in reversed(done):
                p.qty += n
            return f'order {self.id} rejected: {type(e).__name__} {e}'
        return f'order {self.id} ok: {len(done)} lines'
Product('A1', 'widget', 2.5, 10)
Product('B2', 'gadget', 12.0, 3)
Product('C3', 'doohickey', 0.99, 100)
for lines in ([('A1', 4), ('C3', 10)], [('B2', 2), ('A1', 7)], [('Z9', 1)], [('B2', 1), ('C3', 90)]):
    print(Order(lines).apply())
for p in sorted(Product.registry.values(), key=lambda p: (-p.value, p.sku)):
    print(f'{p.sku:<4}{p.name:>10}{p.qty:>5}{p.value:>9.2f}')
print(sum(p.value for p in Product.registry.values()))
