import a; x {c
