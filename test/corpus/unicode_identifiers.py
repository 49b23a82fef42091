café = 1
π = 3.14
日本 = 'japan'
ρ_2 = π * café
class Ünïcode:
    ñ = 1
