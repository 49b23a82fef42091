match = 1
case = 2
match.x = 3
match[0] = 4
match(case)
print(match, case)
match match:
    case case:
        pass
