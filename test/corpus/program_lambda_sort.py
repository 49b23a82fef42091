people = [('bob', 25), ('alice', 30), ('carol', 25)]
people.sort(key=lambda p: (p[1], p[0]))
byage = {}
for name, age in people:
    byage.setdefault(age, []).append(name)
print(people, byage)
